// `report-sync extract` over the whole corpus, as a user runs it (a real process, table output).
import { performance } from 'node:perf_hooks';
import { CORPUS, runCli } from '../tests/helpers/cli.ts';

const GOAL_MS = 2000;

export async function run(): Promise<void> {
  const started = performance.now();
  const result = await runCli(['extract', '--format', 'table', CORPUS]);
  const elapsed = performance.now() - started;
  if (result.code !== 0) throw new Error(`extract failed (exit ${result.code}): ${result.stderr}`);
  const summary = result.stdout.trim().split('\n').at(-1) ?? '';
  console.log(
    `extract over the corpus: ${elapsed.toFixed(0)} ms wall (${summary}); goal < ${GOAL_MS} ms: ${elapsed < GOAL_MS ? 'met' : 'MISSED'}`,
  );
}
