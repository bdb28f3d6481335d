import { formatMarker } from "./marker.js";
/** Trello accepts 16,384 characters; stay well below so that a person can still add a line. */
export const DESC_LIMIT = 15_000;
/** What Trello stores at most: a description composed with a person's body must fit in it. */
export const TRELLO_DESC_LIMIT = 16_384;
export const SOURCES_HEADING = '**Sources**';
const ELLIPSIS = '…';
/** The first line report-sync writes; read back only when it still looks like it. */
const FROM_LINE = /^From .+ · \d+ reports?$/u;
export function joinDescription(parts) {
    return [parts.head, parts.body, parts.tail].filter(Boolean).join('\n\n');
}
/** The parts of a card's description, as a person may have left it. */
export function splitDescription(desc) {
    const lines = desc.replace(/\r\n?/g, '\n').split('\n');
    const tailAt = lines.findLastIndex((line) => line.trim() === SOURCES_HEADING);
    const above = tailAt >= 0 ? lines.slice(0, tailAt) : lines;
    const first = above.findIndex((line) => line.trim() !== '');
    const head = first >= 0 && FROM_LINE.test(above[first]?.trim() ?? '') ? (above[first]?.trim() ?? null) : null;
    return {
        head,
        body: (head === null ? above : above.slice(first + 1)).join('\n').trim(),
        tail: tailAt >= 0 ? lines.slice(tailAt).join('\n').trim() : null,
    };
}
/** The source part as one text: what its hash (`sourcesHash`) is taken of. */
export function sourcePart(parts) {
    return `${parts.head ?? ''}\n${parts.tail ?? ''}`;
}
export function renderDescription(item, sources, key) {
    const head = fromLine(sources);
    const marker = formatMarker(key);
    const tailOf = (lines) => [[SOURCES_HEADING, ...lines].join('\n'), marker].join('\n\n');
    const length = (body, lines) => joinDescription({ head, body, tail: tailOf(lines) }).length;
    let body = introduction(item);
    let lines = sourceLines(sources, sources.length);
    // Keep the newest sources that fit; say how many older ones were left out.
    for (let kept = sources.length; length(body, lines) > DESC_LIMIT && kept > 1;) {
        kept = Math.max(1, Math.floor(kept * 0.8));
        lines = sourceLines(sources, kept);
    }
    const room = DESC_LIMIT - length('', lines) - 2;
    if (body.length > room)
        body = `${body.slice(0, Math.max(0, room - ELLIPSIS.length)).trimEnd()}${ELLIPSIS}`;
    return { head, body, tail: tailOf(lines) };
}
/** `From Uke 31 (2016-08-01) › Planlagte aktiviteter · 3 reports`: the newest source, and how many there are. */
function fromLine(sources) {
    const newest = sources.at(-1);
    if (!newest)
        return null;
    const section = newest.section.length > 0 ? ` › ${newest.section.join(' › ')}` : '';
    const count = `${sources.length} report${sources.length === 1 ? '' : 's'}`;
    return `From ${reportName(newest)}${section} · ${count}`;
}
/** The part of a description above the Sources section (full text and item description). */
function introduction(item) {
    const parts = [];
    if (item.title.endsWith(ELLIPSIS))
        parts.push(item.text);
    if (item.description.trim() !== '')
        parts.push(item.description.trim());
    return parts.join('\n\n');
}
function sourceLines(sources, keep) {
    const omitted = sources.length - keep;
    const lines = sources.slice(omitted).map((s) => `- ${sourceLine(s)}`);
    if (omitted > 0)
        lines.unshift(`- ${ELLIPSIS} and ${omitted} more (older)`);
    return lines;
}
/** `Uke 31 (2016-08-01)`, or the path of a report without a title. */
export function reportName(source) {
    const date = source.date ? ` (${source.date})` : '';
    return `${source.reportTitle ?? source.displayPath}${date}`;
}
/** Where in the report: `[path:line](link)`, or `` `path:line` `` without a link. */
export function sourceLink(source) {
    const location = `${source.displayPath}:${source.line}`;
    const link = source.linkTemplate?.replaceAll('{line}', String(source.line));
    return link ? `[${location}](${link})` : `\`${location}\``;
}
function sourceLine(source) {
    const section = source.section.length > 0 ? ` · ${source.section.join(' › ')}` : '';
    return `${reportName(source)}${section} · ${sourceLink(source)}`;
}
//# sourceMappingURL=render.js.map