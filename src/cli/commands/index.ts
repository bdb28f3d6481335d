import type { Command } from 'commander';
import type { CommandContext, CommandResult } from '../context.ts';
import { registerEmulator } from './emulator.ts';
import { registerExtract } from './extract.ts';
import { registerOutline } from './outline.ts';
import { registerSync } from './sync.ts';
import { registerPlan } from './plan.ts';
import { registerApply } from './apply.ts';
import { registerStatus } from './status.ts';
import { registerDigest } from './digest.ts';
import { registerDoctor } from './doctor.ts';
import { registerWorker } from './worker.ts';
import { registerDemo } from './demo.ts';

/** Wraps a command's action so its resolved value becomes the exit code. */
export type ActionWrapper = <A extends unknown[]>(
  fn: (...args: A) => Promise<CommandResult>,
) => (...args: A) => Promise<void>;

export type CommandRegistrar = (program: Command, ctx: CommandContext, action: ActionWrapper) => void;

/** Every command, in the order `--help` lists them. One line per command. */
export const commands: CommandRegistrar[] = [
  registerOutline,
  registerExtract,
  registerSync,
  registerPlan,
  registerApply,
  registerStatus,
  registerDigest,
  registerDoctor,
  registerWorker,
  registerEmulator,
  registerDemo,
];
