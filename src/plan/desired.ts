/** The card an item should have: every field from its entry in the card-field table, and its checklist. Pure. */
import type { Warning } from '../warnings.ts';
import type { BoardNames } from './card-fields.ts';
import { wantedFields } from './card-values.ts';
import { dueInstant } from './due.ts';
import type { InstallId } from './install.ts';
import type { ItemOccurrences } from './occurrences.ts';
import { reportName, sourceLink } from './render.ts';
import type { CardContent, DoneNotice, SyncSettings } from './types.ts';

export interface DesiredCard {
  card: CardContent;
  /** What stands in the way of the card the reports describe (an owner who is not on the board). */
  warnings: Warning[];
}

export function desiredCard(
  occurrences: ItemOccurrences,
  board: BoardNames,
  settings: SyncSettings,
  install: InstallId,
): DesiredCard {
  const { item, sources, key } = occurrences;
  const warnings: Warning[] = [];
  const fields = wantedFields({
    key,
    install,
    item,
    sources,
    board,
    perReportLabels: settings.perReportLabels,
    dueAt: (date) => dueInstant(date, settings.due.time, settings.due.timeZone),
    warn: (warning) => warnings.push(warning),
  });
  return {
    card: {
      kind: item.kind,
      status: item.status,
      ...fields,
      checklist: item.checklist,
      sources: sources.map((s) => s.reportId),
      doneIn: item.status === 'done' ? doneNotice(occurrences) : null,
    },
    warnings,
  };
}

/** `Done in Uke 31 (2016-08-01) · [uke_31.rst:12](…)`: the newest report, where the item is done. */
function doneNotice({ sources }: ItemOccurrences): DoneNotice | null {
  const newest = sources.at(-1);
  if (!newest) return null;
  return { reportId: newest.reportId, text: `Done in ${reportName(newest)} · ${sourceLink(newest)}` };
}
