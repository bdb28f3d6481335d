/**
 * A TrelloGateway that makes the real one (and loads trello.js with it) on
 * its first request: a sync with nothing to do sends none, and so never pays
 * for loading the client. Before that request `apiCalls` is 0.
 */
import type { TrelloGateway } from '../trello/types.ts';

export function lazyGateway(make: () => Promise<TrelloGateway>): TrelloGateway {
  let made: TrelloGateway | undefined;
  let making: Promise<TrelloGateway> | undefined;
  const gateway = () =>
    (making ??= make().then((g) => {
      made = g;
      return g;
    }));
  return {
    get apiCalls() {
      return made?.apiCalls ?? 0;
    },
    board: async (ref) => (await gateway()).board(ref),
    snapshot: async (boardId) => (await gateway()).snapshot(boardId),
    createList: async (boardId, name) => (await gateway()).createList(boardId, name),
    createLabel: async (boardId, name, color) => (await gateway()).createLabel(boardId, name, color),
    createCard: async (card) => (await gateway()).createCard(card),
    updateCard: async (cardId, changes) => (await gateway()).updateCard(cardId, changes),
    addComment: async (cardId, text) => (await gateway()).addComment(cardId, text),
    addChecklist: async (cardId, name, items) => (await gateway()).addChecklist(cardId, name, items),
    addCheckItems: async (checklistId, items) => (await gateway()).addCheckItems(checklistId, items),
  };
}
