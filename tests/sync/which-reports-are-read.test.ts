/** Reading the reports of a sync: which are changed, unchanged, unavailable, removed or forgotten. */
import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { loadConfig, type Config } from '../../src/config/index.ts';
import { compileRules } from '../../src/extract/index.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { formatWarning } from '../../src/warnings.ts';
import { emptySyncState, type SyncState } from '../../src/state/sync-state.ts';
import { readReportInputs, type ReportInputs } from '../../src/sync/inputs.ts';
import { prepareSync } from '../../src/sync/prepare.ts';
import { CHECKLIST_NAME, syncSettings } from '../../src/sync/settings.ts';
import { FakeGateway } from '../helpers/fake-gateway.ts';
import { report, settings, sync } from './core-helpers.ts';
import { tempDir } from './e2e-helpers.ts';

const REPORT = `# Ukerapport uke 1

## Planlagte aktiviteter

- Skrive rapport om datasettet
- Rydde i koden (kari)
`;

type Source = Config['sources'][number];
const path = (pattern: string, urlTemplate: string | null = null): Source => ({
  kind: 'path',
  pattern,
  urlTemplate,
});

async function configIn(dir: string, overrides: Partial<Config>): Promise<Config> {
  const { config } = await loadConfig({ cwd: dir, env: {} });
  return { ...config, ...overrides };
}

/** The inputs, their warnings as people read them. */
type Read = Omit<ReportInputs, 'warnings'> & { warnings: string[] };

async function read(config: Config, state: SyncState): Promise<Read> {
  const rules = compileRules({ extraction: config.extraction, people: config.people });
  const inputs = await readReportInputs(config, state, {
    rules: () => rules,
    logger: silentLogger(),
    now: () => new Date(),
  });
  return { ...inputs, warnings: inputs.warnings.map(formatWarning) };
}

/** The state after a sync of these inputs succeeded: every changed report recorded. */
function remember(inputs: Read, state: SyncState = emptySyncState()): SyncState {
  const reports = { ...state.reports };
  for (const r of inputs.reports) if (r.status === 'changed') reports[r.id] = r.record;
  return { ...state, reports };
}

async function withReports(t: TestContext, names: string[], folder = 'reports'): Promise<string> {
  const dir = await tempDir(t);
  await mkdir(join(dir, folder), { recursive: true });
  for (const name of names) await writeFile(join(dir, folder, name), REPORT);
  return dir;
}

/** A state whose cards were made from `inputs` on the fake board, as a sync leaves them. */
async function synced(gateway: FakeGateway, inputs: Read): Promise<SyncState> {
  const reports = inputs.reports.map((r) => report(r.id, r.record.items, 'changed', r.record));
  const done = await sync(gateway, emptySyncState(), reports, {
    settings: settings({ vanished: 'archive' }),
  });
  assert.ok(Object.keys(done.state.cards).length > 0);
  return done.state;
}

async function prepare(gateway: FakeGateway, config: Config, state: SyncState) {
  return prepareSync(config, gateway.boardRef.shortLink, state, {
    gateway,
    logger: silentLogger(),
    now: () => new Date('2024-05-02T10:00:00.000Z'),
  });
}

for (const pattern of ['reports', 'reports/*.md']) {
  test(`a source (${pattern}) that names no file now fails: its reports are unavailable, none removed`, async (t) => {
    const dir = await withReports(t, ['uke1.md', 'uke2.md']);
    const config = await configIn(dir, { sources: [path(pattern)] });
    const state = remember(await read(config, emptySyncState()));
    assert.equal(Object.keys(state.reports).length, 2);

    await rm(join(dir, 'reports', 'uke1.md'));
    const fewer = await read(config, state);
    assert.deepEqual(fewer.removedReports, ['reports/uke1.md'], 'a single deletion is still a removal');

    await rm(join(dir, 'reports', 'uke2.md'));
    const none = await read(config, state);
    assert.deepEqual(none.removedReports, []);
    assert.deepEqual(
      none.reports.map((r) => [r.id, r.status]),
      [
        ['reports/uke1.md', 'unavailable'],
        ['reports/uke2.md', 'unavailable'],
      ],
    );
    const warning = none.warnings.find((w) => w.includes(`source ${pattern} skipped`));
    assert.match(warning ?? '', /names no report file now, though 2 report\(s\) were synced from it/);
    assert.match(warning ?? '', /Fix: check that the path or pattern/);
  });
}

test('an emptied source folder archives nothing with vanished: archive', async (t) => {
  const dir = await withReports(t, ['uke1.md']);
  const config = await configIn(dir, { sources: [path('reports')], vanished: 'archive' });
  const gateway = new FakeGateway();
  const state = await synced(gateway, await read(config, emptySyncState()));
  await rm(join(dir, 'reports', 'uke1.md'));
  const { plan } = await prepare(gateway, config, state);
  assert.deepEqual(
    plan?.actions.filter((a) => a.type === 'archive' || a.type === 'comment'),
    [],
  );
  assert.deepEqual(plan?.forgetReports, []);
});

test('a new source that names nothing yet is read (nothing to lose), with the usual warning', async (t) => {
  const dir = await withReports(t, []);
  const config = await configIn(dir, { sources: [path('reports')] });
  const inputs = await read(config, emptySyncState());
  assert.deepEqual(inputs.reports, []);
  assert.ok(!inputs.warnings.some((w) => w.includes('skipped')));
});

test('changed extraction rules, people or link template re-extract a report whose file did not change', async (t) => {
  const dir = await withReports(t, ['uke1.md']);
  const base = await configIn(dir, { sources: [path('reports')] });
  const state = remember(await read(base, emptySyncState()));
  const [again] = (await read(base, state)).reports;
  assert.equal(again?.status, 'unchanged');
  assert.equal(typeof again?.record.extractedWith, 'string');

  const noPlans = {
    ...base.extraction,
    headings: { ...base.extraction.headings, plan: ['something else entirely'] },
  };
  const [rules] = (await read({ ...base, extraction: noPlans }, state)).reports;
  assert.equal(rules?.status, 'changed');
  assert.notDeepEqual(
    rules?.record.items.map((i) => i.key),
    state.reports['reports/uke1.md']?.items.map((i) => i.key),
  );

  const [people] = (await read({ ...base, people: { kari: 'kari_t' } }, state)).reports;
  assert.equal(people?.status, 'changed');

  const template = 'https://git.example/blob/main/{path}#L{line}';
  const [link] = (await read({ ...base, sourceUrlTemplate: template }, state)).reports;
  assert.equal(link?.status, 'changed');
  assert.equal(link?.record.link, 'https://git.example/blob/main/reports/uke1.md#L{line}');
});

test('a record from an older state file (no extractedWith) is parsed again once', async (t) => {
  const dir = await withReports(t, ['uke1.md']);
  const config = await configIn(dir, { sources: [path('reports')] });
  const state = remember(await read(config, emptySyncState()));
  const stored = state.reports['reports/uke1.md'];
  assert.ok(stored);
  const { extractedWith: _dropped, ...legacy } = stored;
  const old = { ...state, reports: { 'reports/uke1.md': legacy } };
  const first = await read(config, old);
  assert.equal(first.reports[0]?.status, 'changed');
  assert.equal((await read(config, remember(first, old))).reports[0]?.status, 'unchanged');
});

test('two folders outside the config directory holding the same file name give two reports', async (t) => {
  const a = await withReports(t, ['uke1.md']);
  const b = await withReports(t, ['uke1.md']);
  const home = await tempDir(t);
  const config = await configIn(home, { sources: [path(join(a, 'reports')), path(join(b, 'reports'))] });
  const inputs = await read(config, emptySyncState());
  const expected = [`${join(a, 'reports')}:uke1.md`, `${join(b, 'reports')}:uke1.md`].sort();
  assert.deepEqual(inputs.reports.map((r) => r.id).sort(), expected);
  assert.deepEqual(
    inputs.reports.map((r) => r.record.displayPath),
    ['uke1.md', 'uke1.md'],
  );
  assert.ok(!inputs.warnings.some((w) => w.includes('same report id')));
});

test('the same file named by two sources is read once, without a collision warning', async (t) => {
  const dir = await withReports(t, ['uke1.md']);
  const config = await configIn(dir, { sources: [path('reports'), path('reports/*.md')] });
  const inputs = await read(config, emptySyncState());
  assert.deepEqual(
    inputs.reports.map((r) => r.id),
    ['reports/uke1.md'],
  );
  assert.ok(!inputs.warnings.some((w) => w.includes('same report id')));
});

test('after a source config change an unchanged report records its new origin, so a deletion is a removal', async (t) => {
  const dir = await withReports(t, ['uke1.md', 'uke2.md']);
  const before = await configIn(dir, { sources: [path('reports')] });
  const state = remember(await read(before, emptySyncState()));

  const after = await configIn(dir, { sources: [path('reports/*.md', 'https://x.example/{path}')] });
  const moved = await read(after, state);
  assert.deepEqual(
    moved.reports.map((r) => [r.status, r.record.origin, r.record.link]),
    [
      ['changed', 'reports/*.md', 'https://x.example/reports/uke1.md'],
      ['changed', 'reports/*.md', 'https://x.example/reports/uke2.md'],
    ],
  );
  const now = remember(moved, state);

  await rm(join(dir, 'reports', 'uke1.md'));
  const deleted = await read(after, now);
  assert.deepEqual(deleted.removedReports, ['reports/uke1.md']);
});

test('an unchanged report whose only change is its origin is refreshed without a parse', async (t) => {
  const dir = await withReports(t, ['uke1.md']);
  const before = await configIn(dir, { sources: [path('reports')] });
  const state = remember(await read(before, emptySyncState()));
  const after = await configIn(dir, { sources: [path('reports/*.md')] });
  const moved = await read(after, state);
  assert.deepEqual(
    moved.reports.map((r) => [r.status, r.record.origin]),
    [['changed', 'reports/*.md']],
  );
  assert.equal(moved.parsed, 0);
});

test('reports of a source no longer configured are forgotten, once, without vanishing their items', async (t) => {
  const dir = await withReports(t, ['uke1.md']);
  await mkdir(join(dir, 'other'));
  await writeFile(join(dir, 'other', 'notes.md'), '# Notes\n\nNothing planned.\n');
  const before = await configIn(dir, { sources: [path('reports')], vanished: 'archive' });
  const gateway = new FakeGateway();
  const state = await synced(gateway, await read(before, emptySyncState()));

  const after = { ...before, sources: [path('other')] };
  const inputs = await read(after, state);
  assert.deepEqual(inputs.forgottenReports, ['reports/uke1.md']);
  assert.deepEqual(inputs.removedReports, []);
  assert.ok(!inputs.reports.some((r) => r.id === 'reports/uke1.md'));
  const warnings = inputs.warnings.filter((w) => w.includes('no longer configured'));
  assert.equal(warnings.length, 1);
  assert.match(warnings[0] ?? '', /\(reports\) are forgotten; their cards are left as they are/);

  const { plan } = await prepare(gateway, after, state);
  assert.ok(plan, 'forgetting reports is a change to record');
  assert.deepEqual(plan.forgetReports, ['reports/uke1.md']);
  assert.deepEqual(
    plan.actions.filter((a) => a.type === 'archive' || a.type === 'comment'),
    [],
  );
});

test('a source that fails to resolve keeps its reports unavailable, not forgotten', async (t) => {
  const dir = await withReports(t, ['uke1.md']);
  const config = await configIn(dir, { sources: [path('reports')] });
  const state = remember(await read(config, emptySyncState()));
  await rm(join(dir, 'reports'), { recursive: true });
  const inputs = await read(config, state);
  assert.deepEqual(inputs.forgottenReports, []);
  assert.deepEqual(inputs.removedReports, []);
  assert.deepEqual(
    inputs.reports.map((r) => r.status),
    ['unavailable'],
  );
});

test("report-sync's checklist is not named like Trello's default checklist", () => {
  assert.equal(CHECKLIST_NAME, 'From the reports');
  assert.notEqual(CHECKLIST_NAME.toLowerCase(), 'checklist');
  assert.equal(
    syncSettings({
      lists: {},
      labels: { todo: {}, planned: {} },
      people: {},
      dueTime: '12:00',
      worker: { timezone: null },
    } as Config).checklistName,
    CHECKLIST_NAME,
  );
});
