import pino, {} from 'pino';
import { ConfigError } from "../errors.js";
import { redactUrls } from "./redact.js";
/**
 * Paths that may hold secrets: pino replaces them before a line is written.
 * Not `key`: item keys are logged, and credentials never travel under that name.
 */
const REDACT = ['token', 'apiKey', 'apiToken', '*.token', '*.apiKey', '*.apiToken', '*.authorization'];
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];
/** LOG_LEVEL as a level, or a ConfigError that lists the levels. */
export function parseLogLevel(value) {
    const level = (value ?? 'info').trim().toLowerCase();
    if (LOG_LEVELS.includes(level))
        return level;
    throw new ConfigError(`LOG_LEVEL: expected one of ${LOG_LEVELS.join(', ')} (got ${JSON.stringify(value)}). Fix: set LOG_LEVEL=info, or unset it.`);
}
/** The one logger factory. Every other module gets a logger (or a child of one) passed in. */
export function createLogger(options = {}) {
    const level = options.level ?? 'info';
    const pretty = options.pretty ?? Boolean(process.stderr.isTTY);
    const base = {
        level,
        base: undefined,
        redact: { paths: REDACT, censor: '[redacted]' },
        hooks: { logMethod: redactingLogMethod },
        serializers: { err: redactedError },
    };
    if (options.destination)
        return pino(base, options.destination);
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
function redactingLogMethod(args, method) {
    const redacted = args.map((arg) => {
        if (typeof arg === 'string')
            return redactUrls(arg);
        if (arg === null || typeof arg !== 'object' || arg instanceof Error)
            return arg;
        return Object.fromEntries(Object.entries(arg).map(([name, value]) => [
            name,
            typeof value === 'string' ? redactUrls(value) : value,
        ]));
    });
    method.apply(this, redacted);
}
/** pino's own error serializer, with the credentials of URLs in the message and stack hidden. */
function redactedError(error) {
    const shown = pino.stdSerializers.err(error);
    return { ...shown, message: redactUrls(shown.message), stack: redactUrls(shown.stack) };
}
/** A logger that writes nothing, for tests and library use. */
export function silentLogger() {
    return pino({ level: 'silent' });
}
//# sourceMappingURL=logger.js.map