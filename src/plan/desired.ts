/** The card an item should have: name, description, list, labels, members, checklist. Pure. */
import type { BoardSetup } from './board-setup.ts';
import type { ItemOccurrences } from './occurrences.ts';
import { descHash } from './hash.ts';
import { renderDescription } from './render.ts';
import type { CardContent, LabelRef, SyncSettings } from './types.ts';

/** Trello label names may be long, but a label that long is unreadable on a card. */
const REPORT_LABEL_MAX = 60;

export interface DesiredCard {
  card: CardContent;
  /** Owners named in the report that match no member of the board. */
  unknownOwners: string[];
}

export function desiredCard(
  occurrences: ItemOccurrences,
  setup: BoardSetup,
  settings: SyncSettings,
): DesiredCard {
  const { item, sources, key } = occurrences;
  const labels: LabelRef[] = [setup.kindLabel(item.kind)];
  if (settings.perReportLabels) {
    for (const source of sources) {
      const name = (source.reportTitle ?? source.displayPath).slice(0, REPORT_LABEL_MAX);
      const label = setup.reportLabel(name);
      if (!labels.includes(label)) labels.push(label);
    }
  }
  const idMembers: string[] = [];
  const unknownOwners: string[] = [];
  for (const owner of item.owners) {
    const id = setup.memberId(owner);
    if (id === null) unknownOwners.push(owner);
    else if (!idMembers.includes(id)) idMembers.push(id);
  }
  return {
    card: {
      kind: item.kind,
      name: item.title,
      desc: renderDescription(item, sources, key),
      descShape: descHash(
        renderDescription(
          item,
          sources.map((s) => ({ ...s, line: 0 })),
          key,
        ),
      ),
      list: setup.list(item.kind),
      labels,
      idMembers: idMembers.sort(),
      checklist: item.checklist,
      sources: sources.map((s) => s.reportId),
    },
    unknownOwners,
  };
}
