/** The card an item should have: every field from its entry in the card-field table, and its checklist. Pure. */
import type { Warning } from '../warnings.ts';
import type { BoardNames } from './card-fields.ts';
import { wantedFields } from './card-values.ts';
import type { ItemOccurrences } from './occurrences.ts';
import type { CardContent, SyncSettings } from './types.ts';

export interface DesiredCard {
  card: CardContent;
  /** What stands in the way of the card the reports describe (an owner who is not on the board). */
  warnings: Warning[];
}

export function desiredCard(
  occurrences: ItemOccurrences,
  board: BoardNames,
  settings: SyncSettings,
): DesiredCard {
  const { item, sources, key } = occurrences;
  const warnings: Warning[] = [];
  const fields = wantedFields({
    key,
    item,
    sources,
    board,
    perReportLabels: settings.perReportLabels,
    warn: (warning) => warnings.push(warning),
  });
  return {
    card: {
      kind: item.kind,
      ...fields,
      checklist: item.checklist,
      sources: sources.map((s) => s.reportId),
    },
    warnings,
  };
}
