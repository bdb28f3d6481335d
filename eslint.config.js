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
  {
    // The pure core touches no I/O: no fs, no network, no clock, no process.
    files: [
      'src/parse/**/*.ts',
      'src/extract/**/*.ts',
      'src/sync/plan*.ts',
      'src/sync/plan/**/*.ts',
      'src/sync/marker.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [onlyGatewayImportsTrello],
          patterns: ['node:fs*', 'fs', 'node:http*', 'node:net', 'node:child_process', 'node:timers*'],
        },
      ],
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
