#!/usr/bin/env node
// The `report-sync` command: the Node check first, then the CLI (built into dist/ by `npm ci`).
import { nodeVersionProblem } from '../scripts/check-node.js';

const problem = nodeVersionProblem();
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exitCode = 1;
} else {
  await import('../dist/cli/main.js');
}
