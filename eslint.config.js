// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
      'src/languages/**/*.ts',
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
);
