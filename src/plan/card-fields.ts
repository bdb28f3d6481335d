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
import { bodyHashOf, composeDescription, sourcesHashOf } from './description.ts';
import { normaliseDue } from './due.ts';
import type { InstallId } from './install.ts';
import { CardMarker } from './marker.ts';
import type { ItemSource } from './occurrences.ts';
import {
  type DescParts,
  joinDescription,
  renderDescription,
  sourcePart,
  splitDescription,
} from './render.ts';
import type { ListRole } from './types.ts';

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
  /** The whole description, as report-sync renders it (`descParts` joined). */
  desc: string;
  descParts: DescParts;
  /** See WrittenFields.descShape. */
  descShape: string;
  list: ListRef;
  labels: LabelRef[];
  idMembers: string[];
  /** ISO instant, or null for none. */
  due: string | null;
  dueComplete: boolean;
}

/** The board's lists, labels and members, found by name (see board-setup.ts). */
export interface BoardNames {
  list(role: ListRole): ListRef;
  kindLabel(kind: ItemKind): LabelRef;
  /** The label named after a report (settings.perReportLabels). */
  reportLabel(title: string): LabelRef;
  /** Member id of a roster name, username or full name, or null when the board has no such member. */
  memberId(owner: string): string | null;
}

/** What a field's wanted value is made of. */
export interface WantContext {
  key: ItemKey;
  /** The install writing the card: its marker says so. */
  install: InstallId;
  /** The item as the newest report has it (occurrences.ts). */
  item: StoredItem;
  /** Every report the item appears in, oldest first. */
  sources: readonly ItemSource[];
  board: BoardNames;
  perReportLabels: boolean;
  /** The instant a due date (`YYYY-MM-DD`) is written as. */
  dueAt(date: string): string;
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

/** The card an update writes to, as just read, and the fields it writes (a description is written whole). */
export interface WriteTarget {
  card: TrelloCard;
  writing: readonly OwnedField[];
}

export interface CardFieldSpec {
  readonly name: OwnedField;
  want(ctx: WantContext): Partial<WantedFields>;
  /** The card's value, in the form `written` records it. */
  read(card: TrelloCard): Partial<WrittenFields>;
  /** What is recorded as written once the wanted value is sent. */
  record(want: WantedFields, ids: Ids): Partial<WrittenFields>;
  /** What Trello is sent to write the wanted value: to a new card, or (`target`) to one that exists. */
  send(want: WantedFields, ids: Ids, target?: WriteTarget): Partial<NewCard>;
  /** The reports want another value than the one last written. */
  outdated(want: WantedFields, written: WrittenFields): boolean;
  /** Lists and labels the wanted value needs (created first when missing). */
  uses?(want: WantedFields): (ListRef | LabelRef)[];
  /** What counts as written on a marked card found without a record of it (default: `record`). */
  adopt?(card: TrelloCard, want: WantedFields): Partial<WrittenFields>;
  /** Written only with this field: a person who holds that one holds this one too. */
  heldBy?: OwnedField;
}

/** Trello label names may be long, but a label that long is unreadable on a card. */
const REPORT_LABEL_MAX = 60;

const sorted = (values: readonly string[]) => [...values].sort();

/** Ids, in whatever order: labels and members are sets on a card. */
export const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && sorted(a).every((v, i) => v === sorted(b)[i]);

/** The description as sent to a card that exists: report-sync's parts where this write owns them. */
function descriptionFor(want: WantedFields, target: WriteTarget | undefined): string {
  if (!target) return want.desc;
  const writing = { body: target.writing.includes('desc'), sources: target.writing.includes('sources') };
  return composeDescription(want.descParts, target.card.desc, writing);
}

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
    want: ({ item, sources, key, install }) => {
      const descParts = renderDescription(item, sources, new CardMarker(key, install));
      // Rendered with every line at 0, and the marker without its install: a source that only moved
      // to another line changes no shape, nor does a marker from before installs were told apart.
      const unmoved = renderDescription(
        item,
        sources.map((s) => ({ ...s, line: 0 })),
        new CardMarker(key, null),
      );
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
    // Sources and marker where report-sync puts them are its own, whatever they list: they are brought up to
    // date. Another install's marker is rewritten as this one's; one without an install is as good as ours.
    adopt: (card, want) => {
      const parts = splitDescription(card.desc);
      const marker = parts.tail === null ? null : CardMarker.parse(parts.tail);
      const wanted = CardMarker.parse(want.descParts.tail ?? '');
      const foreign = marker !== null && wanted !== null && marker.install !== null && !marker.equals(wanted);
      const same =
        !foreign && CardMarker.strip(sourcePart(parts)) === CardMarker.strip(sourcePart(want.descParts));
      return {
        sourcesHash: sourcesHashOf(marker ? parts : want.descParts),
        descShape: !marker || same ? want.descShape : '',
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

function unknownOwner(owner: string): Warning {
  return {
    code: 'unknown-owner',
    message: `owner "${owner}" is not a member of the board`,
    fix: 'map the name to a Trello username under "people" in the config (people: name -> Trello username), or add the person to the board',
  };
}
