/** A sync or plan that read no report at all did nothing useful, and says why in one line. */
import { formatWarning } from "../warnings.js";
/** Warnings quoted in the line; the log has them all. */
const QUOTED = 2;
/** Null when the run read a report (or reads none by design); else the reason, from its warnings. */
export function nothingReadReason(read, warnings, what = 'synced') {
    if (read.reportsRead !== 0)
        return null;
    const failed = warnings.filter((w) => w.code === 'source-failed');
    const cause = failed.length >= read.sources ? 'every source failed' : 'no report could be read from the sources';
    // The failed sources first: they are the likeliest reason.
    const quoted = [...failed, ...warnings.filter((w) => w.code !== 'source-failed')];
    const shown = quoted.slice(0, QUOTED).map(formatWarning);
    const more = quoted.length > QUOTED ? `; and ${quoted.length - QUOTED} more in the log` : '';
    const why = shown.length > 0 ? ` (${shown.join('; ')}${more})` : '';
    return `nothing was ${what}: ${cause}${why}. Fix: correct the sources; \`report-sync doctor\` checks them.`;
}
//# sourceMappingURL=nothing-read.js.map