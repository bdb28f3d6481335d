#!/usr/bin/env node
import { readEnvironment } from '../config/env.ts';
import type { ReportSyncError } from '../errors.ts';
import { createLogger, parseLogLevel } from '../log/logger.ts';
import { errorExitCode, EXIT } from './exit-codes.ts';
import { runCli } from './program.ts';

// The one place that decides how the process ends.
const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stop.signal.aborted) process.exit(EXIT.stopped);
    stop.abort(signal);
  });
}

async function main(): Promise<number> {
  // LOG_LEVEL may come from .env too; an unreadable .env is reported by the command that loads the config.
  const env = await readEnvironment(process.cwd(), process.env).catch(() => process.env);
  let level;
  try {
    level = parseLogLevel(env.LOG_LEVEL);
  } catch (error) {
    process.stderr.write(`report-sync: ${(error as ReportSyncError).message}\n`);
    return errorExitCode(error);
  }
  return runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    logger: createLogger({ level }),
    stopSignal: stop.signal,
  });
}

const code = await main();
// After a stop signal the command has saved what it must; a request still open
// (a hung connection) must not keep the process past its shutdown deadline.
if (stop.signal.aborted) process.exit(code);
process.exitCode = code;
