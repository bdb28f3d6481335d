/**
 * A real small disk for tests of what a full disk does: a tmpfs of a few
 * KiB, mounted for one test (this needs root, as the CI machine and the
 * development containers are; elsewhere the test is skipped and says why).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';

/** Mounts a tmpfs of `kib` KiB; undefined (and the test skipped) where that is not allowed. */
export async function smallDisk(t: TestContext, kib: number): Promise<string | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k,mode=0700`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    t.skip(`cannot mount a tmpfs here (needs root): ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  t.after(async () => {
    execFileSync('umount', ['--lazy', dir]); // lazy: a file left open by a failed test must not keep it mounted
    await rm(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Bytes still free on the file system holding `dir`. */
export async function freeBytes(dir: string): Promise<number> {
  const info = await statfs(dir);
  return info.bavail * info.bsize;
}

/** Fills the disk holding `dir` until only `leave` bytes (rounded down to a block) are free; returns the filler. */
export async function fillDisk(dir: string, leave: number): Promise<string> {
  const filler = join(dir, 'filler');
  const size = Math.max(0, (await freeBytes(dir)) - leave);
  await writeFile(filler, Buffer.alloc(size));
  return filler;
}
