import { CARD_FIELDS, plannedIds } from "./card-fields.js";
import { withDescParts } from "./description.js";
import { changedFields, leftAlone } from "./card-values.js";
import { diffChecklist, NO_CHECKLIST_STEPS } from "./checklist.js";
export function diffCard(record, card, checklists, want, checklistName) {
    const was = withDescParts(record.written, card);
    const changed = changedFields(card, was);
    const people = leftAlone(changed);
    const fields = [];
    let written = { ...was };
    for (const field of CARD_FIELDS) {
        if (people.includes(field.name) || !field.outdated(want, was))
            continue;
        fields.push(field.name);
        written = { ...written, ...field.record(want, plannedIds) };
    }
    const personFields = [...changed];
    const onCard = checklists.filter((c) => c.idCard === card.id);
    const checklist = diffChecklist(was.checklist, onCard, want.checklist, checklistName);
    if (checklist === 'person') {
        personFields.push('checklist');
        return { fields, personFields, written, checklist: NO_CHECKLIST_STEPS, adoptChecklist: null };
    }
    if (checklist.adopt)
        written.checklist = checklist.adopt;
    return { fields, personFields, written, checklist, adoptChecklist: checklist.adopt };
}
//# sourceMappingURL=card-diff.js.map