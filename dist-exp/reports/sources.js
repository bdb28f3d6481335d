import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { checkoutRepository, redactUrls } from "./git.js";
import { isInside, literalPart } from "./pattern-base.js";
/**
 * Turns the configured sources into local patterns: paths pass through, git
 * repositories are cloned or pulled first. A source that fails is returned in
 * `failed` (for the caller to report) and skipped; the others still resolve.
 */
export async function resolveSources(specs, options) {
    const result = { patterns: [], failed: [] };
    for (const spec of specs) {
        const origin = describeSource(spec);
        try {
            const source = spec.kind === 'git' ? await resolveGit(spec, origin, options) : resolvePath(spec, origin, options);
            await assertPatternBaseExists(source);
            result.patterns.push(source);
        }
        catch (error) {
            result.failed.push({ spec, origin, reason: error instanceof Error ? error.message : String(error) });
        }
    }
    return result;
}
function describeSource(spec) {
    return spec.kind === 'git' ? `${redactUrls(spec.url)}#${spec.branch}:${spec.path}` : spec.pattern;
}
function resolvePath(spec, origin, options) {
    return { root: options.baseDir, pattern: spec.pattern, urlTemplate: spec.urlTemplate, origin };
}
async function resolveGit(spec, origin, options) {
    const checkout = await checkoutRepository(spec.url, spec.branch, {
        cacheRoot: options.cacheDir,
        logger: options.logger,
        ...(options.signal ? { signal: options.signal } : {}),
    });
    options.logger.info({ source: origin, commit: checkout.commit }, 'git source up to date');
    await assertInsideClone(spec.path, checkout.dir);
    const urlTemplate = spec.urlTemplate ?? deriveUrlTemplate(spec.url, spec.branch);
    return { root: checkout.dir, pattern: spec.path, urlTemplate, origin };
}
/**
 * A git source reads its repository and nothing else: an absolute `path`, one that climbs out
 * (`../../..`), or a folder committed as a symlink to somewhere else fails the source.
 */
async function assertInsideClone(path, clone) {
    const fix = 'Fix: give a path inside the repository, relative to its top (e.g. "reports" or "docs/**/*.md")';
    if (isAbsolute(path))
        throw new Error(`path ${JSON.stringify(path)} is absolute. ${fix}`);
    const root = await realpath(clone);
    const base = await realpath(resolve(clone, literalPart(path))).catch(() => null);
    // A base that does not exist is assertPatternBaseExists's to report.
    if (base !== null && !isInside(base, root))
        throw new Error(`path ${JSON.stringify(path)} leads out of the repository (to ${base}). ${fix}`);
}
/**
 * The source link of a file in a GitHub or GitLab repository given by an https
 * URL: `https://github.com/org/repo/blob/<branch>/{path}#L{line}` (GitLab adds
 * `/-`). Null for other hosts and URL forms, which need an explicit urlTemplate.
 */
export function deriveUrlTemplate(url, branch) {
    const match = /^https:\/\/(?:[^/@]*@)?(github\.com|gitlab\.com)\/(.+?)(?:\.git)?\/?$/i.exec(url);
    if (!match)
        return null;
    const [, host, repoPath] = match;
    const blob = host?.toLowerCase() === 'gitlab.com' ? '-/blob' : 'blob';
    return `https://${host}/${repoPath}/${blob}/${encodeURIComponent(branch).replace(/%2F/g, '/')}/{path}#L{line}`;
}
/** A literal path, or the literal directories a glob starts with, must exist: a typo is a failed source, not an empty one. */
async function assertPatternBaseExists(source) {
    const base = literalPart(source.pattern);
    const found = await stat(resolve(source.root, base)).then(() => true, () => false);
    if (!found)
        throw new Error(`${base} does not exist (under ${source.root})`);
}
//# sourceMappingURL=sources.js.map