import { createHash } from 'node:crypto';
import { z } from 'zod';
import { StateError } from "../errors.js";
/**
 * The state file's frame around the payload: which payload version wrote it,
 * how many saves it has seen, and which file it descends from.
 */
const envelopeSchema = z.object({
    schemaVersion: z.number().int().positive(),
    /** Increments on every save. */
    serial: z.number().int().nonnegative(),
    /** Random id fixed when the file is created: a plan made against another file is detectable. */
    lineage: z.string().min(1),
    savedAt: z.string(),
    /** sha256 of the data's JSON as written: a file that still matches it is read without a schema pass. */
    checksum: z.string().optional(),
    data: z.unknown(),
});
/**
 * The fixes offered whenever the state cannot be read. The journal goes with
 * the file it continues: left beside a restored backup, its saves would not
 * follow the backup's and the state would still not load.
 */
export function recoveryHint(path) {
    const journal = `${path}.journal`;
    return `To go back to the state before the last run, move ${journal} away (if it exists), then copy ${path}.bak over ${path}. Or move ${path} and ${journal} away to rebuild the state from the markers on the board's cards.`;
}
/** "cards.x.title: expected string" for the first problem Zod found. */
export function firstIssue(error, prefix = []) {
    const issue = error.issues[0];
    if (!issue)
        return 'unexpected content';
    const where = [...prefix, ...issue.path.map(String)].join('.');
    return `${where || '(top level)'}: ${issue.message}`;
}
function corrupt(path, problem) {
    return new StateError(`The state file ${path} cannot be read: ${problem}. It was left untouched. ${recoveryHint(path)}`);
}
/** Reads an envelope from the text of a state file; the payload is checked separately (after any journal). */
export function parseEnvelope(path, text, supportedVersion) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw corrupt(path, `it is not valid JSON (${error.message})`);
    }
    const envelope = envelopeSchema.safeParse(json);
    if (!envelope.success)
        throw corrupt(path, firstIssue(envelope.error));
    if (envelope.data.schemaVersion > supportedVersion) {
        throw new StateError(`The state file ${path} was written by a newer report-sync (state version ${envelope.data.schemaVersion}; this one reads up to ${supportedVersion}). Upgrade report-sync, or move ${path} and ${path}.journal away to rebuild the state from the board's markers.`);
    }
    return envelope.data;
}
/** Checks the payload against the caller's schema, naming the path of the first problem. */
export function parsePayload(path, data, schema) {
    const parsed = schema.safeParse(data);
    if (!parsed.success)
        throw corrupt(path, firstIssue(parsed.error, ['data']));
    return parsed.data;
}
/** What separates the envelope's head from its data, which is written last. */
const DATA_KEY = ',"data":';
function checksumOf(dataJson) {
    return `sha256:${createHash('sha256').update(dataJson).digest('hex')}`;
}
/** One line: the head (with the data's checksum), then the data. */
export function formatEnvelope(envelope) {
    const { data, checksum: _checksum, ...head } = envelope;
    const dataJson = JSON.stringify(data);
    return `${JSON.stringify({ ...head, checksum: checksumOf(dataJson) }).slice(0, -1)}${DATA_KEY}${dataJson}}\n`;
}
/**
 * The envelope of a file exactly as report-sync writes it, of this payload
 * version, whose data still matches its checksum: that data is what a
 * checked payload was when it was saved, so it needs no schema pass. Any
 * other file (edited, damaged, older) gives undefined and is read in full.
 * Works on the bytes: the checksum is of them, and only the data is decoded.
 */
export function trustedEnvelope(bytes, version) {
    const at = bytes.indexOf(DATA_KEY);
    const end = bytes.length - 2;
    if (at < 0 || end < at || bytes.toString('latin1', end) !== '}\n')
        return undefined;
    let head;
    try {
        head = JSON.parse(`${bytes.toString('utf8', 0, at)}}`);
    }
    catch {
        return undefined;
    }
    const parsed = envelopeSchema.safeParse({ ...head, data: null });
    if (!parsed.success || parsed.data.schemaVersion !== version || parsed.data.checksum === undefined)
        return undefined;
    const data = bytes.subarray(at + DATA_KEY.length, end);
    if (checksumOf(data) !== parsed.data.checksum)
        return undefined;
    return { ...parsed.data, data: JSON.parse(data.toString('utf8')) };
}
//# sourceMappingURL=envelope.js.map