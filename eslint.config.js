// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { dirname, relative, resolve } from 'node:path';

/**
 * The emulator is a stand-in for Trello, so it must not share the client's
 * facts: from the product it may import only the logger and the error types.
 * A relative import is resolved against the importing file, so the rule holds
 * at any depth; npm packages are not this rule's business.
 */
const EMULATOR_MAY_IMPORT = ['src/emulator/', 'src/log/', 'src/errors.ts'];
const emulatorBoundary = {
  rules: {
    'imports-within-bounds': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const check = (node) => {
          const source = node.source?.value;
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const target = relative(context.cwd, resolve(dirname(context.filename), source)).replaceAll(
            '\\',
            '/',
          );
          if (EMULATOR_MAY_IMPORT.some((allowed) => target === allowed || target.startsWith(allowed))) return;
          context.report({
            node: node.source,
            message: `src/emulator/ may import only src/log/ and src/errors.ts from the product, not ${target}: give the emulator its own copy of the fact.`,
          });
        };
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};

const exitOnlyInMain = {
  selector: "CallExpression[callee.object.name='process'][callee.property.name='exit']",
  message: 'Only src/cli/main.ts sets the exit code.',
};
const noShell = {
  selector: "Property[key.name='shell'][value.value=true]",
  message: 'Child processes take argument arrays, never a shell.',
};
const noClock = [
  {
    selector: "MemberExpression[object.name='Date'][property.name='now']",
    message: 'The pure core takes `now` as input.',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'The pure core takes `now` as input.',
  },
];
const onlyGatewayImportsTrello = { name: 'trello.js', message: 'Only src/trello/ talks to trello.js.' };
const noShellExec = {
  name: 'node:child_process',
  importNames: ['exec', 'execSync'],
  message: 'Use execFile or spawn with an argument array.',
};

// Rooms: what each folder of src/ may import. Dependencies point toward the pure core.
const noIo = {
  group: ['node:fs*', 'fs', 'node:http*', 'node:net', 'node:child_process', 'node:timers*'],
  message: 'The pure core touches no I/O: no files, network, processes or timers.',
};
/** No import from these folders. */
const never = (folders, message) => ({ group: folders.map((f) => `**/${f}/**`), message });
/** From this folder, only these files. */
const onlyFrom = (folder, files, message) => ({
  group: [`**/${folder}/*`, ...files.map((f) => `!**/${folder}/${f}`)],
  message,
});
const room = (folder, ...patterns) => ({
  files: [`src/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': ['error', { paths: [onlyGatewayImportsTrello, noShellExec], patterns }],
  },
});
const EDGES = ['reports', 'state', 'trello', 'config', 'sync', 'apply', 'cli', 'worker', 'emulator'];
const rooms = [
  room(
    'parse',
    noIo,
    never(['extract', 'plan', 'log', ...EDGES], 'parse/ is the pure core: text in, outline out.'),
  ),
  room(
    'languages',
    noIo,
    never(
      ['parse', 'extract', 'plan', 'digest', 'log', ...EDGES],
      'languages/ is data and the date parsing built from it: the pure core reads it, it reads nothing.',
    ),
  ),
  room(
    'extract',
    noIo,
    never(['plan', 'log', ...EDGES], 'extract/ is the pure core: outline in, items out.'),
  ),
  room(
    'plan',
    noIo,
    never(
      ['reports', 'config', 'sync', 'apply', 'cli', 'worker', 'emulator', 'log'],
      'The planner is pure: items, state and snapshot in, plan out; it reads no files, config or reports.',
    ),
    onlyFrom(
      'state',
      ['sync-state.ts'],
      'The planner reads the state as data (sync-state.ts), never the state file.',
    ),
    onlyFrom(
      'trello',
      ['types.ts'],
      'The planner sees the board as a snapshot (trello/types.ts), never the gateway.',
    ),
  ),
  room(
    'digest',
    noIo,
    never(
      ['reports', 'config', 'sync', 'apply', 'cli', 'worker', 'emulator', 'log'],
      'digest/ is pure: actions, state and snapshot in, digest and its text out; the CLI and the worker do the I/O.',
    ),
    onlyFrom(
      'state',
      ['sync-state.ts'],
      'The digest reads the state as data (sync-state.ts), never the state file.',
    ),
    onlyFrom(
      'trello',
      ['types.ts'],
      'The digest sees the board as a snapshot and actions (trello/types.ts).',
    ),
  ),
  room(
    'apply',
    never(
      ['parse', 'extract', 'reports', 'config', 'sync', 'cli', 'worker', 'emulator'],
      'The applier carries out a plan through the gateway and the state it is given.',
    ),
    onlyFrom('state', ['sync-state.ts'], 'The applier checkpoints through the function it is given.'),
    onlyFrom(
      'trello',
      ['types.ts', 'errors.ts'],
      'The applier talks to Trello through the gateway it is given.',
    ),
  ),
  room(
    'reports',
    never(
      ['plan', 'apply', 'sync', 'state', 'trello', 'cli', 'worker', 'emulator'],
      'reports/ finds and reads report files; what a sync does with them is not its business.',
    ),
  ),
  room(
    'state',
    never(
      ['parse', 'extract', 'plan', 'apply', 'sync', 'reports', 'trello', 'cli', 'worker', 'emulator'],
      'state/ stores the sync state; it knows nothing of how the state is made.',
    ),
  ),
  room(
    'sync',
    never(
      ['cli', 'worker', 'emulator'],
      'The composition root is used by the CLI and the worker, not the reverse.',
    ),
  ),
  room(
    'worker',
    never(
      ['parse', 'extract', 'plan', 'apply', 'sync', 'reports', 'state', 'trello', 'cli', 'emulator'],
      'The worker schedules the job it is given.',
    ),
  ),
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.report-sync/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', exitOnlyInMain, noShell],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/trello/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [onlyGatewayImportsTrello, noShellExec] }] },
  },
  ...rooms,
  {
    // The pure core reads no clock, environment or network.
    files: [
      'src/parse/**/*.ts',
      'src/extract/**/*.ts',
      'src/languages/**/*.ts',
      'src/plan/**/*.ts',
      'src/digest/**/*.ts',
    ],
    rules: {
      'no-restricted-globals': ['error', 'process', 'fetch', 'setTimeout', 'setInterval', 'performance'],
      'no-restricted-syntax': ['error', exitOnlyInMain, ...noClock],
    },
  },
  {
    files: ['src/cli/main.ts'],
    rules: { 'no-restricted-syntax': ['error', noShell] },
  },
  {
    files: ['src/emulator/**/*.ts'],
    plugins: { 'emulator-boundary': emulatorBoundary },
    rules: { 'emulator-boundary/imports-within-bounds': 'error' },
  },
);
