/**
 * Report metadata that is written as prose or in the file's place: the byline
 * under a title, a `Date:` line, a date or an ISO week in the title, a date in
 * the file name or its folders. `reportMetadata` decides the report date from
 * them in the order of docs/extraction.md ("The report date").
 */
import { allWords } from "../languages/index.js";
import { findDay, fromIso, mondayOfIsoWeek, toIso } from "../languages/dates/index.js";
const words = (pick) => allWords(pick).join('|');
const WEEK_IN_TITLE = new RegExp(`(?:^|[^\\p{L}])(?:${allWords((l) => l.dates.week)
    .filter((w) => !w.includes('{n}'))
    .join('|')})\\s*(\\d{1,2})(?!\\d)|${allWords((l) => l.dates.week)
    .filter((w) => w.includes('{n}'))
    .map((w) => w.replace('{n}', String.raw `\s*(\d{1,2})\s*`))
    .join('|')}`, 'iu');
/** The ISO week a title names (`Uke 42`, `Week 7`, `KW 42`, `S47`, `第 42 周`), or undefined. */
export function weekFromTitle(title) {
    const match = WEEK_IN_TITLE.exec(title);
    const week = Number(match?.slice(1).find((g) => g !== undefined));
    return week >= 1 && week <= 53 ? week : undefined;
}
const BYLINE = new RegExp(`^(?:${words((l) => l.bylines)})\\s+(.+)$`, 'iu');
/**
 * A byline such as `av Raymond Kristiansen, UH IaaS, 31.juli 2017`: the first
 * comma-separated part is the author, the last (when it has a digit) the date.
 */
export function parseByline(text) {
    const match = BYLINE.exec(text.trim());
    if (!match?.[1])
        return undefined;
    const parts = match[1].split(',').map((p) => p.trim());
    const author = parts[0];
    if (!author || parts.length < 2)
        return undefined;
    const last = parts.at(-1) ?? '';
    return /\d/.test(last) ? { author, date: last } : { author };
}
const DATE_LINE = new RegExp(`^[\\s*_#>-]*(?:${words((l) => l.dateLabels)})[\\s*_]*[:：][\\s*_]*(.+)$`, 'iu');
const TOP_LINES = 10;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
/** The outline's metadata completed: byline author, ISO week of the title, and the report date. */
export function reportMetadata(outline, sources) {
    const metadata = { ...outline.metadata };
    const byline = bylineOf(outline);
    if (!metadata.author && byline?.author)
        metadata.author = byline.author;
    const week = outline.title === null ? undefined : weekFromTitle(outline.title);
    if (week !== undefined)
        metadata.week = week;
    const date = reportDate(outline, sources, byline?.date, week);
    if (date)
        metadata.date = toIso(date);
    else
        delete metadata.date;
    return metadata;
}
function bylineOf(outline) {
    const section = outline.titleIsSection ? outline.root.sections[0] : outline.root;
    const first = section?.blocks[0];
    return first?.type === 'paragraph' ? parseByline(first.text) : undefined;
}
function reportDate(outline, { text, path }, bylineDate, week) {
    const { name, folders } = splitPath(path);
    const year = yearOf(bylineDate) ?? yearOf(name) ?? folderYear(folders);
    const written = outline.metadata.fields['date'] ?? outline.metadata.date;
    const candidates = [
        () => (written === undefined ? null : dayOfField(written)),
        () => (bylineDate ? findDay(bylineDate, year) : null),
        () => dateLine(text, year),
        () => (outline.title ? findDay(outline.title) : null),
        () => (week !== undefined && year !== undefined ? mondayOfIsoWeek(year, week) : null),
        () => dateInName(name) ?? dateInFolders(folders),
    ];
    for (const candidate of candidates) {
        const date = candidate();
        if (date)
            return date;
    }
    return null;
}
function dayOfField(value) {
    if (value instanceof Date)
        return fromIso(value.toISOString());
    if (typeof value !== 'string' && typeof value !== 'number')
        return null;
    const text = String(value);
    return fromIso(text) ?? findDay(text);
}
function dateLine(text, year) {
    let start = 0;
    for (let n = 0; n < TOP_LINES && start <= text.length; n++) {
        const end = text.indexOf('\n', start);
        const line = text.slice(start, end === -1 ? undefined : end);
        const match = DATE_LINE.exec(line);
        if (match?.[1])
            return findDay(match[1], year);
        if (end === -1)
            break;
        start = end + 1;
    }
    return null;
}
function splitPath(path) {
    const parts = path.split(/[\\/]/);
    return { name: parts.at(-1) ?? '', folders: parts.slice(0, -1) };
}
function yearOf(text) {
    const match = text ? YEAR.exec(text) : null;
    return match ? Number(match[1]) : undefined;
}
function folderYear(folders) {
    const folder = [...folders].reverse().find((f) => /^(?:19|20)\d{2}$/.test(f));
    return folder ? Number(folder) : undefined;
}
/** `2023-06-14`, `2023_06_14` or `20230614` in the file name. */
function dateInName(name) {
    const match = /(?<!\d)((?:19|20)\d{2})([-_]?)(\d{2})\2(\d{2})(?!\d)/.exec(name);
    return match ? fromIso(`${match[1]}-${match[3]}-${match[4]}`) : null;
}
/** `…/2022/12/14/slides.md`: year, month and day folders, nearest the file. */
function dateInFolders(folders) {
    for (let i = folders.length - 3; i >= 0; i--) {
        const [y, m, d] = folders.slice(i, i + 3);
        if (/^(?:19|20)\d{2}$/.test(y ?? '') && /^\d{1,2}$/.test(m ?? '') && /^\d{1,2}$/.test(d ?? ''))
            return fromIso(`${y}-${m}-${d}`);
    }
    return null;
}
//# sourceMappingURL=metadata.js.map