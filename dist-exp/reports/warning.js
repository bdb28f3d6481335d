import { relative, sep } from 'node:path';
import { warningIn } from "../warnings.js";
/** Paths below the working directory are shown relative to it, with `/` on every platform. */
export function displayPath(path, cwd) {
    const rel = relative(cwd, path);
    return rel === '' || rel.startsWith('..') || rel.startsWith(sep) ? path : rel.split(sep).join('/');
}
/** A file's warning as the run's, its file shown relative to the working directory. */
export function shownWarning(warning, cwd) {
    return warningIn(displayPath(warning.path, cwd), warning, 'report');
}
//# sourceMappingURL=warning.js.map