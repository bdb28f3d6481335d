import { z } from 'zod';
/**
 * What the emulator stores, as zod schemas: the record types are inferred
 * from them, and the data file is checked against them (data-file.ts), so a
 * record's shape is written down once. Records hold only what cannot be
 * derived; the JSON Trello answers with (urls, badges, nested labels) is built
 * from them in serialize.ts, so a persisted file stays small and survives a
 * port change.
 */
export const DATA_FILE_VERSION = 1;
const objectId = z.string().regex(/^[0-9a-f]{24}$/, 'expected a 24-hex-character id');
const shortLink = z.string().regex(/^[0-9A-Za-z]{8}$/, 'expected an 8-character shortLink');
const date = z.iso.datetime();
const position = z.number().positive();
const idList = z.array(objectId);
/** Collections added after the first release of the format are absent from older files. */
const records = (record) => z.array(record).default([]);
const member = z.object({ id: objectId, username: z.string(), fullName: z.string() });
const board = z.object({
    id: objectId,
    shortLink,
    name: z.string(),
    desc: z.string(),
    closed: z.boolean(),
    idMemberCreator: objectId,
    idMembers: idList,
    dateLastActivity: date,
});
const list = z.object({
    id: objectId,
    idBoard: objectId,
    name: z.string(),
    closed: z.boolean(),
    pos: position,
});
const label = z.object({ id: objectId, idBoard: objectId, name: z.string(), color: z.string().nullable() });
const card = z.object({
    id: objectId,
    idBoard: objectId,
    idList: objectId,
    idShort: z.number().int().positive(),
    shortLink,
    name: z.string(),
    desc: z.string(),
    closed: z.boolean(),
    pos: position,
    due: date.nullable(),
    start: date.nullable(),
    dueComplete: z.boolean(),
    idLabels: idList,
    idMembers: idList,
    idMemberCreator: objectId,
    dateCreated: date,
    dateLastActivity: date,
});
const checkItem = z.object({
    id: objectId,
    name: z.string(),
    pos: position,
    state: z.enum(['complete', 'incomplete']),
    due: date.nullable(),
    idMember: objectId.nullable(),
});
const checklist = z.object({
    id: objectId,
    idBoard: objectId,
    idCard: objectId,
    name: z.string(),
    pos: position,
    checkItems: z.array(checkItem),
});
const attachment = z.object({
    id: objectId,
    idCard: objectId,
    idMember: objectId,
    name: z.string(),
    url: z.string(),
    date,
    pos: position,
});
/** Board history as Trello's actions record it: `data` holds the board, list and card as they were then. */
const action = z.object({
    id: objectId,
    type: z.string(),
    date,
    idMemberCreator: objectId,
    idBoard: objectId,
    idCard: objectId.nullable(),
    data: z.record(z.string(), z.unknown()),
});
export const storeDataSchema = z.object({
    version: z.literal(DATA_FILE_VERSION),
    members: records(member),
    boards: records(board),
    lists: records(list),
    labels: records(label),
    cards: records(card),
    checklists: records(checklist),
    attachments: records(attachment),
    actions: records(action),
});
export function emptyStoreData() {
    return {
        version: DATA_FILE_VERSION,
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
//# sourceMappingURL=model.js.map