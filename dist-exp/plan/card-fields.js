import { bodyHashOf, composeDescription, sourcesHashOf } from "./description.js";
import { normaliseDue } from "./due.js";
import { parseMarker } from "./marker.js";
import { joinDescription, renderDescription, sourcePart, splitDescription, } from "./render.js";
/** Stand-ins for the lists and labels this plan creates, until the applier knows their ids. */
export const plannedIds = {
    list: (ref) => ref.id ?? '',
    labels: (refs) => refs.map((l) => l.id ?? `?${l.name}`),
};
/** Trello label names may be long, but a label that long is unreadable on a card. */
const REPORT_LABEL_MAX = 60;
const sorted = (values) => [...values].sort();
/** Ids, in whatever order: labels and members are sets on a card. */
export const sameSet = (a, b) => a.length === b.length && sorted(a).every((v, i) => v === sorted(b)[i]);
/** The description as sent to a card that exists: report-sync's parts where this write owns them. */
function descriptionFor(want, target) {
    if (!target)
        return want.desc;
    const writing = { body: target.writing.includes('desc'), sources: target.writing.includes('sources') };
    return composeDescription(want.descParts, target.card.desc, writing);
}
export const CARD_FIELDS = [
    {
        name: 'name',
        want: ({ item }) => ({ name: item.title }),
        read: (card) => ({ name: card.name }),
        record: (want) => ({ name: want.name }),
        send: (want) => ({ name: want.name }),
        outdated: (want, written) => want.name !== written.name,
    },
    {
        name: 'desc',
        want: ({ item, sources, key }) => {
            const descParts = renderDescription(item, sources, key);
            // Rendered with every line at 0: a source that only moved to another line changes no shape.
            const unmoved = renderDescription(item, sources.map((s) => ({ ...s, line: 0 })), key);
            return { desc: joinDescription(descParts), descParts, descShape: sourcesHashOf(unmoved) };
        },
        read: (card) => ({ bodyHash: bodyHashOf(splitDescription(card.desc)) }),
        record: (want) => ({ bodyHash: bodyHashOf(want.descParts) }),
        send: (want, _ids, target) => ({ desc: descriptionFor(want, target) }),
        outdated: (want, written) => bodyHashOf(want.descParts) !== written.bodyHash,
    },
    {
        name: 'sources',
        want: () => ({}),
        read: (card) => ({ sourcesHash: sourcesHashOf(splitDescription(card.desc)) }),
        record: (want) => ({ sourcesHash: sourcesHashOf(want.descParts), descShape: want.descShape }),
        send: (want, _ids, target) => ({ desc: descriptionFor(want, target) }),
        outdated: (want, written) => want.descShape !== written.descShape,
        // Sources and marker where report-sync puts them are its own, whatever they list: they are brought up to date.
        adopt: (card, want) => {
            const parts = splitDescription(card.desc);
            const ours = parts.tail !== null && parseMarker(parts.tail) !== null;
            const same = sourcePart(parts) === sourcePart(want.descParts);
            return {
                sourcesHash: sourcesHashOf(ours ? parts : want.descParts),
                descShape: !ours || same ? want.descShape : '',
            };
        },
    },
    {
        name: 'idList',
        want: ({ item, board }) => ({ list: board.list(item.status === 'done' ? 'done' : item.kind) }),
        read: (card) => ({ idList: card.idList }),
        record: (want, ids) => ({ idList: ids.list(want.list) }),
        send: (want, ids) => ({ idList: ids.list(want.list) }),
        outdated: (want, written) => want.list.id !== written.idList,
        uses: (want) => [want.list],
        // A list still to be created: the card's own list counts as written, so the card moves to it.
        adopt: (card, want) => ({ idList: want.list.id ?? card.idList }),
    },
    {
        name: 'idLabels',
        want: ({ item, sources, board, perReportLabels }) => {
            const labels = [board.kindLabel(item.kind)];
            for (const source of perReportLabels ? sources : []) {
                const label = board.reportLabel((source.reportTitle ?? source.displayPath).slice(0, REPORT_LABEL_MAX));
                if (!labels.includes(label))
                    labels.push(label);
            }
            return { labels };
        },
        read: (card) => ({ idLabels: sorted(card.idLabels) }),
        record: (want, ids) => ({ idLabels: sorted(ids.labels(want.labels)) }),
        send: (want, ids) => ({ idLabels: ids.labels(want.labels) }),
        outdated: (want, written) => !sameSet(plannedIds.labels(want.labels), written.idLabels),
        uses: (want) => want.labels,
    },
    {
        name: 'idMembers',
        want: ({ item, board, warn }) => {
            const members = [];
            for (const owner of item.owners) {
                const id = board.memberId(owner);
                if (id === null)
                    warn(unknownOwner(owner));
                else if (!members.includes(id))
                    members.push(id);
            }
            return { idMembers: sorted(members) };
        },
        read: (card) => ({ idMembers: sorted(card.idMembers) }),
        record: (want) => ({ idMembers: sorted(want.idMembers) }),
        send: (want) => ({ idMembers: want.idMembers }),
        outdated: (want, written) => !sameSet(want.idMembers, written.idMembers),
    },
    {
        name: 'due',
        want: ({ item, dueAt }) => ({ due: item.due === null ? null : dueAt(item.due) }),
        read: (card) => ({ due: normaliseDue(card.due) }),
        record: (want) => ({ due: want.due }),
        send: (want) => ({ due: want.due }),
        outdated: (want, written) => want.due !== written.due,
    },
    {
        name: 'dueComplete',
        // A done item's card shows its date complete; reopened, not.
        want: ({ item }) => ({ dueComplete: item.status === 'done' && item.due !== null }),
        read: (card) => ({ dueComplete: card.dueComplete }),
        record: (want) => ({ dueComplete: want.dueComplete }),
        send: (want) => ({ dueComplete: want.dueComplete }),
        outdated: (want, written) => want.dueComplete !== written.dueComplete,
        // Done or not is one decision with the card's list: a person who moved the card made it.
        heldBy: 'idList',
    },
];
function unknownOwner(owner) {
    return {
        code: 'unknown-owner',
        message: `owner "${owner}" is not a member of the board`,
        fix: 'map the name to a Trello username under "people" in the config (people: name -> Trello username), or add the person to the board',
    };
}
//# sourceMappingURL=card-fields.js.map