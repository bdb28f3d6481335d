import { refsUsed } from "./card-values.js";
import { memberResolver } from "./owners.js";
/** A list or label name as compared: `To Do`, `to-do` and `TODO` are one name. */
export const foldName = (name) => name
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\s\-‐-―_]+/gu, '');
const ROLES = ['todo', 'planned', 'done'];
/** The role of the list report-sync last wrote a record's card to; none once a person moved the card. */
const roleOf = (record) => record.personFields.includes('idList') ? null : record.doneIn !== null ? 'done' : record.kind;
export function boardSetup(snapshot, settings, cards = {}, 
/** The settings changed since the last clean run: a list named differently may be a renamed setting. */
settingsChanged = false) {
    const lists = new Map();
    const labels = new Map();
    const ensures = new Map();
    const open = snapshot.lists.filter((l) => !l.closed);
    const configured = new Set(ROLES.map((role) => foldName(settings.lists[role])));
    /** The open list the cards of this role were last written to, when a person renamed it. */
    const renamed = (role) => {
        if (settingsChanged)
            return undefined;
        const votes = new Map();
        for (const record of Object.values(cards)) {
            if (roleOf(record) === role && record.written.idList)
                votes.set(record.written.idList, (votes.get(record.written.idList) ?? 0) + 1);
        }
        const [best] = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        const list = best && open.find((l) => l.id === best[0]);
        // A list named as another role's list is that role's, not a renamed one.
        return list && !configured.has(foldName(list.name)) ? list : undefined;
    };
    const findList = (role) => {
        const name = settings.lists[role];
        const known = lists.get(foldName(name));
        if (known)
            return known;
        const found = open.find((l) => l.name === name) ??
            open.find((l) => foldName(l.name) === foldName(name)) ??
            renamed(role);
        const ref = { name: found?.name ?? name, id: found?.id ?? null };
        if (!found)
            ensures.set(ref, { type: 'ensure-list', name, why: `no open list named "${name}" on the board` });
        lists.set(foldName(name), ref);
        return ref;
    };
    const findLabel = (name, color) => {
        const known = labels.get(foldName(name));
        if (known)
            return known;
        const found = snapshot.labels.find((l) => l.name === name) ??
            snapshot.labels.find((l) => foldName(l.name) === foldName(name));
        const ref = { name, color, id: found?.id ?? null };
        if (!found)
            ensures.set(ref, { type: 'ensure-label', name, color, why: `no label named "${name}" on the board` });
        labels.set(foldName(name), ref);
        return ref;
    };
    return {
        list: (role) => findList(role),
        kindLabel: (kind) => findLabel(settings.labels[kind].name, settings.labels[kind].color),
        reportLabel: (title) => findLabel(title, null),
        memberId: memberResolver(snapshot.members, settings.people),
        // Lists are created left to right in the roles' order (TODO, Planned, Done), whichever a card needed first.
        actions: (planned) => {
            const used = new Set();
            const use = (ref) => {
                const ensure = ref && ensures.get(ref);
                if (ensure)
                    used.add(ensure);
            };
            for (const action of planned) {
                if (action.type === 'create')
                    refsUsed(action.card).forEach(use);
                else if (action.type === 'update')
                    refsUsed(action.card, action.fields).forEach(use);
            }
            return [...ensures.values()]
                .filter((a) => used.has(a))
                .sort((a, b) => listRank(a, settings) - listRank(b, settings));
        },
    };
}
function listRank(action, settings) {
    if (action.type !== 'ensure-list')
        return 0;
    const rank = ROLES.map((role) => settings.lists[role]).indexOf(action.name);
    return rank === -1 ? 0 : rank;
}
//# sourceMappingURL=board-setup.js.map