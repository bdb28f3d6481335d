// A skipped report is remembered by its hash and not parsed again; a stop asked for while reading is honoured (issue 15, finding 10).
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadConfig } from '../../src/config/index.ts';
import { StoppedError } from '../../src/errors.ts';
import { compileRules } from '../../src/extract/index.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { emptySyncState, type SyncState } from '../../src/state/sync-state.ts';
import { readReportInputs, type ReportInputs } from '../../src/sync/inputs.ts';
import { formatWarning } from '../../src/warnings.ts';
import { tempDir } from './e2e-helpers.ts';

const GOOD = '# Uke 1\n\n## Planlagte aktiviteter\n\n- Skrive rapport\n';
// Quotes nested past what Markdown reads: the report is skipped, naming the line.
const TOO_DEEP = `# Uke 2\n\n${'> '.repeat(120)}- TODO: deep\n`;

/** The state after a sync of these inputs succeeded: every changed report recorded. */
function remember(inputs: ReportInputs, state: SyncState): SyncState {
  const reports = { ...state.reports };
  for (const r of inputs.reports) if (r.status === 'changed') reports[r.id] = r.record;
  return { ...state, reports };
}

test('a skipped report is remembered with its hash and reason, told once per run and not parsed again until it changes', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'reports'));
  await writeFile(join(dir, 'reports', 'uke1.md'), GOOD);
  await writeFile(join(dir, 'reports', 'uke2.md'), TOO_DEEP);
  const { config } = await loadConfig({ cwd: dir, env: {}, overrides: { sources: ['reports'] } });
  const rules = compileRules();
  const read = (state: SyncState) =>
    readReportInputs(config, state, { rules: () => rules, logger: silentLogger(), now: () => new Date() });

  const first = await read(emptySyncState());
  assert.equal(first.parsed, 1, 'the good report');
  const skipped = first.reports.find((r) => r.id === 'reports/uke2.md');
  assert.equal(skipped?.status, 'changed', 'recorded, so that the state keeps the skip');
  assert.deepEqual(skipped?.record.items, []);
  assert.equal(skipped?.record.skipped?.hash.length, 64);
  assert.match(skipped?.record.skipped?.reason ?? '', /^skipped: lists or quotes are nested too deep/);
  const state = remember(first, emptySyncState());

  const again = await read(state);
  assert.equal(again.parsed, 0, 'nothing parsed on a rerun');
  assert.ok(
    again.reports.every((r) => r.status !== 'changed'),
    'a no-op rerun stays a no-op',
  );
  const told = again.warnings.map(formatWarning).filter((w) => w.includes('uke2.md'));
  assert.deepEqual(told.length, 1);
  assert.match(
    told[0] ?? '',
    /skipped, as on an earlier run: lists or quotes are nested too deep.*not read again until the file changes/,
  );

  await writeFile(
    join(dir, 'reports', 'uke2.md'),
    '# Uke 2\n\n## Planlagte aktiviteter\n\n- Rydde i koden\n',
  );
  const fixed = await read(state);
  const record = fixed.reports.find((r) => r.id === 'reports/uke2.md')?.record;
  assert.deepEqual(
    record?.items.map((i) => i.text),
    ['Rydde i koden'],
  );
  assert.equal(record?.skipped, undefined);
});

test('a stop asked for while the reports are parsed ends the reading before the next file', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'reports'));
  for (let i = 1; i <= 40; i++) await writeFile(join(dir, 'reports', `uke${i}.md`), GOOD);
  const { config } = await loadConfig({ cwd: dir, env: {}, overrides: { sources: ['reports'] } });
  const stop = new AbortController();
  const defaults = compileRules();
  // The first report read asks for the stop, as SIGTERM arriving mid-parse would.
  const classOf = (heading: string) => (stop.abort('SIGTERM'), defaults.headings.classOf(heading));
  const rules = { ...defaults, headings: { ...defaults.headings, classOf } };
  await assert.rejects(
    readReportInputs(config, emptySyncState(), {
      rules: () => rules,
      logger: silentLogger(),
      now: () => new Date(),
      signal: stop.signal,
    }),
    (error: unknown) =>
      error instanceof StoppedError && /stopped while reading the reports/.test(error.message),
  );
});
