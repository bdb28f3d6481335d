/**
 * The "this week" panel above the board's lists: the sections of
 * `report-sync digest`, as far as the board alone tells them (week.ts).
 * Folded open in a `<details>`, so the page still needs no script.
 */
import type { BoardRecord } from '../model.ts';
import type { Store } from '../store.ts';
import { avatar, formatDate } from './card.ts';
import { escapeHtml } from './escape.ts';
import { boardWeek, QUIET_DAYS, type WeekEntry, type WeekSection, WEEK_SECTIONS } from './week.ts';

const TITLES: Record<WeekSection, { title: string; explain: string }> = {
  done: { title: 'Done', explain: 'moved into a list called Done this week' },
  new: { title: 'New', explain: 'created this week' },
  moved: {
    title: 'Moved',
    explain: 'moved to another list this week (by anyone: the emulator has one account)',
  },
  overdue: { title: 'Overdue', explain: 'open, and the due date has passed' },
  stale: {
    title: 'Stale',
    explain: `open, and no activity for ${QUIET_DAYS} days (report-sync digest counts reports)`,
  },
  unresolvedOwners: { title: 'Owners not on the board', explain: '@names in a card that name no member' },
};

function entryHtml(store: Store, section: WeekSection, { card, note }: WeekEntry): string {
  const list = store.data.lists.find((l) => l.id === card.idList)?.name ?? '';
  const members = card.idMembers.flatMap((id) => store.data.members.filter((m) => m.id === id));
  const noteText = note ? (section === 'moved' ? `from ${note}` : note) : '';
  const parts = [
    `<a href="#card-${card.id}">${escapeHtml(card.name)}</a>`,
    `<span class="week-list">${escapeHtml(noteText ? `${list} · ${noteText}` : list)}</span>`,
    card.due ? `<span class="week-due">${formatDate(card.due)}</span>` : '',
    members.length > 0 ? `<span class="members">${members.map(avatar).join('')}</span>` : '',
  ];
  return `<li>${parts.filter(Boolean).join(' ')}</li>`;
}

function sectionHtml(store: Store, section: WeekSection, entries: WeekEntry[]): string {
  const { title, explain } = TITLES[section];
  const body =
    entries.length > 0
      ? `<ul>${entries.map((e) => entryHtml(store, section, e)).join('')}</ul>`
      : '<p class="empty">None</p>';
  return `<section class="week-section week-${section}" aria-label="${escapeHtml(title)}">
    <h3 title="${escapeHtml(explain)}">${escapeHtml(title)} <span class="count">${entries.length}</span></h3>${body}</section>`;
}

export function renderWeekPanel(store: Store, board: BoardRecord, now: number): string {
  const week = boardWeek(store, board, now);
  const period = `${formatDate(new Date(week.from).toISOString())} – ${formatDate(new Date(week.to).toISOString())}`;
  const sections = WEEK_SECTIONS.map((s) => sectionHtml(store, s, week.sections[s])).join('');
  return `<details class="week" open><summary><h2 class="week-title">This week</h2><span class="week-period">${period}</span></summary>
  <div class="week-grid">${sections}</div></details>`;
}
