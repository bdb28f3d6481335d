/**
 * What the emulator stores. Records hold only what cannot be derived; the
 * JSON Trello answers with (urls, badges, nested labels) is built from them in
 * serialize.ts, so a persisted file stays small and survives a port change.
 */

export interface MemberRecord {
  id: string;
  username: string;
  fullName: string;
}

export interface BoardRecord {
  id: string;
  shortLink: string;
  name: string;
  desc: string;
  closed: boolean;
  idMemberCreator: string;
  idMembers: string[];
  dateLastActivity: string;
}

export interface ListRecord {
  id: string;
  idBoard: string;
  name: string;
  closed: boolean;
  pos: number;
}

export interface LabelRecord {
  id: string;
  idBoard: string;
  name: string;
  color: string | null;
}

export interface CardRecord {
  id: string;
  idBoard: string;
  idList: string;
  idShort: number;
  shortLink: string;
  name: string;
  desc: string;
  closed: boolean;
  pos: number;
  due: string | null;
  start: string | null;
  dueComplete: boolean;
  idLabels: string[];
  idMembers: string[];
  idMemberCreator: string;
  dateCreated: string;
  dateLastActivity: string;
}

export interface CheckItemRecord {
  id: string;
  name: string;
  pos: number;
  state: 'complete' | 'incomplete';
  due: string | null;
  idMember: string | null;
}

export interface ChecklistRecord {
  id: string;
  idBoard: string;
  idCard: string;
  name: string;
  pos: number;
  checkItems: CheckItemRecord[];
}

export interface AttachmentRecord {
  id: string;
  idCard: string;
  idMember: string;
  name: string;
  url: string;
  date: string;
  pos: number;
}

/** Card history: comments, creation, moves and archiving, as Trello's actions record them. */
export interface ActionRecord {
  id: string;
  type: string;
  date: string;
  idMemberCreator: string;
  idBoard: string;
  idCard: string | null;
  data: Record<string, unknown>;
}

export interface StoreData {
  version: 1;
  members: MemberRecord[];
  boards: BoardRecord[];
  lists: ListRecord[];
  labels: LabelRecord[];
  cards: CardRecord[];
  checklists: ChecklistRecord[];
  attachments: AttachmentRecord[];
  actions: ActionRecord[];
}

export function emptyStoreData(): StoreData {
  return {
    version: 1,
    members: [],
    boards: [],
    lists: [],
    labels: [],
    cards: [],
    checklists: [],
    attachments: [],
    actions: [],
  };
}
