import { InvalidArgumentError } from 'commander';
/** `--port`: 0 to 65535, where 0 lets the system pick a free port. */
export function parsePort(value) {
    const port = Number(value);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new InvalidArgumentError('expected a port number from 0 to 65535 (0 picks a free port), e.g. --port 8089');
    }
    return port;
}
//# sourceMappingURL=options.js.map