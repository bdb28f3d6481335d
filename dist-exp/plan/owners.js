const fold = (text) => text.normalize('NFKC').trim().toLocaleLowerCase('en');
export function memberResolver(members, people) {
    const byUsername = new Map(members.map((m) => [fold(m.username), m.id]));
    const byFullName = new Map();
    for (const member of members) {
        const name = fold(member.fullName);
        // Two members of one name: neither is guessed.
        if (name)
            byFullName.set(name, byFullName.has(name) ? '' : member.id);
    }
    const roster = new Map(Object.entries(people).map(([name, username]) => [fold(name), username]));
    const username = (text) => byUsername.get(fold(text.replace(/^@/, ''))) ?? null;
    return (owner) => {
        const listed = roster.get(fold(owner));
        if (listed !== undefined)
            return username(listed);
        return username(owner) ?? (byFullName.get(fold(owner)) || null);
    };
}
/** The owners (as written) none of the board's members stands for, in the order first met. */
export function unresolvedOwners(owners, resolve) {
    const unresolved = new Set();
    for (const owner of owners)
        if (resolve(owner) === null)
            unresolved.add(owner);
    return [...unresolved];
}
//# sourceMappingURL=owners.js.map