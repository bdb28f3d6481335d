#!/usr/bin/env node
// First, so that every module loaded after it (a command's, all but this file's few) is compiled from cache.
import './compile-cache.ts';
import { readEnvironment } from '../config/env.ts';
import type { ReportSyncError } from '../errors.ts';
import { createLogger, parseLogLevel } from '../log/logger.ts';
import { errorExitCode, EXIT } from './exit-codes.ts';
import { runCli } from './program.ts';

/**
 * How long a stopped command may take to finish: a run stops between requests
 * and saves its state, and the gateway aborts a request still hanging after
 * its grace (GATEWAY_DEFAULTS.stopGraceMs); this is the backstop for anything
 * else that hangs. Container runtimes kill after 10 s; the worker gives its
 * run 8 s of this.
 */
const STOP_DEADLINE_MS = 9_000;

// The one place that decides how the process ends.
const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stop.signal.aborted) process.exit(EXIT.stopped);
    stop.abort(signal);
    setTimeout(() => {
      // Every change made so far is in the state (it is saved after each write); the next run goes on from there.
      process.stderr.write(
        `report-sync: stopped by ${signal}: the command did not finish within ${STOP_DEADLINE_MS / 1000} s (a request to Trello may hang); the state file holds every change made so far, and the next run goes on from there.\n`,
      );
      process.exit(EXIT.stopped);
    }, STOP_DEADLINE_MS).unref();
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
