#!/usr/bin/env node
import { createLogger } from '../log/logger.ts';
import { runCli } from './program.ts';

// The one place that decides how the process ends.
const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort(signal);
  });
}

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  logger: createLogger(),
  stopSignal: stop.signal,
});
process.exitCode = code;
