/**
 * The card-field table: each field report-sync owns on a card, described once
 * — what the item wants of it, how it reads on a card, what is recorded as
 * written, and what Trello is sent. Diffing, adoption, rewording, the
 * applier's create and update, and the "did a person change it" test all go
 * through this table (by way of card-values.ts, which names no field): a new
 * card field is one entry here and its value in WantedFields, plus its place
 * in the Trello model (trello/types.ts, mapping.ts) and in the state's
 * written fields (state/sync-state.ts).
 *
 * The checklist is not in the table: Trello keeps it apart from the card, and
 * it is written by requests of its own (checklist.ts). Pure.
 */
import type { ItemKey, ItemKind } from '../extract/item.ts';
import type { CardField, StoredItem, WrittenFields } from '../state/sync-state.ts';
import type { NewCard, TrelloCard } from '../trello/types.ts';
import type { Warning } from '../warnings.ts';
import { descHash } from './hash.ts';
import type { ItemSource } from './occurrences.ts';
import { descriptionBody, renderDescription } from './render.ts';

/** A list by name; `id` is null when an `ensure-list` action earlier in the plan creates it. */
export interface ListRef {
  name: string;
  id: string | null;
}

export interface LabelRef {
  name: string;
  color: string | null;
  id: string | null;
}

/** What report-sync wants in the fields it owns on a card. */
export interface WantedFields {
  name: string;
  desc: string;
  /** See WrittenFields.descShape. */
  descShape: string;
  list: ListRef;
  labels: LabelRef[];
  idMembers: string[];
}

/** The board's lists, labels and members, found by name (see board-setup.ts). */
export interface BoardNames {
  list(kind: ItemKind): ListRef;
  kindLabel(kind: ItemKind): LabelRef;
  /** The label named after a report (settings.perReportLabels). */
  reportLabel(title: string): LabelRef;
  /** Member id of a roster name or username, or null when the board has no such member. */
  memberId(owner: string): string | null;
}

/** What a field's wanted value is made of. */
export interface WantContext {
  key: ItemKey;
  item: StoredItem;
  /** Every report the item appears in, oldest first. */
  sources: readonly ItemSource[];
  board: BoardNames;
  perReportLabels: boolean;
  warn(warning: Warning): void;
}

/** Ids of the lists and labels a card goes in: real ones when applying, stand-ins while planning. */
export interface Ids {
  list(ref: ListRef): string;
  labels(refs: readonly LabelRef[]): string[];
}

/** Stand-ins for the lists and labels this plan creates, until the applier knows their ids. */
export const plannedIds: Ids = {
  list: (ref) => ref.id ?? '',
  labels: (refs) => refs.map((l) => l.id ?? `?${l.name}`),
};

export type OwnedField = Exclude<CardField, 'checklist'>;

export interface CardFieldSpec {
  readonly name: OwnedField;
  want(ctx: WantContext): Partial<WantedFields>;
  /** The card's value, in the form `written` records it. */
  read(card: TrelloCard): Partial<WrittenFields>;
  /** What is recorded as written once the wanted value is sent. */
  record(want: WantedFields, ids: Ids): Partial<WrittenFields>;
  /** What Trello is sent to write the wanted value. */
  send(want: WantedFields, ids: Ids): Partial<NewCard>;
  /** The reports want another value than the one last written. */
  outdated(want: WantedFields, written: WrittenFields): boolean;
  /** Lists and labels the wanted value needs (created first when missing). */
  uses?(want: WantedFields): (ListRef | LabelRef)[];
  /** What counts as written on a marked card found without a record of it (default: `record`). */
  adopt?(card: TrelloCard, want: WantedFields): Partial<WrittenFields>;
}

/** Trello label names may be long, but a label that long is unreadable on a card. */
const REPORT_LABEL_MAX = 60;

const sorted = (values: readonly string[]) => [...values].sort();

/** Ids, in whatever order: labels and members are sets on a card. */
export const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && sorted(a).every((v, i) => v === sorted(b)[i]);

export const CARD_FIELDS: readonly CardFieldSpec[] = [
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
    want: ({ item, sources, key }) => ({
      desc: renderDescription(item, sources, key),
      // Rendered with every line at 0: a source that only moved to another line changes no shape.
      descShape: descHash(
        renderDescription(
          item,
          sources.map((s) => ({ ...s, line: 0 })),
          key,
        ),
      ),
    }),
    read: (card) => ({ descHash: descHash(card.desc) }),
    record: (want) => ({ descHash: descHash(want.desc), descShape: want.descShape }),
    send: (want) => ({ desc: want.desc }),
    outdated: (want, written) => want.descShape !== written.descShape,
    // A description whose body is ours is ours, sources and all; one that differs is brought up to date.
    adopt: (card, want) => {
      const ours = descriptionBody(card.desc) === descriptionBody(want.desc);
      const same = descHash(card.desc) === descHash(want.desc);
      return {
        descHash: descHash(ours ? card.desc : want.desc),
        descShape: !ours || same ? want.descShape : '',
      };
    },
  },
  {
    name: 'idList',
    want: ({ item, board }) => ({ list: board.list(item.kind) }),
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
        const label = board.reportLabel(
          (source.reportTitle ?? source.displayPath).slice(0, REPORT_LABEL_MAX),
        );
        if (!labels.includes(label)) labels.push(label);
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
      const members: string[] = [];
      for (const owner of item.owners) {
        const id = board.memberId(owner);
        if (id === null) warn(unknownOwner(owner));
        else if (!members.includes(id)) members.push(id);
      }
      return { idMembers: sorted(members) };
    },
    read: (card) => ({ idMembers: sorted(card.idMembers) }),
    record: (want) => ({ idMembers: sorted(want.idMembers) }),
    send: (want) => ({ idMembers: want.idMembers }),
    outdated: (want, written) => !sameSet(want.idMembers, written.idMembers),
  },
];

function unknownOwner(owner: string): Warning {
  return {
    code: 'unknown-owner',
    message: `owner "${owner}" is not a member of the board`,
    fix: 'map the name to a Trello username under "people" in the config (people: name -> Trello username), or add the person to the board',
  };
}
