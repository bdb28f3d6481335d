import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import dotenv from 'dotenv';

/** The environment variables report-sync reads, and what each one sets. */
export const ENVIRONMENT = {
  TRELLO_API_KEY: 'Trello API key',
  TRELLO_API_TOKEN: 'Trello API token',
  TRELLO_BOARD: 'board (id, shortLink or URL)',
  TRELLO_API_URL: 'trello.apiUrl',
  REPORT_SYNC_CONFIG: 'path of the config file',
  REPORT_SYNC_SOURCES: 'sources, comma-separated files, directories or globs',
  REPORT_SYNC_STATE_FILE: 'stateFile',
  REPORT_SYNC_SCHEDULE: 'worker.schedule',
} as const;

export type Environment = Partial<Record<keyof typeof ENVIRONMENT | 'LOG_LEVEL', string>>;

/**
 * The process environment over `.env` in the working directory: a variable set
 * in the real environment wins, as dotenv does, but without touching process.env.
 */
export async function readEnvironment(cwd: string, env: NodeJS.ProcessEnv): Promise<Environment> {
  const fromFile = await readFile(join(cwd, '.env'), 'utf8').then(
    (text) => dotenv.parse(text),
    () => ({}),
  );
  const merged: Environment = {};
  for (const name of [...Object.keys(ENVIRONMENT), 'LOG_LEVEL'] as (keyof Environment)[]) {
    const value = env[name] ?? (fromFile as Record<string, string | undefined>)[name];
    if (value !== undefined && value.trim() !== '') merged[name] = value.trim();
  }
  return merged;
}
