/**
 * Other installs on the board: cards another install marked, counted by
 * install, and what a person is told about them. Left alone, such a card also
 * keeps its reports from being recorded as synced, so that every run looks
 * again and says so, rather than going quiet after the first. Pure.
 */
import type { TrelloCard } from '../trello/types.ts';
import type { Warning } from '../warnings.ts';
import type { BoardView } from './board.ts';
import type { ItemOccurrences } from './occurrences.ts';
import type { ForeignCards, PlannedAction } from './types.ts';

/** The cards of other installs this plan leaves alone (`skip`) or takes over (`adopt-foreign`), by install. */
export function foreignCards(actions: readonly PlannedAction[], board: BoardView): ForeignCards[] {
  const cardsOf = (wanted: (action: PlannedAction) => boolean) =>
    actions.filter(wanted).flatMap((action) => {
      const card = 'cardId' in action ? board.card(action.cardId) : undefined;
      return card ? [card] : [];
    });
  const left = cardsOf((a) => a.type === 'skip' && a.reason === 'foreign');
  const taken = cardsOf((a) => a.type === 'record' && a.event === 'adopt-foreign');
  return [...countByInstall(left, board, false), ...countByInstall(taken, board, true)];
}

/** Cards of other installs, counted by install, with the newest activity on them. */
export function countByInstall(
  cards: readonly TrelloCard[],
  board: Pick<BoardView, 'foreignInstall'>,
  adopted: boolean,
): ForeignCards[] {
  const counted = new Map<string, ForeignCards>();
  for (const card of cards) {
    const install = board.foreignInstall(card);
    if (!install) continue;
    const seen = counted.get(install) ?? { install, cards: 0, lastActivity: '', adopted };
    const lastActivity =
      seen.lastActivity > card.dateLastActivity ? seen.lastActivity : card.dateLastActivity;
    counted.set(install, { ...seen, cards: seen.cards + 1, lastActivity });
  }
  return [...counted.values()];
}

/** `12 cards of install 0badf00d (last activity on them 2024-05-01)`: enough to tell a live install from a lost one. */
export function describeForeign({ cards, install, lastActivity }: ForeignCards): string {
  const count = `${cards} card${cards === 1 ? '' : 's'}`;
  return `${count} of report-sync install ${install} (last activity on them ${lastActivity.slice(0, 10)})`;
}

/** What a person is told about another install's cards, in the plan and in the log. */
export function foreignWarning(foreign: ForeignCards): Warning {
  if (foreign.adopted)
    return {
      code: 'foreign-cards',
      message: `${describeForeign(foreign)} taken over (--adopt-foreign): this install keeps them from now on`,
    };
  return {
    code: 'foreign-cards',
    message: `${describeForeign(foreign)}, another install, ${foreign.cards === 1 ? 'holds an item' : 'hold items'} of these reports: left alone, neither taken over nor counted as a person's edits`,
    fix: FOREIGN_FIX,
  };
}

/** What to do about another install's cards, wherever they are reported. */
export const FOREIGN_FIX =
  'if that install is this one before its state file was lost or moved, run `report-sync sync --adopt-foreign` once to take them over; otherwise let one install sync this board (`report-sync doctor` on each names its install)';

/** Reports with an item another install's card holds: not recorded as synced, so that the next run looks again. */
export function heldReports(
  actions: readonly PlannedAction[],
  occurrences: ReadonlyMap<string, ItemOccurrences>,
): Set<string> {
  const held = new Set<string>();
  for (const action of actions) {
    if (action.type !== 'skip' || action.reason !== 'foreign') continue;
    for (const source of occurrences.get(action.key)?.sources ?? []) held.add(source.reportId);
  }
  return held;
}
