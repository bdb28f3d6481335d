import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { lock } from 'proper-lockfile';
import { redactUrls } from "../log/redact.js";
import { credentialEnvironment, credentialOptions, splitCredential, } from "./git-credential.js";
/** How long one git command may take before it is killed. */
const GIT_TIMEOUT_MS = 120_000;
// Sources name it through here; the one redaction function lives with the log.
export { redactUrls };
/** A stable, readable directory name per repository and branch; credentials do not change it. */
function cacheDirName(url, branch) {
    const withoutUserinfo = url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
    const hash = createHash('sha256').update(`${withoutUserinfo}\n${branch}`).digest('hex').slice(0, 12);
    const repoName = withoutUserinfo
        .replace(/\/+$/, '')
        .split(/[/:]/)
        .pop()
        ?.replace(/\.git$/, '') ?? '';
    const slug = `${repoName}-${branch}`.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);
    return `${slug}-${hash}`;
}
/**
 * Brings the cached clone of `url` at `branch` up to date and returns where it is.
 * The cache is ours: local changes are discarded. A clone that fails to update is
 * removed, so that a broken clone is rebuilt on the next run rather than failing
 * forever.
 */
export async function checkoutRepository(url, branch, options) {
    const dir = join(options.cacheRoot, cacheDirName(url, branch));
    const remote = splitCredential(url);
    const git = (command, ...args) => runGit(dir, command, args, remote, options);
    await mkdir(options.cacheRoot, { recursive: true });
    // A worker and a one-shot run may share the cache; git alone would fail on its index lock.
    const release = await lock(dir, {
        lockfilePath: `${dir}.lock`,
        realpath: false,
        retries: {
            retries: Math.ceil((options.timeoutMs ?? GIT_TIMEOUT_MS) / 1000),
            factor: 1,
            minTimeout: 1000,
        },
        onCompromised: (error) => options.logger.warn({ err: error }, 'git cache lock was taken over'),
    });
    try {
        const ref = `refs/remotes/origin/${branch}`;
        if (await exists(join(dir, '.git'))) {
            options.logger.debug({ repo: redactUrls(url), branch }, 'updating git source');
            // A clone made by an older report-sync stored the URL with its credential: store it bare.
            await git('remote', 'set-url', 'origin', remote.url);
            await git('fetch', '--quiet', '--depth', '1', '--', remote.url, `+refs/heads/${branch}:${ref}`);
            await git('reset', '--quiet', '--hard', ref);
            await git('clean', '--quiet', '-fdx');
        }
        else {
            options.logger.debug({ repo: redactUrls(url), branch }, 'cloning git source');
            await rm(dir, { recursive: true, force: true });
            await mkdir(dir);
            await git('clone', '--quiet', '--depth', '1', '--single-branch', `--branch=${branch}`, '--', remote.url, '.');
        }
        return { dir, commit: await git('rev-parse', 'HEAD') };
    }
    catch (error) {
        // A run that was stopped leaves the clone for the next run to update.
        if (!options.signal?.aborted)
            await rm(dir, { recursive: true, force: true });
        throw error;
    }
    finally {
        await release();
    }
}
/** Runs one git command in `cwd` with an argument array (never a shell) and resolves to its trimmed stdout. */
function runGit(cwd, command, args, remote, options) {
    const timeout = options.timeoutMs ?? GIT_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
        execFile('git', [...credentialOptions(remote), command, ...args], {
            cwd,
            timeout,
            killSignal: 'SIGKILL',
            env: { ...gitEnvironment(), ...credentialEnvironment(remote) },
            ...(options.signal ? { signal: options.signal } : {}),
        }, (error, stdout, stderr) => {
            if (!error)
                return resolve(stdout.trim());
            // The error's own message repeats the command line, URL and all: build a safe one instead.
            const why = options.signal?.aborted
                ? 'stopped'
                : error.killed
                    ? `timed out after ${timeout} ms`
                    : redactUrls(stderr.replace(/\s+/g, ' ').trim()).slice(0, 300) ||
                        `exit code ${String(error.code)}`;
            reject(new Error(`git ${command} failed: ${why}`));
        });
    });
}
function exists(path) {
    return stat(path).then(() => true, () => false);
}
/** What git may need of the environment (paths, ssh agent, proxies), and nothing else: the Trello token stays out. */
const PASSED_TO_GIT = /^(PATH|HOME|USER|TMPDIR|SSH_AUTH_SOCK|GIT_SSH|GIT_SSH_COMMAND|GIT_ASKPASS|(https?|no|all)_proxy)$/i;
function gitEnvironment() {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => PASSED_TO_GIT.test(name)));
    // Stable English messages, and never a prompt for credentials that nobody will answer.
    return { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}
//# sourceMappingURL=git.js.map