// A separate process that holds a state file, for tests that kill it with SIGKILL
// or that need another run to take the file over.
// Usage: node state-child.ts <path> hold|checkpoints|takeover
import { writeFile } from 'node:fs/promises';
import { silentLogger } from '../../src/log/logger.ts';
import { openStateFile } from '../../src/state/store.ts';
import { testPayloadSchema, payloadWith } from './payload.ts';

const [path, mode] = process.argv.slice(2);
if (path === undefined) throw new Error('usage: state-child.ts <path> hold|checkpoints|takeover');
const state = await openStateFile(path, {
  schema: testPayloadSchema,
  lockTimeoutMs: 20_000,
  staleLockMs: 2_000,
  logger: silentLogger(),
});
if (mode === 'hold') {
  process.stdout.write('locked\n');
  setInterval(() => undefined, 1_000); // stays alive until killed
} else if (mode === 'takeover') {
  // Waits for the holder's lock to go stale, saves counter 100, releases, and says so in <path>.taken.
  await state.checkpoint(payloadWith(100, 3));
  await state.release();
  await writeFile(`${path}.taken`, 'done\n');
} else {
  // Checkpoints forever with growing payloads, announcing each save.
  for (let n = (state.data?.counter ?? 0) + 1; ; n++) {
    await state.checkpoint(payloadWith(n, 200));
    process.stdout.write(`saved ${n}\n`);
  }
}
