/**
 * YAML front matter: a `---` first line up to the next `---` or `...` line.
 * Parsed with `yaml`; a malformed block is a warning, not a failure, and its
 * lines still never reach the Markdown parser. yaml parses in one call that
 * no budget can interrupt (2 MB of it took 10 s and 750 MB), so a block
 * larger than any title, date and tags need is not parsed at all.
 */
import { parseDocument } from 'yaml';
/** Characters of front matter that are parsed: ample for the fields of a report. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
/** Aliases expanded when the fields are read: a few are normal, a "billion laughs" block has millions. */
const MAX_ALIAS_COUNT = 100;
export function readFrontMatter(lines) {
    const none = { fields: {}, lineCount: 0, warnings: [] };
    if (lines[0]?.trimEnd() !== '---')
        return none;
    const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
    if (close === -1)
        return none;
    const lineCount = close + 1;
    const yaml = lines.slice(1, close).join('\n');
    if (yaml.length > MAX_FRONT_MATTER_CHARS)
        return tooLarge(lineCount);
    const doc = parseDocument(yaml, { prettyErrors: false });
    const invalid = (line, reason) => ({
        fields: {},
        lineCount,
        warnings: [
            { line, message: `front matter is not valid YAML (${firstLine(reason)}); its fields are ignored` },
        ],
    });
    const error = doc.errors[0];
    if (error)
        return invalid((error.linePos?.[0].line ?? 0) + 1, error.message);
    let value;
    try {
        // Well-formed YAML can still fail to resolve (an alias to a missing anchor).
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (failure) {
        return invalid(2, failure instanceof Error ? failure.message : String(failure));
    }
    if (value === null || value === undefined)
        return { fields: {}, lineCount, warnings: [] };
    if (typeof value !== 'object' || Array.isArray(value)) {
        return {
            fields: {},
            lineCount,
            warnings: [{ line: 2, message: 'front matter is not a mapping of fields (`title: …`); ignored' }],
        };
    }
    return { fields: value, lineCount, warnings: [] };
}
function tooLarge(lineCount) {
    const warning = {
        code: 'front-matter-too-large',
        line: 1,
        message: `front matter is larger than ${MAX_FRONT_MATTER_CHARS / 1024} KiB; its fields are ignored and the rest of the report is read`,
        fix: 'keep front matter to a few fields (title, date, author); move long content into the body',
    };
    return { fields: {}, lineCount, warnings: [warning] };
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}
//# sourceMappingURL=front-matter.js.map