/** Runs `task` over `items` with at most `limit` at a time; results in the order of `items`. */
export async function inPool(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        for (let index = next++; index < items.length; index = next++)
            results[index] = await task(items[index]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
//# sourceMappingURL=pool.js.map