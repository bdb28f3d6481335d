import { z } from 'zod';
/**
 * How report-sync reads Trello's answers: only the fields it uses, each
 * accepting `null` or absence where real Trello was recorded sending them
 * (../shared/trello-recordings/), and every other field ignored, so a field
 * Trello adds or nulls tomorrow (`agent`, `dueReminder`, `descData`,
 * `checkItemStates`, `idOrganization`, `avatarHash`) cannot break a sync.
 * Only `id` is required. trello.js's own schemas reject several of those
 * nulls, so its parsing is switched off (http-client.ts).
 */
const id = z.string().min(1);
const text = z.string().nullish();
const flag = z.boolean().nullish();
const number = z.number().nullish();
export const BoardSchema = z.object({ id, name: text, shortLink: text, shortUrl: text, url: text });
export const ListSchema = z.object({ id, name: text, closed: flag, pos: number });
export const LabelSchema = z.object({ id, name: text, color: text });
export const MemberSchema = z.object({ id, username: text, fullName: text });
export const CardSchema = z.object({
    id,
    name: text,
    desc: text,
    idList: text,
    /** Trello sends ids; a label object (as some old answers nest them) is read for its id. */
    idLabels: z.array(z.union([z.string(), z.object({ id })])).nullish(),
    idMembers: z.array(z.string()).nullish(),
    closed: flag,
    pos: number,
    url: text,
    shortUrl: text,
    dateLastActivity: text,
    due: text,
    dueComplete: flag,
});
export const CheckItemSchema = z.object({ id, name: text, state: text });
export const ChecklistSchema = z.object({
    id,
    idCard: text,
    name: text,
    checkItems: z.array(CheckItemSchema).nullish(),
});
/** The parts of an action's `data` a digest reads; Trello puts many more there, by action type. */
const ActionDataSchema = z.object({
    board: z.object({ id, name: text }).nullish(),
    list: z.object({ id, name: text }).nullish(),
    card: z.object({ id, name: text, idList: text, closed: flag, due: text, dueComplete: flag }).nullish(),
    listBefore: z.object({ id, name: text }).nullish(),
    listAfter: z.object({ id, name: text }).nullish(),
    old: z.record(z.string(), z.unknown()).nullish(),
    text: text,
    member: z.object({ id, name: text }).nullish(),
    idMember: text,
    checkItem: z.object({ id, name: text, state: text }).nullish(),
    checklist: z.object({ id, name: text }).nullish(),
});
/** A recorded member without an avatar has `avatarHash: null`; report-sync reads neither. */
export const ActionSchema = z.object({
    id,
    type: z.string(),
    date: z.string(),
    idMemberCreator: text,
    data: ActionDataSchema.nullish(),
    memberCreator: z.object({ id, username: text, fullName: text }).nullish(),
});
//# sourceMappingURL=schemas.js.map