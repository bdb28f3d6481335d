import { isIP } from 'node:net';
import { isLoopbackAddress } from "./loopback.js";
/**
 * Which `Host` and `Origin` headers the emulator's unauthenticated pages
 * accept. A web page on another site can make the browser send a simple
 * (text/plain) POST to 127.0.0.1 without a preflight, and a DNS name that is
 * rebound to 127.0.0.1 makes the page same-origin with it; both carry a
 * foreign header: an `Origin` of the page, a `Host` of the attacker's name.
 */
/** `host[:port]` split, with IPv6 brackets removed; undefined when unreadable. */
function hostAndPort(value) {
    if (!URL.canParse(`http://${value}`))
        return undefined;
    const url = new URL(`http://${value}`);
    if (url.username !== '' || url.password !== '' || url.pathname !== '/' || url.search !== '')
        return undefined;
    return { host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || '80') };
}
function isLoopbackName(host) {
    return host === 'localhost' || isLoopbackAddress(host);
}
/**
 * A `Host` naming this machine's loopback (or, where `anyAddress`, any IP
 * literal: those cannot be rebound) at the port the emulator serves.
 */
export function isOwnHost(header, port, anyAddress = false) {
    const parsed = header === undefined ? undefined : hostAndPort(header);
    if (!parsed || parsed.port !== port)
        return false;
    return isLoopbackName(parsed.host) || (anyAddress && isIP(parsed.host) !== 0);
}
/** No `Origin` (a tool on this machine, not a browser), or the emulator's own loopback origin. */
export function isOwnOrigin(header, port) {
    if (header === undefined)
        return true;
    if (!URL.canParse(header))
        return false; // `null` (sandboxed frames, file: pages) included
    const origin = new URL(header);
    return origin.protocol === 'http:' && isOwnHost(origin.host, port);
}
//# sourceMappingURL=request-origin.js.map