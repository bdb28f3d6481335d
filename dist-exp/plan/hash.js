/** Short stable hashes for equality checks the planner needs (pure computation, no I/O). */
import { createHash } from 'node:crypto';
function sha256(text) {
    return createHash('sha256').update(text).digest('hex').slice(0, 24);
}
/**
 * The hash of a card description as stored in `written.descHash`. Line endings
 * and trailing whitespace are normalised: Trello may trim what it stores.
 */
export function descHash(desc) {
    return sha256(desc.replace(/\r\n?/g, '\n').trimEnd());
}
/** A hash of any JSON value with object keys sorted, so that key order never matters. */
export function stableHash(value) {
    return sha256(JSON.stringify(value, (_key, v) => (isPlainObject(v) ? sortKeys(v) : v)));
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function sortKeys(value) {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
//# sourceMappingURL=hash.js.map