/**
 * What extraction makes of each heading and label, for `report-sync
 * outline`: its class (docs/extraction.md, "Headings"), so a user can see why
 * a section was or was not read.
 */
import type { HeadingClass } from '../languages/index.ts';
import type { OutlineNotes } from '../parse/tree-view.ts';
import { labelOf } from './labels.ts';
import type { ExtractionRules } from './options.ts';

const CLASS_NAMES: Record<HeadingClass, string> = {
  excluded: 'excluded: meetings and events, read as no class',
  attendance: 'attendance: never read for items',
  done: 'done: its items complete cards',
  taskList: 'task list',
  plan: 'plan',
};

export function outlineNotes(rules: ExtractionRules): OutlineNotes {
  const describe = (text: string): string | undefined => {
    const headingClass = rules.headings.classOf(text);
    if (!headingClass) return undefined;
    return rules.headings.isMixed(text)
      ? 'task list, mixed with decisions: only owned or marked items'
      : CLASS_NAMES[headingClass];
  };
  return {
    heading: describe,
    paragraph: (paragraph) => {
      const label = labelOf(paragraph, rules);
      if (label !== null) return `label: ${describe(label) ?? 'no class'}`;
      const head = /^([^:：]{1,60})[:：]\s*\S/u.exec(paragraph.text)?.[1];
      const headingClass = head ? rules.headings.classOf(head) : null;
      return headingClass === 'plan' || headingClass === 'taskList'
        ? `label and items: ${CLASS_NAMES[headingClass]}`
        : undefined;
    },
  };
}
