import type { Logger } from '../log/logger.ts';

/** What a command may touch of the world. Passed in, so tests run commands without patching globals. */
export interface CommandContext {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  logger: Logger;
  /** Resolves when the user asks the process to stop (SIGINT/SIGTERM). */
  stopSignal: AbortSignal;
}

/** A command's action resolves to its exit code. */
export type CommandResult = number;
