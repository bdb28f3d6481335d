const WHY = {
    empty: 'nothing is left of them once markup, numbering and status tags are removed',
    placeholder: 'they are placeholders (`TBD`, `-`, `none`), not tasks',
    'next-meeting': 'they announce the next meeting',
    'link-only': 'they are links to a document or place, not tasks',
    'needs-owner': 'they stand in a section of actions and decisions and name no owner, so they read as decisions',
};
const SHOWN_TEXT = 60;
export class DroppedCandidates {
    #byRule = new Map();
    add(rule, line, text) {
        const seen = this.#byRule.get(rule);
        if (seen)
            seen.count++;
        else
            this.#byRule.set(rule, { count: 1, line, text });
    }
    warnings() {
        return [...this.#byRule].map(([rule, { count, line, text }]) => {
            const shown = text.length > SHOWN_TEXT ? `${text.slice(0, SHOWN_TEXT)}…` : text;
            const first = shown.trim() === '' ? '' : ` (the first: ${JSON.stringify(shown)})`;
            return {
                code: 'items-dropped',
                line,
                message: `${count} candidate item${count === 1 ? ' was' : 's were'} left out, as ${WHY[rule]}${first}`,
                fix: 'nothing to do if that is right; docs/extraction.md ("Not items") says how to write them so they count',
            };
        });
    }
}
//# sourceMappingURL=dropped.js.map