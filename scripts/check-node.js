// Plain JavaScript that an old Node loads too: it runs before any TypeScript
// (`npm start`, `npm test`, the `report-sync` command), so that a Node too old
// for report-sync says so in one line instead of failing on a `.ts` file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The one statement of the Node needed: package.json's `engines.node`, `>=MAJOR.MINOR`. */
function minimumNode() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const match = /^>=\s*(\d+)\.(\d+)/.exec(pkg.engines.node);
  if (!match) throw new Error(`package.json engines.node must read ">=MAJOR.MINOR": ${pkg.engines.node}`);
  return [Number(match[1]), Number(match[2])];
}

/** Null when `version` (e.g. "20.19.2") is new enough; else the line that says what to do. */
export function nodeVersionProblem(version = process.versions.node) {
  const [major, minor] = minimumNode();
  const [have, haveMinor] = version.split('.').map(Number);
  if (have > major || (have === major && haveMinor >= minor)) return null;
  return `report-sync needs Node.js ${major}.${minor} or newer, and this is Node.js ${version} (${process.execPath}): install Node.js 24 LTS from https://nodejs.org/ or with a version manager (\`nvm install 24\`), then run the command again.`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problem = nodeVersionProblem();
  if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exitCode = 1;
  }
}
