/**
 * `doctor`'s checks: each thing a sync needs, checked in turn, each passing or
 * failing with the fix. Stops asking Trello once the credentials or the board fail.
 */
import { type Config, requireTrelloAccess } from '../config/index.ts';
import type { Logger } from '../log/logger.ts';
import { extensionList } from '../parse/formats.ts';
import { discoverReports } from '../reports/discover.ts';
import { resolveSources } from '../reports/sources.ts';
import { openSyncState } from '../state/sync-file.ts';
import { foldName } from '../plan/board-setup.ts';
import { memberResolver, unresolvedOwners } from '../plan/owners.ts';
import type { TrelloGateway, TrelloMember } from '../trello/types.ts';
import { TrelloError } from '../errors.ts';
import { installsCheck } from './doctor-installs.ts';
import { stateCheck } from './doctor-state.ts';
import { type Check, splitFix } from './output/checks.ts';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function runDoctor(
  config: Config,
  connect: (c: Config) => TrelloGateway,
  logger: Logger,
): Promise<Check[]> {
  const checks: Check[] = [];
  checks.push({
    name: 'config',
    ok: true,
    detail: config.configFile ?? 'defaults and environment (no config file)',
  });
  checks.push(await sourcesCheck(config, logger));
  checks.push(await stateCheck(config, logger));

  let access;
  try {
    access = requireTrelloAccess(config);
    checks.push({
      name: 'credentials',
      ok: true,
      detail: 'board, TRELLO_API_KEY and TRELLO_API_TOKEN are set',
    });
  } catch (error) {
    checks.push({
      name: 'credentials',
      ok: false,
      detail: message(error),
      fix: 'set the missing settings listed above',
    });
    return checks;
  }
  const gateway = connect(config);
  let boardId: string;
  try {
    const board = await gateway.board(access.board);
    boardId = board.id;
    checks.push({ name: 'board access', ok: true, detail: `"${board.name}" (${board.url})` });
  } catch (error) {
    checks.push({ name: 'board access', ok: false, ...boardAccessFailure(error) });
    return checks;
  }
  let snapshot;
  try {
    snapshot = await gateway.snapshot(boardId);
  } catch (error) {
    checks.push({
      name: 'board contents',
      ok: false,
      detail: message(error),
      fix: 'check that the token may read the board',
    });
    return checks;
  }
  for (const name of [config.lists.todo, config.lists.planned, config.lists.done]) {
    const found = snapshot.lists.some((l) => !l.closed && foldName(l.name) === foldName(name));
    checks.push({
      name: `list "${name}"`,
      ok: true,
      detail: found ? 'found' : 'missing: the first sync creates it',
    });
  }
  for (const label of [config.labels.todo, config.labels.planned]) {
    const found = snapshot.labels.some((l) => foldName(l.name) === foldName(label.name));
    checks.push({
      name: `label "${label.name}"`,
      ok: true,
      detail: found ? 'found' : 'missing: the first sync creates it',
    });
  }
  for (const [name, username] of Object.entries(config.people)) {
    const found = snapshot.members.some(
      (m) => m.username.toLowerCase() === username.replace(/^@/, '').toLowerCase(),
    );
    checks.push(
      found
        ? { name: `person "${name}"`, ok: true, detail: `@${username} is a member of the board` }
        : {
            name: `person "${name}"`,
            ok: false,
            detail: `@${username} is not a member of the board`,
            fix: `add @${username} to the board, or correct people.${name} in the config`,
          },
    );
  }
  checks.push(await ownersCheck(config, snapshot.members, logger));
  checks.push(await installsCheck(config, snapshot, logger));
  return checks;
}

/** The owners of the synced items that no member of the board stands for (roster, username, full name). */
async function ownersCheck(config: Config, members: readonly TrelloMember[], logger: Logger): Promise<Check> {
  const file = await openSyncState(config, { readOnly: true, logger }).catch(() => null);
  const owners = Object.values(file?.state.reports ?? {}).flatMap((r) => r.items.flatMap((i) => i.owners));
  const missing = unresolvedOwners(owners, memberResolver(members, config.people));
  if (missing.length === 0) {
    const detail =
      owners.length > 0
        ? 'every owner in the synced reports is a member of the board'
        : 'no owners in the synced reports';
    return { name: 'owners', ok: true, detail };
  }
  return {
    name: 'owners',
    ok: false,
    detail: `not members of the board, so their cards get no member for them: ${missing.map((o) => `"${o}"`).join(', ')}`,
    fix: 'map each name to a Trello username under "people" in the config, or add the person to the board',
  };
}

async function sourcesCheck(config: Config, logger: Logger): Promise<Check> {
  if (config.sources.length === 0) {
    return {
      name: 'sources',
      ok: false,
      detail: 'no sources configured',
      fix: 'set "sources" in the config file, REPORT_SYNC_SOURCES, or pass --source',
    };
  }
  const resolved = await resolveSources(config.sources, {
    baseDir: config.baseDir,
    cacheDir: config.gitCacheDir,
    logger,
  });
  if (resolved.failed.length > 0) {
    const failed = resolved.failed.map((f) => `${f.origin}: ${f.reason}`).join('; ');
    return {
      name: 'sources',
      ok: false,
      detail: failed,
      fix: 'correct the source paths or repository settings',
    };
  }
  let files = 0;
  for (const source of resolved.patterns)
    files += (await discoverReports([source.pattern], source.root)).files.length;
  return files > 0
    ? { name: 'sources', ok: true, detail: `${files} report file${files === 1 ? '' : 's'} found` }
    : {
        name: 'sources',
        ok: false,
        detail: 'no report file found',
        fix: `point the sources at ${extensionList('sentence')} files`,
      };
}

/**
 * A refused board: a 401's message ends in the fix for the credential Trello
 * refused (config/trello.ts), which goes on the fix line; anything else is the
 * board reference or the member's access.
 */
function boardAccessFailure(error: unknown): { detail: string; fix: string } {
  const otherwise =
    "check the board reference (id, shortLink or URL) and that the token's member can open the board";
  if (error instanceof TrelloError && error.status === 401) return splitFix(error.message, otherwise);
  return { detail: message(error), fix: otherwise };
}
