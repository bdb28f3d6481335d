import { isIPv4, isIPv6 } from 'node:net';
/** `::ffff:7f00:1` after canonicalisation: IPv4 loopback reaching a dual-stack (`::`) socket. */
const MAPPED_IPV4 = /^::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}$/;
/**
 * Whether a peer address (as `socket.remoteAddress` gives it) is this machine's
 * loopback: 127.0.0.0/8, ::1, or 127.x.x.x mapped into IPv6. Anything
 * unparseable is not.
 */
export function isLoopbackAddress(address) {
    if (!address)
        return false;
    if (isIPv4(address))
        return address.split('.')[0] === '127';
    // A zone id (`fe80::1%eth0`) marks a link-local address, never loopback.
    if (!isIPv6(address) || address.includes('%'))
        return false;
    // The URL parser canonicalises IPv6 (zero runs, case, dotted IPv4 tails), e.g. `::FFFF:127.0.0.1` → `::ffff:7f00:1`.
    const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
    if (canonical === '::1')
        return true;
    const mapped = MAPPED_IPV4.exec(canonical);
    return mapped !== null && Number.parseInt(mapped[1] ?? '', 16) >> 8 === 127;
}
//# sourceMappingURL=loopback.js.map