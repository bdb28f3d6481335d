/** The resolved configuration every command works from: defaults filled, paths absolute, secrets from the environment. */
import type { ExtractionSettings } from '../extract/options.ts';
import type { ConfigFile } from './schema.ts';

export type { ExtractionSettings };

export type SourceSpec =
  | { kind: 'path'; pattern: string; urlTemplate: string | null }
  | { kind: 'git'; url: string; branch: string; path: string; urlTemplate: string | null };

export interface LabelSetting {
  name: string;
  color: string | null;
}

export interface Config {
  /** Directory relative paths and source patterns are resolved against (the config file's, else the working directory). */
  baseDir: string;
  /** The config file read, or null when only defaults and the environment apply. */
  configFile: string | null;
  sources: SourceSpec[];
  board: string | null;
  trello: {
    apiUrl: string;
    key: string | null;
    token: string | null;
    requestsPer10s: number | null;
    timeoutMs: number;
  };
  lists: { todo: string; planned: string; done: string };
  labels: { todo: LabelSetting; planned: LabelSetting; perReport: boolean };
  people: Record<string, string>;
  /** HH:MM in worker.timezone (UTC when null). */
  dueTime: string;
  sourceUrlTemplate: string | null;
  vanished: 'keep' | 'comment' | 'archive';
  stateFile: string;
  lockTimeoutMs: number;
  gitCacheDir: string;
  extraction: ExtractionSettings;
  worker: { schedule: string; timezone: string | null; runOnStart: boolean; healthPort: number | null };
  /** `report-sync digest` and the worker's digest; `out` is absolute. */
  digest: ConfigFile['digest'];
}

/** Command-line flags, which win over the environment and the file. */
export interface ConfigOverrides {
  sources?: string[];
  board?: string;
  stateFile?: string;
  schedule?: string;
  apiUrl?: string;
}
