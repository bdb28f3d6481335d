import type { BoardRecord, ListRecord } from '../model.ts';
import type { Store } from '../store.ts';
import { avatar, formatDate, renderCard } from './card.ts';
import { escapeHtml } from './escape.ts';
import { BOARD_CSS } from './styles.ts';
import { renderWeekPanel } from './week-panel.ts';

function renderList(store: Store, list: ListRecord, now: number): string {
  const cards = store.cardsInList(list.id);
  const open = cards.filter((c) => !c.closed);
  const archived = cards.filter((c) => c.closed);
  const openHtml =
    open.length > 0
      ? `<ol class="cards">${open.map((c) => renderCard(store, c, now)).join('')}</ol>`
      : '<p class="empty">No cards</p>';
  const archivedHtml =
    archived.length > 0
      ? `<details class="archived"><summary>Archived cards (${archived.length})</summary><ol class="cards">${archived
          .map((c) => renderCard(store, c, now))
          .join('')}</ol></details>`
      : '';
  return `<section class="list${list.closed ? ' archived-list' : ''}" id="list-${list.id}" aria-label="${escapeHtml(list.name)}">
  <div class="list-header"><h2>${escapeHtml(list.name)}</h2><span class="count">${open.length}</span></div>
  ${openHtml}${archivedHtml}
</section>`;
}

/**
 * The read-only board page at `/b/{shortLink}`: open lists as columns,
 * archived cards and archived lists folded away behind `<details>`, so the
 * page needs no script at all.
 */
export function renderBoardPage(store: Store, board: BoardRecord, now = store.clock()): string {
  const lists = store.listsOf(board.id);
  const openLists = lists.filter((l) => !l.closed);
  const closedLists = lists.filter((l) => l.closed);
  const cardCount = store.cardsOf(board.id).filter((c) => !c.closed).length;
  const members = store.membersOf(board);
  const archivedLists =
    closedLists.length > 0
      ? `<div class="archived-lists-wrap"><details class="archived-lists"><summary>Archived lists (${closedLists.length})</summary>
  <main class="board">${closedLists.map((l) => renderList(store, l, now)).join('')}</main></details></div>`
      : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(board.name)} · report-sync emulator</title>
<style>${BOARD_CSS}</style>
</head>
<body>
<header class="board-header">
  <h1>${escapeHtml(board.name)}</h1>
  <span class="badge-readonly">Read-only · local emulator</span>
  <span class="board-meta">${openLists.length} lists · ${cardCount} open cards · last activity ${formatDate(board.dateLastActivity)}</span>
  <span class="members">${members.map(avatar).join('')}</span>
</header>
${renderWeekPanel(store, board, now)}
<main class="board">
${openLists.map((l) => renderList(store, l, now)).join('\n')}
</main>
${archivedLists}
</body>
</html>
`;
}

export function renderNotFoundPage(what: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Not found</title>
<style>${BOARD_CSS}</style></head><body><header class="board-header"><h1>${escapeHtml(what)} not found</h1></header></body></html>`;
}
