import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A real bare repository in a temp dir, and a working clone that commits and pushes to it. */
export interface GitFixture {
  dir: string;
  url: string;
  commit(files: Record<string, string>, message: string): void;
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
    commit(files, message) {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(work, path)), { recursive: true });
        writeFileSync(join(work, path), text);
      }
      git(work, 'add', '--all');
      git(work, 'commit', '--quiet', '-m', message);
      git(work, 'push', '--quiet', 'origin', branch);
    },
  };
}
