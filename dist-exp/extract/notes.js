import { labelOf } from "./labels.js";
const CLASS_NAMES = {
    excluded: 'excluded: meetings and events, read as no class',
    attendance: 'attendance: never read for items',
    done: 'done: its items complete cards',
    taskList: 'task list',
    plan: 'plan',
};
export function outlineNotes(rules) {
    const describe = (text) => {
        const headingClass = rules.headings.classOf(text);
        if (!headingClass)
            return undefined;
        return rules.headings.isMixed(text)
            ? 'task list, mixed with decisions: only owned or marked items'
            : CLASS_NAMES[headingClass];
    };
    return {
        heading: describe,
        paragraph: (paragraph) => {
            const label = labelOf(paragraph, rules);
            if (label !== null)
                return `label: ${describe(label) ?? 'no class'}`;
            const head = /^([^:：]{1,60})[:：]\s*\S/u.exec(paragraph.text)?.[1];
            const headingClass = head ? rules.headings.classOf(head) : null;
            return headingClass === 'plan' || headingClass === 'taskList'
                ? `label and items: ${CLASS_NAMES[headingClass]}`
                : undefined;
        },
    };
}
//# sourceMappingURL=notes.js.map