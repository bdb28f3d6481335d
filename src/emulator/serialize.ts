import type {
  ActionRecord,
  AttachmentRecord,
  BoardRecord,
  CardRecord,
  CheckItemRecord,
  ChecklistRecord,
  LabelRecord,
  ListRecord,
  MemberRecord,
} from './model.ts';
import type { Store } from './store.ts';

/**
 * Builds the JSON Trello answers with. Fields trello.js 2.2.0 would reject are
 * left out rather than sent as null (e.g. board `idOrganization`, member
 * `avatarHash`): its Zod schemas declare them `string | undefined`.
 */
export class Serializer {
  readonly #store: Store;
  readonly #origin: string;

  constructor(store: Store, origin: string) {
    this.#store = store;
    this.#origin = origin;
  }

  board(board: BoardRecord): Record<string, unknown> {
    const url = `${this.#origin}/b/${board.shortLink}/${slug(board.name)}`;
    return {
      id: board.id,
      name: board.name,
      desc: board.desc,
      descData: null,
      closed: board.closed,
      idMemberCreator: board.idMemberCreator,
      idEnterprise: null,
      pinned: false,
      url,
      shortUrl: `${this.#origin}/b/${board.shortLink}`,
      shortLink: board.shortLink,
      dateLastActivity: board.dateLastActivity,
      prefs: { permissionLevel: 'private', background: 'blue', backgroundColor: '#0079BF', cardCovers: true },
      labelNames: Object.fromEntries(
        this.#store
          .labelsOf(board.id)
          .filter((l) => l.color !== null)
          .map((l) => [l.color, l.name]),
      ),
      memberships: board.idMembers.map((idMember, index) => ({
        id: membershipId(board.id, index),
        idMember,
        memberType: idMember === board.idMemberCreator ? 'admin' : 'normal',
        unconfirmed: false,
        deactivated: false,
      })),
    };
  }

  list(list: ListRecord): Record<string, unknown> {
    return {
      ...list,
      color: null,
      subscribed: false,
      softLimit: null,
      type: null,
      datasource: { filter: false },
    };
  }

  label(label: LabelRecord): Record<string, unknown> {
    const uses = this.#store.data.cards.filter((c) => c.idLabels.includes(label.id)).length;
    return { id: label.id, idBoard: label.idBoard, name: label.name, color: label.color, uses };
  }

  member(member: MemberRecord): Record<string, unknown> {
    return { id: member.id, fullName: member.fullName, username: member.username };
  }

  /** `GET /members/me` answers with more than a board's member list does. */
  memberDetail(member: MemberRecord): Record<string, unknown> {
    const idBoards = this.#store.data.boards.filter((b) => b.idMembers.includes(member.id)).map((b) => b.id);
    return {
      ...this.member(member),
      initials: initials(member.fullName),
      url: `${this.#origin}/u/${member.username}`,
      confirmed: true,
      memberType: 'normal',
      idBoards,
      idOrganizations: [],
    };
  }

  card(card: CardRecord): Record<string, unknown> {
    const store = this.#store;
    const checklists = store.checklistsOfCard(card.id);
    const items = checklists.flatMap((c) => c.checkItems);
    const labels = store.labelsOf(card.idBoard).filter((l) => card.idLabels.includes(l.id));
    const shortUrl = `${this.#origin}/c/${card.shortLink}`;
    return {
      id: card.id,
      badges: {
        attachmentsByType: { trello: { board: 0, card: 0 } },
        location: false,
        votes: 0,
        viewingMemberVoted: false,
        subscribed: false,
        fogbugz: '',
        checkItems: items.length,
        checkItemsChecked: items.filter((i) => i.state === 'complete').length,
        checkItemsEarliestDue: null,
        comments: store.data.actions.filter((a) => a.idCard === card.id && a.type === 'commentCard').length,
        attachments: store.attachmentsOf(card.id).length,
        description: card.desc !== '',
        due: card.due,
        dueComplete: card.dueComplete,
        start: card.start,
      },
      checkItemStates: [],
      closed: card.closed,
      dueComplete: card.dueComplete,
      dateLastActivity: card.dateLastActivity,
      desc: card.desc,
      descData: { emoji: {} },
      due: card.due,
      dueReminder: null,
      email: null,
      idBoard: card.idBoard,
      idChecklists: checklists.map((c) => c.id),
      idList: card.idList,
      idMembers: card.idMembers,
      idMembersVoted: [],
      idShort: card.idShort,
      idAttachmentCover: null,
      labels: labels.map((l) => this.label(l)),
      idLabels: card.idLabels,
      manualCoverAttachment: false,
      name: card.name,
      pos: card.pos,
      shortLink: card.shortLink,
      shortUrl,
      start: card.start,
      subscribed: false,
      url: `${shortUrl}/${card.idShort}-${slug(card.name)}`,
      cover: {
        idAttachment: null,
        color: null,
        idUploadedBackground: null,
        size: 'normal',
        brightness: 'dark',
      },
      isTemplate: false,
      cardRole: null,
    };
  }

  checklist(checklist: ChecklistRecord): Record<string, unknown> {
    return {
      id: checklist.id,
      name: checklist.name,
      idBoard: checklist.idBoard,
      idCard: checklist.idCard,
      pos: checklist.pos,
      checkItems: checklist.checkItems.map((item) => this.checkItem(checklist, item)),
    };
  }

  checkItem(checklist: ChecklistRecord, item: CheckItemRecord): Record<string, unknown> {
    return { ...item, idChecklist: checklist.id, nameData: { emoji: {} }, dueReminder: null };
  }

  attachment(attachment: AttachmentRecord): Record<string, unknown> {
    return {
      id: attachment.id,
      bytes: null,
      date: attachment.date,
      edgeColor: null,
      idMember: attachment.idMember,
      isUpload: false,
      mimeType: '',
      name: attachment.name,
      previews: [],
      url: attachment.url,
      pos: attachment.pos,
      fileName: null,
    };
  }

  action(action: ActionRecord): Record<string, unknown> {
    const creator = this.#store.data.members.find((m) => m.id === action.idMemberCreator);
    return {
      id: action.id,
      idMemberCreator: action.idMemberCreator,
      data: action.data,
      appCreator: null,
      type: action.type,
      date: action.date,
      limits: {},
      memberCreator: creator ? { ...this.member(creator), initials: initials(creator.fullName) } : undefined,
    };
  }
}

/** The readable tail of Trello's board and card URLs: `/c/AbCd1234/12-fix-the-router`. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 128);
}

function initials(fullName: string): string {
  return fullName
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('')
    .slice(0, 3);
}

/** Memberships need ids of their own; derive a stable one rather than store it. */
function membershipId(idBoard: string, index: number): string {
  return idBoard.slice(0, 18) + index.toString(16).padStart(6, '0');
}
