import { wantedFields } from "./card-values.js";
import { dueInstant } from "./due.js";
import { reportName, sourceLink } from "./render.js";
export function desiredCard(occurrences, board, settings) {
    const { item, sources, key } = occurrences;
    const warnings = [];
    const fields = wantedFields({
        key,
        item,
        sources,
        board,
        perReportLabels: settings.perReportLabels,
        dueAt: (date) => dueInstant(date, settings.due.time, settings.due.timeZone),
        warn: (warning) => warnings.push(warning),
    });
    return {
        card: {
            kind: item.kind,
            status: item.status,
            ...fields,
            checklist: item.checklist,
            sources: sources.map((s) => s.reportId),
            doneIn: item.status === 'done' ? doneNotice(occurrences) : null,
        },
        warnings,
    };
}
/** `Done in Uke 31 (2016-08-01) · [uke_31.rst:12](…)`: the newest report, where the item is done. */
function doneNotice({ sources }) {
    const newest = sources.at(-1);
    if (!newest)
        return null;
    return { reportId: newest.reportId, text: `Done in ${reportName(newest)} · ${sourceLink(newest)}` };
}
//# sourceMappingURL=desired.js.map