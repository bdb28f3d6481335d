/** Notes, and logs once, what a person changed since the plan and report-sync therefore did not write. */
export function leaveToPeople(ctx, entry) {
    ctx.left.push(entry);
    ctx.logger.warn({ item: entry.key, title: entry.title, fields: entry.fields }, `left as a person changed it since the plan: ${entry.fields.join(', ')}`);
}
/** The ids of the lists and labels a card goes in, those created earlier in this run included. */
export function appliedIds(ctx) {
    return {
        list: (ref) => {
            const id = ref.id ?? ctx.created.lists.get(ref.name);
            if (!id)
                throw new Error(`list "${ref.name}" was to be created earlier in this run, and was not`);
            return id;
        },
        labels: (refs) => refs.map((ref) => {
            const id = ref.id ?? ctx.created.labels.get(ref.name);
            if (!id)
                throw new Error(`label "${ref.name}" was to be created earlier in this run, and was not`);
            return id;
        }),
    };
}
export function recordOf(ctx, key) {
    const record = ctx.state.cards[key];
    if (!record)
        throw new Error(`no state record for item ${key}`);
    return record;
}
//# sourceMappingURL=context.js.map