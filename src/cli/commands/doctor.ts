import { ConfigError } from '../../errors.ts';
import { requireTrelloAccess } from '../../config/index.ts';
import { addConfigOptions, connectTrello, loadCommandConfig, type ConfigFlags } from '../command-config.ts';
import { EXIT } from '../exit-codes.ts';
import { type Check, formatChecks, splitFix } from '../output/checks.ts';
import type { CommandRegistrar } from './index.ts';

interface DoctorFlags extends ConfigFlags {
  json?: boolean;
}

/** `report-sync doctor`: config, credentials, board access, lists and labels — each pass or fail, with the fix. */
export const registerDoctor: CommandRegistrar = (program, ctx, action) => {
  addConfigOptions(
    program
      .command('doctor')
      .description(
        'Check the configuration, credentials, board access, lists, labels and people; print the fix for each failure.',
      )
      .option('--json', 'print the checks as JSON'),
  ).action(
    action(async (flags: DoctorFlags) => {
      let config;
      try {
        config = await loadCommandConfig(ctx, flags);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        const fix = 'correct each setting as the message says';
        const failed: Check[] = [{ name: 'config', ok: false, ...splitFix(error.message, fix) }];
        ctx.stdout.write(flags.json ? `${JSON.stringify({ checks: failed })}\n` : formatChecks(failed));
        return EXIT.failure;
      }
      const { runDoctor } = await import('../doctor-checks.ts'); // loaded by this command alone
      const checks = await runDoctor(
        config,
        (c) => connectTrello(c, requireTrelloAccess(c), ctx.logger),
        ctx.logger,
      );
      ctx.stdout.write(flags.json ? `${JSON.stringify({ checks })}\n` : formatChecks(checks));
      return checks.every((c) => c.ok) ? EXIT.ok : EXIT.failure;
    }),
  );
};
