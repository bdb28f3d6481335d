import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { ConfigError } from "../errors.js";
/** The environment variables report-sync reads (README, "Configuration", says what each sets). */
const VARIABLES = [
    'TRELLO_API_KEY',
    'TRELLO_API_TOKEN',
    'TRELLO_BOARD',
    'TRELLO_API_URL',
    'REPORT_SYNC_CONFIG',
    'REPORT_SYNC_SOURCES',
    'REPORT_SYNC_STATE_FILE',
    'REPORT_SYNC_SCHEDULE',
    'REPORT_SYNC_GIT_CACHE_DIR',
    'REPORT_SYNC_HEALTH_PORT',
    'LOG_LEVEL',
];
/**
 * The process environment over `.env` in the working directory: a variable set
 * in the real environment wins, as dotenv does, but without touching process.env.
 * An empty (or blank) value counts as unset, wherever it comes from: `docker run
 * --env-file` passes `NAME=` lines as empty variables, and an empty setting is
 * never what was meant (the default, or the `.env` value, applies instead).
 */
export async function readEnvironment(cwd, env) {
    const fromFile = await readFile(join(cwd, '.env'), 'utf8').then((text) => dotenv.parse(text), (error) => {
        if (error.code === 'ENOENT')
            return {};
        throw new ConfigError(`cannot read ${join(cwd, '.env')}: ${error.code ?? error.message}. Fix: check its permissions, or remove it.`);
    });
    const merged = {};
    for (const name of VARIABLES) {
        const value = [env[name], fromFile[name]]
            .map((v) => v?.trim())
            .find((v) => v !== undefined && v !== '');
        if (value !== undefined)
            merged[name] = value;
    }
    return merged;
}
//# sourceMappingURL=env.js.map