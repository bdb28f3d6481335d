import { resolve } from 'node:path';
import { Option } from 'commander';
import { DIGEST_FORMATS, type DigestFormat } from '../../digest/types.ts';
import { LANGUAGE_CODES, type LanguageCode } from '../../languages/types.ts';
import { runDigest } from '../digest-run.ts';
import { requireTrelloAccess } from '../../config/index.ts';
import { addConfigOptions, connectTrello, loadCommandConfig } from '../command-config.ts';
import { EXIT } from '../exit-codes.ts';
import type { CommandRegistrar } from './index.ts';

interface DigestFlags {
  since?: string;
  until?: string;
  format?: DigestFormat;
  out?: string;
  language?: LanguageCode;
  config?: string;
  board?: string;
  state?: string;
}

/** `report-sync digest`: what happened on the board in a period, written for the next report. */
export const registerDigest: CommandRegistrar = (program, ctx, action) => {
  const command = program
    .command('digest')
    .description(
      'Write what happened on the board (done, new, moved, overdue, stale, owners not on the board) for the next report; changes nothing on Trello.',
    )
    .option(
      '--since <when>',
      '"last" (the previous digest written to a file; a week before the first), a span ("7d", "2w"), a date or an ISO time',
      'last',
    )
    .option('--until <when>', 'a date (the whole day counts) or an ISO time (default: now)')
    .addOption(
      new Option(
        '--format <format>',
        'markdown or rst to paste into a report, json for programs (default: digest.format)',
      ).choices(DIGEST_FORMATS),
    )
    .option(
      '--out <file>',
      'write it to this file, atomically ({date}: its last day), instead of printing it',
    )
    .addOption(
      new Option('--language <code>', 'language of the headings (default: digest.language)').choices(
        LANGUAGE_CODES,
      ),
    );
  addConfigOptions(command, { sources: false }).action(
    action(async (flags: DigestFlags) => {
      const config = await loadCommandConfig(ctx, flags);
      const access = requireTrelloAccess(config);
      const outcome = await runDigest(
        config,
        access,
        {
          ...(flags.since === undefined ? {} : { since: flags.since }),
          ...(flags.until === undefined ? {} : { until: flags.until }),
          format: flags.format ?? config.digest.format,
          language: flags.language ?? config.digest.language,
          out: flags.out === undefined ? null : resolve(ctx.cwd, flags.out),
        },
        {
          gateway: connectTrello(config, access, ctx.logger, { stop: ctx.stopSignal }),
          logger: ctx.logger,
          now: () => new Date(),
        },
      );
      ctx.stdout.write(outcome.written === null ? outcome.text : `digest written to ${outcome.written}\n`);
      return EXIT.ok;
    }),
  );
};
