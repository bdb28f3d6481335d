/**
 * Cards read again right before they are written, so that an edit a person
 * made since the plan (or since the run's snapshot) is seen and left alone.
 * The cards the plan writes are read in plan order, ten reads to a request
 * (Trello's batch): when a step needs a card not read yet, it is read with
 * the next ones the plan writes, so each card is read at most a few writes
 * before its own write, and a read is used once.
 */
import type { PlannedAction } from '../plan/types.ts';
import type { TrelloCard, TrelloChecklist, TrelloGateway } from '../trello/types.ts';

/** Reads per request: Trello's most routes per batch (D). */
const WINDOW = 10;

interface Need {
  cardId: string;
  part: 'card' | 'checklists';
}

export interface CardReader {
  /** The card as it is now; null when it was deleted. */
  card(cardId: string): Promise<TrelloCard | null>;
  /** The card's checklists as they are now. */
  checklists(cardId: string): Promise<TrelloChecklist[]>;
}

export function cardReader(gateway: TrelloGateway, actions: readonly PlannedAction[]): CardReader {
  // Per part: checklists are read in their own phase, after this run's check items were added.
  const queues: Record<Need['part'], string[]> = {
    card: actions.flatMap((a) => (a.type === 'update' ? [a.cardId] : [])),
    checklists: actions.flatMap((a) => (a.type === 'check-items' && a.cardId !== null ? [a.cardId] : [])),
  };
  const next: Record<Need['part'], number> = { card: 0, checklists: 0 };
  const cards = new Map<string, TrelloCard | null>();
  const lists = new Map<string, TrelloChecklist[]>();

  async function read({ cardId, part }: Need): Promise<void> {
    const queue = queues[part];
    const at = queue.indexOf(cardId, next[part]);
    if (at >= 0) next[part] = at + 1;
    const window = [cardId];
    while (window.length < WINDOW && next[part] < queue.length) window.push(queue[next[part]++] as string);
    const reads = await gateway.readCards(part === 'card' ? window : [], part === 'checklists' ? window : []);
    for (const id of window) {
      if (part === 'card') cards.set(id, reads.cards.get(id) ?? null);
      else
        lists.set(
          id,
          reads.checklists.filter((c) => c.idCard === id),
        );
    }
  }

  async function take<T>(cache: Map<string, T>, need: Need): Promise<T | undefined> {
    if (!cache.has(need.cardId)) await read(need);
    const value = cache.get(need.cardId);
    cache.delete(need.cardId);
    return value;
  }

  return {
    card: async (cardId) => (await take(cards, { cardId, part: 'card' })) ?? null,
    checklists: async (cardId) => (await take(lists, { cardId, part: 'checklists' })) ?? [],
  };
}
