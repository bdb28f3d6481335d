import { POSITION_STEP } from "./positions.js";
const DEFAULT_LABEL_COLORS = ['green', 'yellow', 'orange', 'red', 'purple', 'blue'];
const DEFAULT_LIST_NAMES = ['To Do', 'Doing', 'Done'];
/** Creates a board as `POST /1/boards` does, defaults included. */
export function createBoard(store, spec) {
    const now = store.now();
    const memberIds = [spec.owner.id, ...(spec.members ?? []).map((m) => m.id)];
    const board = {
        id: store.ids.objectId(),
        shortLink: store.uniqueShortLink(),
        name: spec.name,
        desc: spec.desc ?? '',
        closed: false,
        idMemberCreator: spec.owner.id,
        idMembers: [...new Set(memberIds)],
        dateLastActivity: now,
    };
    store.data.boards.push(board);
    if (spec.defaultLabels ?? true) {
        for (const color of DEFAULT_LABEL_COLORS) {
            store.data.labels.push({ id: store.ids.objectId(), idBoard: board.id, name: '', color });
        }
    }
    if (spec.defaultLists ?? true) {
        DEFAULT_LIST_NAMES.forEach((name, index) => {
            const list = {
                id: store.ids.objectId(),
                idBoard: board.id,
                name,
                closed: false,
                pos: (index + 1) * POSITION_STEP,
            };
            store.data.lists.push(list);
        });
    }
    store.changed();
    return board;
}
/** Finds a member by username, creating it when missing (seeded members, the token's owner). */
export function ensureMember(store, username, fullName) {
    const existing = store.data.members.find((m) => m.username === username);
    if (existing)
        return existing;
    const member = { id: store.ids.objectId(), username, fullName };
    store.data.members.push(member);
    store.changed();
    return member;
}
//# sourceMappingURL=board-setup.js.map