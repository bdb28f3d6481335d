import pino, { type Logger, type DestinationStream, type LogFn } from 'pino';
import { ConfigError } from '../errors.ts';
import { redactUrls } from './redact.ts';

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
  const base = {
    level,
    base: undefined,
    redact: { paths: REDACT, censor: '[redacted]' },
    hooks: { logMethod: redactingLogMethod },
    serializers: { err: redactedError },
  };
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

/** Every URL in a line's message and top-level fields loses its credentials (a board URL with `token=`). */
function redactingLogMethod(this: Logger, args: Parameters<LogFn>, method: LogFn): void {
  const redacted = args.map((arg: unknown) => {
    if (typeof arg === 'string') return redactUrls(arg);
    if (arg === null || typeof arg !== 'object' || arg instanceof Error) return arg;
    return Object.fromEntries(
      Object.entries(arg).map(([name, value]) => [
        name,
        typeof value === 'string' ? redactUrls(value) : value,
      ]),
    );
  });
  method.apply(this, redacted as Parameters<LogFn>);
}

/** pino's own error serializer, with the credentials of URLs in the message and stack hidden. */
function redactedError(error: Error): object {
  const shown = pino.stdSerializers.err(error);
  return { ...shown, message: redactUrls(shown.message), stack: redactUrls(shown.stack) };
}

/** A logger that writes nothing, for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
