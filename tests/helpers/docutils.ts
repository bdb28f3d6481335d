/** docutils, the reference RST implementation, as an oracle: the outline it reads and what it complains of. */
import { spawnSync } from 'node:child_process';
import { SHARED } from './cli.ts';

const PYTHON = 'python3';

/** Why docutils cannot run here, or false. CI has python3 and docutils: there a missing one fails the test. */
export const noDocutils =
  spawnSync(PYTHON, ['-c', 'import docutils'], { stdio: 'ignore' }).status === 0 || process.env['CI']
    ? false
    : 'python3 with docutils not found: install them (apt-get install -y python3-docutils) to check RST with the reference parser';

export interface RstOutline {
  sections: { title: string; level: number; line: number }[];
  items: { text: string; depth: number; line: number }[];
}

/** The outline of an RST file as ../shared/tools/rst-outline.py prints it. */
export function rstOutline(path: string): RstOutline {
  const run = spawnSync(PYTHON, [`${SHARED}tools/rst-outline.py`, path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`rst-outline.py failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as RstOutline;
}

// Every message docutils has about the text, info included: a clean parse has none.
const PROBLEMS = `
import sys
from docutils import nodes, utils
from docutils.core import publish_doctree
text = open(sys.argv[1], encoding='utf-8-sig').read()
doc = publish_doctree(text, settings_overrides={'report_level': 5, 'halt_level': 5})
for msg in doc.traverse(nodes.system_message):
    print(f"line {msg.get('line')}: level {msg['level']}: {msg.astext()}")
`;

/** What docutils reports about an RST file (errors, warnings and notes), one line each; none when it parses cleanly. */
export function rstProblems(path: string): string[] {
  const run = spawnSync(PYTHON, ['-c', PROBLEMS, path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`docutils failed: ${run.stderr}`);
  return run.stdout.split('\n').filter(Boolean);
}
