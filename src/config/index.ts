export { loadConfig, type LoadConfigOptions, type LoadedConfig } from './load.ts';
export type { Config, ConfigOverrides, SourceSpec, LabelSetting, ExtractionSettings } from './types.ts';
export { readEnvironment } from './env.ts';
export { requireTrelloAccess, TRELLO_CREDENTIALS, type TrelloAccess } from './trello.ts';
