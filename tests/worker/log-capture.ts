import { createLogger, type Logger } from '../../src/log/logger.ts';

/** A real pino logger whose JSON lines are kept in memory, so tests can read what was logged. */
export function captureLogs(): {
  logger: Logger;
  lines: () => Record<string, unknown>[];
  text: () => string;
} {
  const raw: string[] = [];
  const logger = createLogger({
    level: 'debug',
    pretty: false,
    destination: { write: (line: string) => raw.push(line) },
  });
  return {
    logger,
    lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>),
    text: () => raw.join(''),
  };
}
