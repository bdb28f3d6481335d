/**
 * One digest, as one sentence: read the state (never written), the board and
 * its actions in the period, make the digest (digest/, pure), and print it or
 * write it to a file. It writes nothing to Trello. Used by `report-sync
 * digest` and by the worker's digest schedule.
 */
import type { Config, TrelloAccess } from '../config/index.ts';
import {
  actionsQuery,
  buildDigest,
  type Digest,
  type DigestFormat,
  renderDigest,
  resolveWindow,
} from '../digest/index.ts';
import { periodDays } from '../digest/window.ts';
import { calendarTimeZone } from '../config/time-zone.ts';
import { ReportSyncError } from '../errors.ts';
import type { LanguageCode } from '../languages/types.ts';
import type { Logger } from '../log/logger.ts';
import { replaceFile } from '../state/durable-write.ts';
import { readLastDigest, writeLastDigest } from '../state/last-digest.ts';
import { openSyncState } from '../state/sync-file.ts';
import type { BoardHistory, TrelloGateway } from '../trello/types.ts';
import { resolveBoard } from '../sync/prepare.ts';

export interface DigestRequest {
  /** `last` when absent: since the previous digest written to a file. */
  since?: string;
  until?: string;
  format: DigestFormat;
  language: LanguageCode;
  /** The file to write (`{date}`: the period's last day), or null to only return the text. */
  out: string | null;
}

export interface DigestDeps {
  gateway: TrelloGateway & BoardHistory;
  logger: Logger;
  now(): Date;
}

export interface DigestOutcome {
  digest: Digest;
  text: string;
  /** The file written, or null. */
  written: string | null;
}

export async function runDigest(
  config: Config,
  access: TrelloAccess,
  request: DigestRequest,
  deps: DigestDeps,
): Promise<DigestOutcome> {
  const { gateway, logger } = deps;
  const { state, isNew } = await openSyncState(config, { readOnly: true, logger });
  if (isNew) {
    logger.warn(
      { stateFile: config.stateFile },
      'no sync state: the digest knows no report, so no card has a source and every list change counts as a person’s',
    );
  }
  const boardId = await resolveBoard(gateway, access.board, state);
  const timeZone = calendarTimeZone(config.worker.timezone);
  const window = resolveWindow({
    ...(request.since === undefined ? {} : { since: request.since }),
    ...(request.until === undefined ? {} : { until: request.until }),
    lastDigestTo: (request.since ?? 'last') === 'last' ? await lastDigestTo(config, logger) : null,
    now: deps.now(),
    timeZone,
  });
  const [snapshot, actions, self] = await Promise.all([
    gateway.snapshot(boardId),
    gateway.boardActions(boardId, actionsQuery(window)),
    gateway.tokenMember(),
  ]);
  const { staleAfterWeeks } = config.digest;
  const digest = buildDigest({
    window,
    actions,
    snapshot,
    state,
    settings: { lists: config.lists, staleAfterWeeks },
    selfId: self.id,
  });
  const text = renderDigest(digest, request.format, {
    language: request.language,
    timeZone,
    staleAfterWeeks,
  });
  if (request.out === null) return { digest, text, written: null };
  const path = request.out.replaceAll('{date}', periodDays(window, timeZone)[1]);
  await writeDigestFile(path, text);
  await writeLastDigest(config.stateFile, { ...window, out: path, format: request.format });
  logger.info({ path, from: window.from, to: window.to }, 'digest written');
  return { digest, text, written: path };
}

async function lastDigestTo(config: Config, logger: Logger): Promise<string | null> {
  const { record, unreadable } = await readLastDigest(config.stateFile);
  if (unreadable) {
    logger.warn(
      `the record of the last digest cannot be used (${unreadable}); this digest covers the default week, and the next one written replaces the record`,
    );
  }
  return record?.to ?? null;
}

/** Atomic and durable, as the state is written; readable by the team, as a report is. */
async function writeDigestFile(path: string, text: string): Promise<void> {
  try {
    await replaceFile(path, text, { mode: 0o644 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ReportSyncError(
      `cannot write the digest to ${path} (${code}); nothing was written. Fix: check that its folder exists and can be written, or choose another --out (digest.out).`,
    );
  }
}
