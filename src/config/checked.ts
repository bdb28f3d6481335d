/**
 * Config files checked before, by content. A command whose config file is one
 * this report-sync checked already uses what that check gave and skips it:
 * zod's schema, the heading-pattern check and compiling the extraction rules,
 * ~50 ms and ~10 MiB of a no-op sync. A config that fails its check is never
 * kept, so a bad config always gets the check's own error.
 *
 * An entry is kept per config file (by its path) and holds the key of what
 * was checked: report-sync's version, the schema it was checked against
 * (config/report-sync.schema.json, which a test holds equal to schema.ts) and
 * the file's text; any change to one of them checks the file again. Entries
 * live in the folder of Node's compile cache (src/cli/compile-cache.ts),
 * which is this user's own; without one (a library caller, a cache that could
 * not be made) every load checks in full. Nothing here fails a command: an
 * entry that cannot be read or written is no entry.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { getCompileCacheDir } from 'node:module';
import { join } from 'node:path';
import type { ConfigFile } from './schema.ts';

const ROOT = new URL('../../', import.meta.url);

interface Entry {
  key: string;
  file: ConfigFile;
}

/** Where the entry for a config file lives (null without a cache), and the key its content must have. */
function entryOf(configPath: string | null, text: string): { path: string; key: string } | null {
  const cacheDir = getCompileCacheDir();
  if (cacheDir === undefined) return null;
  let checker: string;
  try {
    const { version } = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as {
      version: string;
    };
    checker = `${version}\n${readFileSync(new URL('config/report-sync.schema.json', ROOT), 'utf8')}`;
  } catch {
    return null;
  }
  const hash = (value: string) => createHash('sha256').update(value).digest('hex');
  return {
    path: join(cacheDir, 'report-sync-config', `${hash(configPath ?? '(defaults)').slice(0, 32)}.json`),
    key: hash(`${checker}\n${configPath ?? ''}\n${text}`),
  };
}

/** What checking this config file (null: none, the defaults) gave before, or undefined. */
export function checkedBefore(configPath: string | null, text: string): ConfigFile | undefined {
  const entry = entryOf(configPath, text);
  if (!entry) return undefined;
  try {
    const kept = JSON.parse(readFileSync(entry.path, 'utf8')) as Entry;
    return kept.key === entry.key ? kept.file : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps what the check of a config file gave, for the next command that loads it. */
export function keepChecked(configPath: string | null, text: string, file: ConfigFile): void {
  // A git URL with a user or password in it stays in the user's config file and nowhere else.
  if (file.sources.some(carriesCredentials)) return;
  const entry = entryOf(configPath, text);
  if (!entry) return;
  const temp = `${entry.path}.${process.pid}.tmp`;
  try {
    mkdirSync(join(entry.path, '..'), { recursive: true, mode: 0o700 });
    writeFileSync(temp, JSON.stringify({ key: entry.key, file } satisfies Entry), { mode: 0o600 });
    renameSync(temp, entry.path); // whole or not at all, for a command reading it meanwhile
  } catch {
    rmSync(temp, { force: true }); // no entry: the next command checks again
  }
}

function carriesCredentials(source: ConfigFile['sources'][number]): boolean {
  if (typeof source === 'string' || !('git' in source)) return false;
  try {
    const url = new URL(source.git);
    return url.username !== '' || url.password !== '';
  } catch {
    return false; // scp-like `git@host:org/repo`: its user is no secret
  }
}
