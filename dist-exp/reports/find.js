import { warningIn } from "../warnings.js";
import { discoverReports } from "./discover.js";
import { locate } from "./locate.js";
import { resolveSources } from "./sources.js";
export async function findReports(specs, options) {
    const resolved = await resolveSources(specs, {
        baseDir: options.baseDir,
        cacheDir: options.cacheDir,
        logger: options.logger,
        ...(options.signal ? { signal: options.signal } : {}),
    });
    const warnings = resolved.failed.map((f) => ({
        code: 'source-failed',
        message: `source ${f.origin} skipped: ${f.reason}`,
    }));
    const byId = new Map();
    const sources = [];
    for (const source of resolved.patterns) {
        const discovery = await discoverReports([source.pattern], source.root);
        warnings.push(...discovery.warnings.map((w) => warningIn(w.path, w, 'source-names-nothing')));
        sources.push({ origin: source.origin, root: source.root, files: discovery.files.length });
        for (const path of discovery.files) {
            const where = locate(source, path);
            const first = byId.get(where.id);
            const urlTemplate = source.urlTemplate ?? options.urlTemplate;
            if (!first)
                byId.set(where.id, { path, ...where, origin: source.origin, urlTemplate });
            else if (first.path !== path)
                warnings.push(sameId(path, where.id, first));
        }
    }
    return { reports: [...byId.values()], sources, failed: resolved.failed.map((f) => f.origin), warnings };
}
function sameId(path, id, first) {
    return {
        code: 'report-id-taken',
        report: path,
        message: `has the same report id "${id}" as ${first.path} (source ${first.origin}); only that one is read`,
        fix: 'give the sources distinct folders or file names',
    };
}
//# sourceMappingURL=find.js.map