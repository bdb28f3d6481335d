import { findReports } from "../reports/find.js";
import { inPool } from "../reports/pool.js";
import { fingerprintOf } from "../reports/fingerprint.js";
import { readReportBytes } from "../reports/read.js";
import { StoppedError } from "../errors.js";
import { warningIn } from "../warnings.js";
import { extractionHash } from "./settings.js";
/** Files read at once: enough to hide file system latency, few enough to stay clear of file handle limits. */
const READ_CONCURRENCY = 16;
export async function readReportInputs(config, state, deps) {
    const found = await findReports(config.sources, {
        baseDir: config.baseDir,
        cacheDir: config.gitCacheDir,
        urlTemplate: config.sourceUrlTemplate,
        logger: deps.logger,
        ...(deps.signal ? { signal: deps.signal } : {}),
    });
    const warnings = [...found.warnings];
    const syncedFrom = new Map();
    for (const record of Object.values(state.reports))
        syncedFrom.set(record.origin, (syncedFrom.get(record.origin) ?? 0) + 1);
    const readOrigins = new Set();
    for (const source of found.sources) {
        const before = syncedFrom.get(source.origin) ?? 0;
        // An emptied folder or a glob gone wrong looks like every report deleted: never take it as that.
        if (source.files === 0 && before > 0)
            warnings.push(emptiedSource(source.origin, source.root, before));
        else
            readOrigins.add(source.origin);
    }
    const files = found.reports.filter((file) => readOrigins.has(file.origin));
    const extractedWith = memoised((urlTemplate) => extractionHash(config, urlTemplate));
    const nowMs = deps.now().getTime();
    const read = await inPool(files, READ_CONCURRENCY, (file) => readOne(file, state.reports[file.id], extractedWith(file.urlTemplate), nowMs, deps));
    const result = {
        reports: [],
        removedReports: [],
        forgottenReports: [],
        parsed: 0,
        fingerprints: new Map(),
        warnings,
    };
    for (const [index, one] of read.entries()) {
        warnings.push(...one.warnings);
        if (one.report)
            result.reports.push(one.report);
        if (one.parsed)
            result.parsed++;
        if (one.fingerprint !== undefined)
            result.fingerprints.set(files[index]?.id ?? '', one.fingerprint);
    }
    const ids = new Set(files.map((f) => f.id));
    const configured = new Set([...found.sources.map((s) => s.origin), ...found.failed]);
    const forgottenOrigins = new Set();
    for (const [id, record] of Object.entries(state.reports)) {
        if (ids.has(id))
            continue;
        if (readOrigins.has(record.origin))
            result.removedReports.push(id);
        else if (configured.has(record.origin))
            result.reports.push({ id, record, status: 'unavailable' });
        else {
            result.forgottenReports.push(id);
            forgottenOrigins.add(record.origin);
        }
    }
    if (forgottenOrigins.size > 0)
        warnings.push(forgotten(result.forgottenReports.length, forgottenOrigins));
    return result;
}
async function readOne(file, stored, extractedWith, nowMs, deps) {
    const { id, displayPath, origin, urlTemplate } = file;
    const link = urlTemplate ? urlTemplate.replaceAll('{path}', displayPath) : null;
    const seen = fingerprintOf(file.path, nowMs);
    const known = stored?.extractedWith === extractedWith ? stored : undefined;
    /** The content is the one synced: neither decoded nor parsed again. */
    const unchanged = (record) => {
        const { skipped, ...synced } = record;
        const same = record.origin === origin && record.link === link && record.displayPath === displayPath;
        if (same && !skipped)
            return { report: { id, record, status: 'unchanged' }, warnings: [], parsed: false };
        // The source config changed, or the content is back to what was synced: record where and what it is now.
        return {
            report: { id, record: { ...synced, origin, link, displayPath }, status: 'changed' },
            warnings: [],
            parsed: false,
        };
    };
    if (known?.fingerprint && !known.skipped && known.fingerprint === seen?.id)
        return unchanged(known);
    stopIfAsked(deps.signal);
    const read = await readReportBytes(file.path);
    const fingerprint = seen?.settled ? seen.id : null;
    if (known && 'hash' in read && known.hash === read.hash) {
        const one = unchanged({ ...known, fingerprint });
        return (known.fingerprint ?? null) === fingerprint ? one : { ...one, fingerprint };
    }
    // Content skipped before is not parsed again (a rerun stays a no-op): it is only told again.
    const skip = stored?.skipped;
    if (stored && skip && 'hash' in read && skip.hash === read.hash && skip.extractedWith === extractedWith) {
        const warning = { code: 'report-skipped', report: displayPath, message: skippedBefore(skip.reason) };
        return { report: { id, record: stored, status: 'unavailable' }, warnings: [warning], parsed: false };
    }
    stopIfAsked(deps.signal);
    // Loaded with the first changed report: the parsers (markdown-it, yaml) are not needed for unchanged ones.
    const { loadReadReport } = await import("../reports/load.js");
    const loaded = loadReadReport(file.path, read, { rules: deps.rules() });
    const warnings = loaded.warnings.map((w) => warningIn(displayPath, w, 'report'));
    if (!loaded.report) {
        const why = 'could not be read or parsed; its last synced content still counts';
        warnings.push({ code: 'report-unreadable', report: displayPath, message: why });
        if ('hash' in read) {
            // Remembered by its hash (recorded as a change of the report, so that the state keeps it).
            const reason = loaded.warnings.at(-1)?.message ?? 'could not be read';
            const record = { ...(stored ?? neverSynced(displayPath, origin, link, extractedWith)) };
            record.skipped = { hash: read.hash, extractedWith, reason };
            return { report: { id, record, status: 'changed' }, warnings, parsed: false };
        }
        const kept = stored ? { id, record: stored, status: 'unavailable' } : null;
        return { report: kept, warnings, parsed: false };
    }
    const { title, metadata, items, contentHash } = loaded.report;
    const record = {
        hash: contentHash,
        extractedWith,
        fingerprint,
        displayPath,
        origin,
        title,
        date: metadata.date ?? null,
        link,
        items: items.map((item) => ({
            key: item.key,
            kind: item.kind,
            status: item.status,
            text: item.text,
            title: item.title,
            description: item.description,
            checklist: item.checklist.map(({ text, checked }) => ({ text, checked })),
            section: item.section,
            line: item.line,
            owners: item.owners,
            due: item.due,
        })),
    };
    return { report: { id, record, status: 'changed' }, warnings, parsed: true };
}
function memoised(make) {
    const made = new Map();
    return (key) => {
        if (!made.has(key))
            made.set(key, make(key));
        return made.get(key);
    };
}
/** Parsing is synchronous: a stop asked for is honoured between files, within one parse budget. */
function stopIfAsked(signal) {
    if (signal?.aborted)
        throw new StoppedError('stopped while reading the reports; nothing was written to Trello');
}
/** The record of a report whose first content was skipped: nothing synced from it, no items. */
function neverSynced(displayPath, origin, link, extractedWith) {
    return { hash: '', extractedWith, displayPath, origin, title: null, date: null, link, items: [] };
}
function skippedBefore(reason) {
    return `${reason.replace(/^skipped: /, 'skipped, as on an earlier run: ')} (not read again until the file changes)`;
}
function emptiedSource(origin, root, before) {
    return {
        code: 'source-emptied',
        message: `source ${origin} skipped: it names no report file now, though ${before} report(s) were synced from it before; they count as unavailable and none of their items vanish`,
        fix: `check that the path or pattern (relative to ${root}) still points at the reports, or remove the source from the config if they are gone for good`,
    };
}
function forgotten(count, origins) {
    return {
        code: 'sources-forgotten',
        message: `${count} report(s) from sources no longer configured (${[...origins].join(', ')}) are forgotten; their cards are left as they are (nothing is archived or commented)`,
        fix: 'add the source back to the config if that was not intended',
    };
}
//# sourceMappingURL=inputs.js.map