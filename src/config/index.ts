export { loadConfig, type LoadConfigOptions, type LoadedConfig } from './load.ts';
export type { Config, ConfigOverrides, SourceSpec, LabelSetting, ExtractionSettings } from './types.ts';
export { readEnvironment } from './env.ts';
export { TRELLO_CREDENTIALS } from './trello.ts';
