import { readFile, access } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../errors.ts';
import { compileRules, resolveExtraction, type ExtractionOptions } from '../extract/options.ts';
import { checkedBefore, keepChecked } from './checked.ts';
import { readEnvironment, type Environment } from './env.ts';
import { assertLinearHeadingPatterns } from './pattern-safety.ts';
import type { ConfigFile } from './schema.ts';
import { apiUrlFrom, boardFrom } from './trello.ts';
import type { Config, ConfigOverrides, SourceSpec } from './types.ts';

export interface LoadConfigOptions {
  /** `--config`; else REPORT_SYNC_CONFIG; else `report-sync.json` in cwd when present; else defaults only. */
  configPath?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  overrides?: ConfigOverrides;
}

export interface LoadedConfig {
  config: Config;
  warnings: string[];
}

/**
 * Reads and checks the configuration in stages: file -> schema -> environment
 * and flags -> cross-field rules. What the file's own checks give (the schema,
 * the extraction rules, the heading patterns) is kept for the next command
 * that loads the same file (checked.ts).
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const env = await readEnvironment(options.cwd, options.env);
  const configFile = await locateConfigFile(options, env);
  const text = configFile ? await readConfigText(configFile) : '';
  const checked = checkedBefore(configFile, text);
  const file = checked ?? (await checkConfigFile(configFile, text));
  const baseDir = configFile ? dirname(configFile) : options.cwd;
  const warnings: string[] = [];
  const config = resolveConfig(file, {
    baseDir,
    cwd: options.cwd,
    configFile,
    env,
    overrides: options.overrides ?? {},
    warnings,
  });
  checkRules(config, { extraction: checked === undefined });
  if (!checked) {
    await assertLinearHeadingPatterns(file.extraction);
    keepChecked(configFile, text, file);
  }
  return { config, warnings: [...warnings, ...deprecationsIn(file), ...warningsFor(config)] };
}

async function locateConfigFile(options: LoadConfigOptions, env: Environment): Promise<string | null> {
  const named = options.configPath ?? env.REPORT_SYNC_CONFIG;
  if (named) {
    const path = resolve(options.cwd, named);
    const exists = await access(path).then(
      () => true,
      () => false,
    );
    if (!exists) {
      const how = options.configPath ? '--config' : 'REPORT_SYNC_CONFIG';
      throw new ConfigError(
        `config file ${path} (from ${how}) does not exist. Fix: check the path, or leave ${how} out to use the defaults.`,
      );
    }
    return path;
  }
  const conventional = resolve(options.cwd, 'report-sync.json');
  return (await access(conventional).then(
    () => true,
    () => false,
  ))
    ? conventional
    : null;
}

function readConfigText(path: string): Promise<string> {
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ConfigError(
      `cannot read config file ${path}: ${error.code ?? error.message}. Fix: check its permissions.`,
    );
  });
}

/** The config file (null: none, the defaults alone) through its schema, which loads only for this. */
async function checkConfigFile(path: string | null, text: string): Promise<ConfigFile> {
  const { configFileSchema } = await import('./schema.ts');
  if (path === null) return configFileSchema.parse({});
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      `config file ${path} is not valid JSON: ${(error as Error).message}. Fix: correct the syntax (config/report-sync.example.json shows every setting).`,
    );
  }
  const parsed = configFileSchema.safeParse(input);
  if (!parsed.success) {
    const { describeIssues } = await import('./issues.ts');
    const lines = describeIssues(parsed.error.issues, input).map((line) => `  - ${line}`);
    throw new ConfigError(`invalid configuration in ${path}:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

interface ResolveContext {
  /** Paths written in the config file are relative to it... */
  baseDir: string;
  /** ...and paths given by flags or the environment to the working directory. */
  cwd: string;
  configFile: string | null;
  env: Environment;
  overrides: ConfigOverrides;
  /** What resolving found worth saying (a board URL that carried credentials). */
  warnings: string[];
}

function resolveConfig(file: ConfigFile, context: ResolveContext): Config {
  const { baseDir, cwd, configFile, env, overrides } = context;
  const sourceList = overrides.sources ?? splitList(env.REPORT_SYNC_SOURCES);
  const stateFile = overrides.stateFile ?? env.REPORT_SYNC_STATE_FILE;
  return {
    baseDir,
    configFile,
    sources: sourceList
      ? sourceList.map((pattern) => pathSource(resolve(cwd, pattern)))
      : file.sources.map(toSourceSpec),
    board: boardFrom(overrides.board ?? env.TRELLO_BOARD ?? file.board, context.warnings),
    trello: {
      apiUrl: apiUrlFrom(overrides.apiUrl, env.TRELLO_API_URL, file.trello.apiUrl),
      key: env.TRELLO_API_KEY ?? null,
      token: env.TRELLO_API_TOKEN ?? null,
      requestsPer10s: file.trello.requestsPer10s,
      timeoutMs: file.trello.timeoutMs,
    },
    lists: file.lists,
    labels: file.labels,
    people: file.people,
    dueTime: file.dueTime,
    sourceUrlTemplate: file.sourceUrlTemplate,
    vanished: file.vanished,
    stateFile: stateFile ? resolve(cwd, stateFile) : resolve(baseDir, file.stateFile),
    lockTimeoutMs: file.lockTimeoutMs,
    gitCacheDir: env.REPORT_SYNC_GIT_CACHE_DIR
      ? resolve(cwd, env.REPORT_SYNC_GIT_CACHE_DIR)
      : resolve(baseDir, file.gitCacheDir),
    extraction: resolveExtraction(extractionOptions(file.extraction)),
    worker: {
      ...file.worker,
      schedule: overrides.schedule ?? env.REPORT_SYNC_SCHEDULE ?? file.worker.schedule,
      healthPort: healthPortFrom(env.REPORT_SYNC_HEALTH_PORT) ?? file.worker.healthPort,
    },
    digest: { ...file.digest, out: file.digest.out === null ? null : resolve(baseDir, file.digest.out) },
  };
}

/** The extraction settings of the file, the deprecated v1 keys read as the class lists they became. */
function extractionOptions(extraction: ConfigFile['extraction']): ExtractionOptions {
  const { planHeadings, taskListHeadings, headings = {}, ...rest } = extraction;
  return {
    ...rest,
    headings: {
      ...headings,
      ...(planHeadings && !headings.plan ? { plan: planHeadings } : {}),
      ...(taskListHeadings && !headings.taskList ? { taskList: taskListHeadings } : {}),
    },
  };
}

const DEPRECATED_KEYS = [
  ['planHeadings', 'plan'],
  ['taskListHeadings', 'taskList'],
] as const;

function deprecationsIn(file: ConfigFile): string[] {
  return DEPRECATED_KEYS.filter(([old]) => file.extraction[old] !== undefined).map(([old, key]) => {
    const ignored = file.extraction.headings?.[key]
      ? ' It is ignored, as extraction.headings.' + key + ' is set.'
      : '';
    return `extraction.${old} is deprecated.${ignored} Fix: rename it to extraction.headings.${key} (same patterns; an array still replaces the defaults, {"extend": [...]} adds to them).`;
  });
}

function healthPortFrom(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(
      `REPORT_SYNC_HEALTH_PORT: expected a port from 1 to 65535 (got ${JSON.stringify(value)}). Fix: e.g. REPORT_SYNC_HEALTH_PORT=8080, or unset it to use worker.healthPort.`,
    );
  }
  return port;
}

function splitList(value: string | undefined): string[] | undefined {
  const parts = value
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return parts && parts.length > 0 ? parts : undefined;
}

function pathSource(pattern: string, urlTemplate: string | null = null): SourceSpec {
  return { kind: 'path', pattern, urlTemplate };
}

function toSourceSpec(source: ConfigFile['sources'][number]): SourceSpec {
  if (typeof source === 'string') return pathSource(source);
  if ('git' in source) {
    return {
      kind: 'git',
      url: source.git,
      branch: source.branch,
      path: source.path,
      urlTemplate: source.urlTemplate ?? null,
    };
  }
  return pathSource(source.path, source.urlTemplate ?? null);
}

/** Rules that span fields or need more than a type check; the extraction's when the file was not checked before. */
function checkRules(config: Config, check: { extraction: boolean }): void {
  // Compiling the extraction rules is the one check of the patterns: it names the bad one.
  if (check.extraction) compileRules({ extraction: config.extraction, people: config.people });
  const templates = [config.sourceUrlTemplate, ...config.sources.map((s) => s.urlTemplate)];
  for (const template of templates) {
    if (template !== null && !template.includes('{path}')) {
      throw new ConfigError(
        `source URL template ${JSON.stringify(template)} has no {path}. Fix: add {path} (and optionally {line}), e.g. https://github.com/org/repo/blob/main/{path}#L{line}.`,
      );
    }
  }
}

function warningsFor(config: Config): string[] {
  const warnings: string[] = [];
  const api = new URL(config.trello.apiUrl);
  if (api.protocol === 'http:' && !isLoopback(api.hostname)) {
    warnings.push(
      `trello.apiUrl ${api.origin} is plain http: the key and token would cross the network unencrypted.`,
    );
  }
  if ((config.trello.key === null) !== (config.trello.token === null)) {
    warnings.push('only one of TRELLO_API_KEY and TRELLO_API_TOKEN is set; Trello needs both.');
  }
  return warnings;
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
