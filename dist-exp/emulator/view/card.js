import { labelColors } from "./colors.js";
import { escapeHtml } from "./escape.js";
import { ICONS } from "./icons.js";
import { renderMarkdown } from "./markdown.js";
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
});
export function formatDate(iso) {
    return DATE_FORMAT.format(new Date(iso));
}
export function avatar(member) {
    const initials = member.fullName
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => w[0]?.toUpperCase() ?? '')
        .join('')
        .slice(0, 2);
    const title = `${member.fullName} (@${member.username})`;
    return `<span class="avatar" title="${escapeHtml(title)}">${escapeHtml(initials || '?')}</span>`;
}
function labels(store, card) {
    const chips = store
        .labelsOf(card.idBoard)
        .filter((l) => card.idLabels.includes(l.id))
        .map((l) => {
        const { background, text } = labelColors(l.color);
        const title = l.name || l.color || 'label';
        return `<span class="label" style="background:${background};color:${text}" title="${escapeHtml(title)}">${escapeHtml(l.name)}</span>`;
    });
    return chips.length > 0 ? `<div class="labels">${chips.join('')}</div>` : '';
}
const DAY_MS = 24 * 60 * 60 * 1000;
/** As Trello's badge: green with a ticked box when complete, red when overdue, yellow within a day. */
function due(card, now) {
    if (card.due === null)
        return '';
    const at = Date.parse(card.due);
    const [state, what] = card.dueComplete
        ? [' complete', 'complete']
        : at < now
            ? [' overdue', 'overdue']
            : at - now < DAY_MS
                ? [' soon', 'due soon']
                : ['', 'due'];
    const icon = card.dueComplete ? ICONS.checked : ICONS.clock;
    const title = `${what}: ${formatDate(card.due)}`;
    return `<span class="badge due${state}" title="${escapeHtml(title)}">${icon}${formatDate(card.due)}</span>`;
}
function checklist(list) {
    const done = list.checkItems.filter((i) => i.state === 'complete').length;
    const total = list.checkItems.length;
    const percent = total === 0 ? 0 : Math.round((done / total) * 100);
    const items = list.checkItems.map((i) => `<li class="${i.state}">${escapeHtml(i.name)}</li>`).join('');
    return `<div class="checklist">
    <div class="checklist-head"><span>${escapeHtml(list.name)}</span><span>${done}/${total}</span></div>
    <div class="progress${total > 0 && done === total ? ' done' : ''}"><span style="width:${percent}%"></span></div>
    <ul class="check-items">${items}</ul></div>`;
}
/** Folded, as on Trello's board, where a card shows its title and badges until it is opened. */
function description(card) {
    if (card.desc.trim() === '')
        return '';
    return `<details class="desc"><summary>Description</summary><div class="markdown">${renderMarkdown(card.desc)}</div></details>`;
}
function comments(store, card) {
    const list = store.actionsOf(card.id).filter((a) => a.type === 'commentCard');
    if (list.length === 0)
        return '';
    const items = list.map((a) => {
        const author = store.data.members.find((m) => m.id === a.idMemberCreator);
        const meta = `${author ? author.fullName : 'unknown'} · ${formatDate(a.date)}`;
        return `<li><div class="comment-meta">${escapeHtml(meta)}</div><div class="markdown">${renderMarkdown(String(a.data['text'] ?? ''))}</div></li>`;
    });
    return `<details class="comments"><summary>Comments (${list.length})</summary><ol class="comment-list">${items.join('')}</ol></details>`;
}
function attachments(store, card) {
    const list = store.attachmentsOf(card.id);
    if (list.length === 0)
        return '';
    const items = list.map((a) => `<li><a href="${escapeHtml(a.url)}" rel="noopener noreferrer">${escapeHtml(a.name)}</a></li>`);
    return `<ul class="attachments">${items.join('')}</ul>`;
}
/** One card tile: labels, title, badges (due, checklist progress, comments, members), then its content. */
export function renderCard(store, card, now) {
    const lists = store.checklistsOfCard(card.id);
    const items = lists.flatMap((l) => l.checkItems);
    const done = items.filter((i) => i.state === 'complete').length;
    const commentCount = store.data.actions.filter((a) => a.idCard === card.id && a.type === 'commentCard').length;
    const members = card.idMembers.flatMap((id) => store.data.members.filter((m) => m.id === id));
    const attachmentCount = store.attachmentsOf(card.id).length;
    const badges = [
        card.closed ? '<span class="badge archived-tag">Archived</span>' : '',
        due(card, now),
        commentCount > 0 ? `<span class="badge" title="comments">${ICONS.comment}${commentCount}</span>` : '',
        attachmentCount > 0
            ? `<span class="badge" title="attachments">${ICONS.attachment}${attachmentCount}</span>`
            : '',
        items.length > 0
            ? `<span class="badge${done === items.length ? ' complete' : ''}" title="checklist items">${ICONS.checklist}${done}/${items.length}</span>`
            : '',
        members.length > 0 ? `<span class="members">${members.map(avatar).join('')}</span>` : '',
    ].filter(Boolean);
    return `<li><article class="card${card.closed ? ' closed' : ''}" id="card-${card.id}">
    ${labels(store, card)}
    <h3 class="card-title">${escapeHtml(card.name)}</h3>
    ${badges.length > 0 ? `<div class="badges">${badges.join('')}</div>` : ''}
    ${description(card)}${lists.map(checklist).join('')}${attachments(store, card)}${comments(store, card)}
  </article></li>`;
}
//# sourceMappingURL=card.js.map