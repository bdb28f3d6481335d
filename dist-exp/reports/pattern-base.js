/** Where a source pattern starts on disk, and whether a path stays under it. */
import { isAbsolute, relative } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
/**
 * The literal part a pattern starts with: a path as given, or the directories before a glob's
 * first dynamic segment (`reports/2024/*.md` -> `reports/2024`); `.` when the glob starts at once.
 */
export function literalPart(pattern) {
    const literal = [];
    for (const segment of pattern.split('/')) {
        if (isDynamicPattern(segment))
            break;
        literal.push(segment);
    }
    return literal.length === 0 ? '.' : literal.join('/') || '/';
}
/** Whether `path` is `root` or below it (both absolute and already resolved). */
export function isInside(path, root) {
    const rel = relative(root, path);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
//# sourceMappingURL=pattern-base.js.map