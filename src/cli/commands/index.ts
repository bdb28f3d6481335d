import type { Command } from 'commander';
import type { CommandContext, CommandResult } from '../context.ts';

/** Wraps a command's action so its resolved value becomes the exit code. */
export type ActionWrapper = <A extends unknown[]>(
  fn: (...args: A) => Promise<CommandResult>,
) => (...args: A) => Promise<void>;

export type CommandRegistrar = (program: Command, ctx: CommandContext, action: ActionWrapper) => void;

/**
 * Every command by name, in the order `--help` lists them, one line each. A
 * command's module (and all it imports) is loaded only when that command runs
 * or help lists them all: a no-op `sync` from cron should not pay for the
 * parsers `outline` loads, nor `--version` for anything.
 */
export const commands: Readonly<Record<string, () => Promise<CommandRegistrar>>> = {
  outline: async () => (await import('./outline.ts')).registerOutline,
  extract: async () => (await import('./extract.ts')).registerExtract,
  sync: async () => (await import('./sync.ts')).registerSync,
  plan: async () => (await import('./plan.ts')).registerPlan,
  apply: async () => (await import('./apply.ts')).registerApply,
  status: async () => (await import('./status.ts')).registerStatus,
  digest: async () => (await import('./digest.ts')).registerDigest,
  doctor: async () => (await import('./doctor.ts')).registerDoctor,
  worker: async () => (await import('./worker.ts')).registerWorker,
  emulator: async () => (await import('./emulator.ts')).registerEmulator,
  demo: async () => (await import('./demo.ts')).registerDemo,
};
