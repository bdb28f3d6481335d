/**
 * Fencing for the board: a run writes to Trello only while it may still
 * write its state (its lock is held and fresh, the state file is as it left
 * it, no save failed). The check runs right before every request that
 * changes the board and again whenever the client wakes from a wait (pacing,
 * a retry's backoff): a run paused there (SIGSTOP, a frozen VM, a closed
 * laptop lid) long enough to lose its lock finds out before it sends, instead
 * of repeating a create that another run has made meanwhile.
 */
import type { Clock } from './pacer.ts';
import type { TrelloGateway } from './types.ts';

export class WriteGuard {
  #checks = new Set<() => Promise<void>>();

  /** Runs `work` with `check` in force: it throws (a StateError) when writing must stop. */
  async while<T>(check: () => Promise<void>, work: () => Promise<T>): Promise<T> {
    this.#checks.add(check);
    try {
      return await work();
    } finally {
      this.#checks.delete(check);
    }
  }

  async check(): Promise<void> {
    for (const check of this.#checks) await check();
  }
}

/** The gateway with the guard checked before each write; reads pass as they are. */
export function guardGateway(gateway: TrelloGateway, guard: WriteGuard): TrelloGateway {
  const guarded =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await guard.check();
      return write(...args);
    };
  return {
    get apiCalls() {
      return gateway.apiCalls;
    },
    board: (ref) => gateway.board(ref),
    snapshot: (boardId) => gateway.snapshot(boardId),
    createList: guarded((boardId, name) => gateway.createList(boardId, name)),
    createLabel: guarded((boardId, name, color) => gateway.createLabel(boardId, name, color)),
    createCard: guarded((card) => gateway.createCard(card)),
    updateCard: guarded((cardId, changes) => gateway.updateCard(cardId, changes)),
    addComment: guarded((cardId, text) => gateway.addComment(cardId, text)),
    addChecklist: guarded((cardId, name, items) => gateway.addChecklist(cardId, name, items)),
    addCheckItems: guarded((checklistId, items) => gateway.addCheckItems(checklistId, items)),
    setCheckItemState: guarded((cardId, checkItemId, complete) =>
      gateway.setCheckItemState(cardId, checkItemId, complete),
    ),
    readCards: (cardIds, withChecklists) => gateway.readCards(cardIds, withChecklists),
  };
}

/** The client's clock, with the guard checked each time it wakes from a wait. */
export function guardClock(clock: Clock, guard: WriteGuard): Clock {
  return {
    now: () => clock.now(),
    async sleep(ms) {
      await clock.sleep(ms);
      await guard.check();
    },
  };
}
