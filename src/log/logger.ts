import pino, { type Logger, type DestinationStream } from 'pino';
import { ConfigError } from '../errors.ts';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** Default `info`; check a user's value with `parseLogLevel` first. */
  level?: LogLevel;
  /** Pretty output for people; defaults to whether stderr is a terminal. */
  pretty?: boolean;
  /** Where log lines go; stderr by default so that stdout carries only command output. */
  destination?: DestinationStream;
}

/**
 * Paths that may hold secrets: pino replaces them before a line is written.
 * Not `key`: item keys are logged, and credentials never travel under that name.
 */
const REDACT = ['token', 'apiKey', 'apiToken', '*.token', '*.apiKey', '*.apiToken', '*.authorization'];

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** LOG_LEVEL as a level, or a ConfigError that lists the levels. */
export function parseLogLevel(value: string | undefined): LogLevel {
  const level = (value ?? 'info').trim().toLowerCase();
  if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
  throw new ConfigError(
    `LOG_LEVEL: expected one of ${LOG_LEVELS.join(', ')} (got ${JSON.stringify(value)}). Fix: set LOG_LEVEL=info, or unset it.`,
  );
}

/** The one logger factory. Every other module gets a logger (or a child of one) passed in. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? 'info';
  const pretty = options.pretty ?? Boolean(process.stderr.isTTY);
  const base = { level, base: undefined, redact: { paths: REDACT, censor: '[redacted]' } };
  if (options.destination) return pino(base, options.destination);
  if (pretty) {
    return pino({
      ...base,
      transport: {
        target: 'pino-pretty',
        options: { destination: 2, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
      },
    });
  }
  return pino(base, pino.destination({ fd: 2, sync: true }));
}

/** A logger that writes nothing, for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
