/**
 * From what the outline walk found to the item records of
 * docs/extraction.md ("The item record"): status tags, owners from the text,
 * due date, title and key are derived here; text that is no task is dropped;
 * the same normalised text twice in one report collapses to its first
 * occurrence (a repeat in another person group adds its owners).
 */
import { fromIso } from "../languages/dates/index.js";
import { ParseLimitExceeded } from "../parse/budget.js";
import { findDue } from "./due.js";
import { keyOfNormalised, normaliseText } from "./normalise.js";
import { isNotAnItem, notAnItemRule } from "./not-items.js";
import { handlesIn, rosterOwners, rosterSpelling } from "./owners.js";
import { readStatus } from "./status.js";
import { makeTitle } from "./text.js";
/**
 * Item records in document order, one per distinct normalised text. Throws ParseLimitExceeded
 * past `maxItems`, BudgetExceeded past the budget: the report is then skipped whole.
 */
export function toItems(findings, context) {
    const reference = context.reportDate ? fromIso(context.reportDate) : null;
    const items = new Map();
    for (const finding of findings) {
        context.budget?.check(finding.line);
        const item = toItem(finding, context.roster, reference);
        if (typeof item === 'string') {
            context.dropped.add(item, finding.line, finding.text);
            continue;
        }
        const first = items.get(item.key);
        if (!first) {
            if (items.size >= context.maxItems)
                throw tooManyItems(context.maxItems, finding.line);
            items.set(item.key, item);
        }
        else if (finding.grouped)
            for (const owner of item.owners)
                if (!first.owners.includes(owner))
                    first.owners.push(owner);
    }
    return [...items.values()];
}
function tooManyItems(max, line) {
    return new ParseLimitExceeded('too-many-items', line, `the report holds more than ${max} items (item ${max + 1} is on this line), more than any report a team writes: it is read as an export or a log, not as tasks`, 'split the report, leave it out of the sources, or raise extraction.maxItemsPerReport in the config');
}
function toItem(finding, roster, reference) {
    const tagged = readStatus(finding.text);
    const text = tagged.text;
    const normalised = normaliseText(text);
    const notAnItem = notAnItemRule(text, finding.links ?? [], normalised);
    if (notAnItem)
        return notAnItem;
    const owners = unique([...finding.owners, ...handlesIn(text, finding.code), ...rosterOwners(text, roster)].map((o) => rosterSpelling(o, roster)));
    if (finding.needsOwner && owners.length === 0)
        return 'needs-owner';
    const status = finding.status === 'done' || tagged.status === 'done' ? 'done' : 'open';
    const due = status === 'done' ? null : (finding.due ?? findDue(text, reference));
    return {
        kind: finding.kind,
        status,
        text,
        title: makeTitle(text),
        description: finding.description,
        checklist: finding.checklist,
        section: finding.section,
        line: finding.line,
        owners,
        due,
        key: keyOfNormalised(normalised),
    };
}
function unique(names) {
    return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
}
/** A checklist entry's text: status tags removed, and whether it is done; null for text that is no task (a bare link). */
export function checklistEntry(text, boxChecked, links = []) {
    const tagged = readStatus(text);
    // Without a letter or digit nothing is left once markup is gone (normaliseText would say '').
    if (!/[\p{L}\p{N}]/u.test(tagged.text) || isNotAnItem(tagged.text, links, tagged.text))
        return null;
    return { text: tagged.text, checked: boxChecked || tagged.status === 'done' };
}
//# sourceMappingURL=record.js.map