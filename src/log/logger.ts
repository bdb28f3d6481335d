import pino, { type Logger, type DestinationStream } from 'pino';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** Defaults to LOG_LEVEL, then `info`. */
  level?: string;
  /** Pretty output for people; defaults to whether stderr is a terminal. */
  pretty?: boolean;
  /** Where log lines go; stderr by default so that stdout carries only command output. */
  destination?: DestinationStream;
}

/** Paths that may hold secrets: pino replaces them before a line is written. */
const REDACT = ['key', 'token', 'apiKey', 'apiToken', '*.key', '*.token', '*.apiKey', '*.apiToken'];

/** The one logger factory. Every other module gets a logger (or a child of one) passed in. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? process.env['LOG_LEVEL'] ?? 'info';
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
