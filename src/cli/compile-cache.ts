/**
 * Node's module compile cache, on before any command loads: the modules of a
 * command are then compiled from what an earlier run kept (V8 code cache)
 * instead of from source, a third of a no-op sync's start-up.
 *
 * Where: NODE_COMPILE_CACHE when set (Node's own switch, which it reads
 * itself; NODE_DISABLE_COMPILE_CACHE=1 turns it off), else a folder of this
 * user's own in the temp folder. Cached code is run as it is, so a folder
 * another user made, or may write to, is not used: its owner could make
 * report-sync run their code. Imported first by main.ts, for its side effect.
 * Nothing here can fail a command: a cache that cannot be used (a read-only
 * or full temp folder) is no cache.
 */
import { lstatSync, mkdirSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A folder of this user's own, which no one else may write to; null when there is none to be had. */
function ownFolder(): string | null {
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `report-sync-compile-cache-${uid ?? 'user'}`);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return null;
  }
  try {
    const info = lstatSync(dir);
    if (!info.isDirectory()) return null;
    // Without user ids (Windows) the temp folder is the user's own already.
    if (uid !== undefined && (info.uid !== uid || (info.mode & 0o022) !== 0)) return null;
  } catch {
    return null;
  }
  return dir;
}

if (!process.env['NODE_COMPILE_CACHE'] && !process.env['NODE_DISABLE_COMPILE_CACHE']) {
  const dir = ownFolder();
  if (dir) enableCompileCache(dir);
}
