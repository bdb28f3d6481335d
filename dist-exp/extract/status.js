/**
 * Status tags (docs/extraction.md, "Status"): `DONE`, `(erledigt)`, `- done`,
 * `✅` mark an item done, `WIP`, `(en cours)`, `🚧` open. A tag is removed
 * from the text, so an item keeps its identity when its status changes.
 */
import { allWords } from "../languages/index.js";
const alternation = (words) => words.map((w) => `(?:${w})`).join('|');
const DONE_WORDS = alternation(allWords((l) => l.status.done));
const OPEN_WORDS = alternation(allWords((l) => l.status.open));
const DONE_TAGS = alternation(allWords((l) => l.status.doneTags));
const OPEN_TAGS = alternation(allWords((l) => l.status.openTags));
const DONE_MARKS = '✅|✔\\ufe0f?|☑\\ufe0f?';
const OPEN_MARKS = '⏳|🚧';
const END = String.raw `[\s.!]*$`;
const BRACKETED = (words) => String.raw `[(\[（【]\s*(?:${words})\s*[)\]）】]`;
/** Tried in turn, each at the end and (the upper-case tags, brackets and marks) at the start. */
const TAGS = [
    {
        pattern: new RegExp(String.raw `\s+[-–—]{1,2}\s*(?:${DONE_WORDS})${END}`, 'iu'),
        status: 'done',
        at: 'end',
    },
    {
        pattern: new RegExp(String.raw `\s+[-–—]{1,2}\s*(?:${OPEN_WORDS})${END}`, 'iu'),
        status: 'open',
        at: 'end',
    },
    { pattern: new RegExp(String.raw `\s*${BRACKETED(DONE_WORDS)}${END}`, 'iu'), status: 'done', at: 'end' },
    { pattern: new RegExp(String.raw `\s*${BRACKETED(OPEN_WORDS)}${END}`, 'iu'), status: 'open', at: 'end' },
    { pattern: new RegExp(String.raw `^${BRACKETED(DONE_WORDS)}\s*`, 'iu'), status: 'done', at: 'start' },
    { pattern: new RegExp(String.raw `^${BRACKETED(OPEN_WORDS)}\s*`, 'iu'), status: 'open', at: 'start' },
    { pattern: new RegExp(String.raw `(?:^|\s+)(?:${DONE_TAGS})${END}`, 'u'), status: 'done', at: 'end' },
    { pattern: new RegExp(String.raw `(?:^|\s+)(?:${OPEN_TAGS})${END}`, 'u'), status: 'open', at: 'end' },
    { pattern: new RegExp(String.raw `^(?:${DONE_TAGS})(?:[\s:–—-]+|$)`, 'u'), status: 'done', at: 'start' },
    { pattern: new RegExp(String.raw `^(?:${OPEN_TAGS})(?:[\s:–—-]+|$)`, 'u'), status: 'open', at: 'start' },
    {
        pattern: new RegExp(String.raw `(?:^|\s*)(?:${DONE_MARKS})${END}|^(?:${DONE_MARKS})\s*`, 'u'),
        status: 'done',
        at: 'both',
    },
    {
        pattern: new RegExp(String.raw `(?:^|\s*)(?:${OPEN_MARKS})${END}|^(?:${OPEN_MARKS})\s*`, 'u'),
        status: 'open',
        at: 'both',
    },
];
export function readStatus(text) {
    // Every tag has a dash, a bracket, an upper-case word or a mark at one end of the text.
    if (!MAY_BE_TAGGED.test(`${text.slice(0, EDGE)} ${text.slice(-EDGE)}`))
        return { text };
    // Tags stand at the ends: the patterns need to see only the first and last words of a long text.
    const cut = text.length > EDGE * 2 ? text.indexOf(' ', EDGE) : -1;
    const tailAt = cut === -1 ? -1 : text.lastIndexOf(' ', text.length - EDGE);
    if (cut !== -1 && tailAt > cut) {
        const head = readEnds(text.slice(0, cut), 'start');
        const tail = readEnds(text.slice(tailAt), 'end');
        const status = head.status === 'done' || tail.status === 'done' ? 'done' : (head.status ?? tail.status);
        if (!status)
            return { text };
        return {
            text: `${head.text.trim()} ${text.slice(cut, tailAt).trim()} ${tail.text.trim()}`.trim(),
            status,
        };
    }
    return readEnds(text, 'both');
}
/** Characters of each end a tag may take. */
const EDGE = 48;
const MAY_BE_TAGGED = new RegExp(`\\s[-–—]|[(\\[（【]|${DONE_TAGS}|${OPEN_TAGS}|${DONE_MARKS}|${OPEN_MARKS}`, 'u');
function readEnds(text, ends) {
    let rest = text;
    let status;
    const tags = TAGS.filter((t) => ends === 'both' || t.at === ends || t.at === 'both');
    // An item can carry more than one tag (`Release notes DONE ✅`); each is removed once.
    for (let pass = 0; pass < 3; pass++) {
        const tag = tags.find(({ pattern }) => pattern.test(rest));
        if (!tag)
            break;
        rest = rest.replace(tag.pattern, '').trim();
        if (status !== 'done')
            status = tag.status;
    }
    return status ? { text: rest, status } : { text: rest };
}
//# sourceMappingURL=status.js.map