/**
 * Parse throughput over the shared corpus, ours next to docutils' on the same
 * RST files in the same run, and parse + extract (what a sync does with each
 * changed report) against the same docutils figure: extraction v2 must stay
 * at least 20x faster than docutils alone. docutils is timed inside Python,
 * parsing only (files are read first): publish_doctree as tools/rst-outline.py
 * calls it, and, as the stricter comparison, its bare RST parser without transforms.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileRules, extractItems } from '../src/extract/index.ts';
import { parseReport, type ReportFormat } from '../src/parse/index.ts';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const ROUNDS = 30;
const DOCUTILS_ROUNDS = 5;
/** Parse + extract must stay this many times faster than docutils' publish_doctree on the same RST. */
const EXTRACT_GOAL = 20;

const DOCUTILS_TIMER = `
import json, sys, time
from docutils.core import publish_doctree
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Parser
from docutils.utils import new_document
SETTINGS = {"report_level": 5, "halt_level": 5, "doctitle_xform": False, "file_insertion_enabled": False, "raw_enabled": False}
rounds = int(sys.argv[1])
texts = [open(p, encoding="utf-8-sig").read() for p in sys.argv[2:]]
size = sum(len(t.encode("utf-8")) for t in texts)
def timed(parse):
    for t in texts: parse(t)
    start = time.perf_counter()
    for _ in range(rounds):
        for t in texts: parse(t)
    return size * rounds / 1e6 / (time.perf_counter() - start)
parser = Parser()
settings = get_default_settings(Parser)
for key, value in SETTINGS.items(): setattr(settings, key, value)
def bare(text):
    document = new_document("<report>", settings)
    parser.parse(text, document)
print(json.dumps({
    "publish_doctree": timed(lambda t: publish_doctree(t, settings_overrides=SETTINGS)),
    "parser_only": timed(bare),
}))
`;

function corpusFiles(): { path: string; text: string; format: ReportFormat }[] {
  const rst = readFileSync(`${CORPUS}docutils-outline.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { path: string }).path);
  const realworld = readdirSync(`${CORPUS}realworld`)
    .filter((name) => /\.(?:md|rst)$/.test(name))
    .map((name) => `realworld/${name}`);
  const paths = [...rst, 'seeds/003_9266378be0443682.txt', 'seeds/004_67b3dc9cc46bd61c.txt', ...realworld];
  return paths.map((p) => {
    const text = readFileSync(`${CORPUS}${p}`, 'utf8');
    const format = parseReport(text, { path: p }).outline?.format ?? 'text';
    return { path: `${CORPUS}${p}`, text, format };
  });
}

const rules = compileRules();

/** MB/s of parseReport (and, with `extract`, extractItems on its outline) over `texts`, after one warm-up round. */
function ourThroughput(texts: { text: string; path: string }[], extract = false): number {
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t.text), 0);
  const readAll = (): void =>
    texts.forEach((t) => {
      const { outline } = parseReport(t.text, { path: t.path, rules });
      if (extract && outline) extractItems(outline, rules);
    });
  readAll();
  const start = performance.now();
  for (let round = 0; round < ROUNDS; round++) readAll();
  return (bytes * ROUNDS) / 1e6 / ((performance.now() - start) / 1000);
}

function docutilsThroughput(paths: string[]): { publish_doctree: number; parser_only: number } | string {
  const run = spawnSync('python3', ['-c', DOCUTILS_TIMER, String(DOCUTILS_ROUNDS), ...paths], {
    encoding: 'utf8',
  });
  if (run.status !== 0)
    return `docutils not measured: ${run.error?.message ?? run.stderr.trim().split('\n').at(-1)}`;
  return JSON.parse(run.stdout) as { publish_doctree: number; parser_only: number };
}

export async function run(): Promise<void> {
  const files = corpusFiles();
  const rst = files.filter((f) => f.format === 'rst');
  const kb = (list: typeof files): string =>
    `${(list.reduce((s, f) => s + Buffer.byteLength(f.text), 0) / 1024).toFixed(1)} KiB`;
  // One round over everything first, so that no format is measured before the JIT has warmed up.
  ourThroughput(files);
  const ours: Partial<Record<ReportFormat, number>> = {};
  for (const format of ['rst', 'markdown', 'text'] as const) {
    const subset = files.filter((f) => f.format === format);
    ours[format] = ourThroughput(subset);
    console.log(
      `ours, ${format.padEnd(8)} ${String(subset.length).padStart(2)} files ${kb(subset).padStart(9)}: ${ours[format].toFixed(2)} MB/s`,
    );
  }
  const withExtract = ourThroughput(rst, true);
  const corpusWithExtract = ourThroughput(files, true);
  console.log(`ours, parse + extract, same ${rst.length} RST files: ${withExtract.toFixed(2)} MB/s`);
  console.log(
    `ours, parse + extract, whole corpus (${files.length} files, ${kb(files)}, realworld included): ${corpusWithExtract.toFixed(2)} MB/s`,
  );
  const docutils = docutilsThroughput(rst.map((f) => f.path));
  if (typeof docutils === 'string') {
    console.log(docutils);
    return;
  }
  console.log(
    `docutils publish_doctree, same ${rst.length} RST files: ${docutils.publish_doctree.toFixed(2)} MB/s`,
  );
  console.log(`docutils parser only (no transforms), same files: ${docutils.parser_only.toFixed(2)} MB/s`);
  const rstSpeed = ours.rst ?? 0;
  console.log(
    `ratio ours/docutils on RST: ${(rstSpeed / docutils.publish_doctree).toFixed(1)}x publish_doctree, ${(rstSpeed / docutils.parser_only).toFixed(1)}x parser only (goal >= 1.3x)`,
  );
  const extractRatio = withExtract / docutils.publish_doctree;
  console.log(
    `ratio ours parse + extract / docutils publish_doctree on RST: ${extractRatio.toFixed(1)}x (goal >= ${EXTRACT_GOAL}x: ${extractRatio >= EXTRACT_GOAL ? 'met' : 'MISSED'}); ${(withExtract / docutils.parser_only).toFixed(1)}x docutils' parser only`,
  );
}
