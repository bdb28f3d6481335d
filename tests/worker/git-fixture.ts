import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A real bare repository in a temp dir, and a working clone that commits and pushes to it. */
export interface GitFixture {
  dir: string;
  url: string;
  /** Commits `files` (path -> text) and `links` (path -> symlink target, as git stores it). */
  commit(files: Record<string, string>, message: string, links?: Record<string, string>): void;
}

export function createGitFixture(branch = 'main'): GitFixture {
  const dir = mkdtempSync(join(tmpdir(), 'report-sync-git-'));
  const bare = join(dir, 'remote.git');
  const work = join(dir, 'work');
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd,
      stdio: 'pipe',
    });
  git(dir, 'init', '--quiet', '--bare', `--initial-branch=${branch}`, bare);
  git(dir, 'init', '--quiet', `--initial-branch=${branch}`, work);
  git(work, 'remote', 'add', 'origin', bare);
  return {
    dir,
    url: pathToFileURL(bare).href,
    commit(files, message, links = {}) {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(work, path)), { recursive: true });
        writeFileSync(join(work, path), text);
      }
      for (const [path, target] of Object.entries(links)) {
        mkdirSync(dirname(join(work, path)), { recursive: true });
        symlinkSync(target, join(work, path));
      }
      git(work, 'add', '--all');
      git(work, 'commit', '--quiet', '-m', message);
      git(work, 'push', '--quiet', 'origin', branch);
    },
  };
}
