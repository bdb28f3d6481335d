import { invalidKey, invalidToken, noCredentials } from "./errors.js";
/**
 * Trello takes key and token from the query (`key`, `token`) or from an
 * `Authorization: OAuth oauth_consumer_key="…", oauth_token="…"` header.
 */
export function presentedCredentials(query, authorization) {
    const header = parseOAuthHeader(authorization);
    return {
        key: query.get('key') ?? header.get('oauth_consumer_key'),
        token: query.get('token') ?? header.get('oauth_token'),
    };
}
/** A value with a broken percent-escape (`%E0%A4%A`) is left out: no key or token is presented, hence 401. */
function parseOAuthHeader(authorization) {
    const values = new Map();
    if (!authorization || !/^OAuth\s/i.test(authorization))
        return values;
    for (const match of authorization.matchAll(/([a-z_]+)="([^"]*)"/gi)) {
        const [, name, value] = match;
        const decoded = value === undefined ? undefined : percentDecoded(value);
        if (name !== undefined && decoded !== undefined)
            values.set(name, decoded);
    }
    return values;
}
function percentDecoded(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return undefined;
    }
}
/**
 * Accepts only the pairs the emulator was started with: neither key nor
 * token is `unauthorized permission requested` on a GET and `missing scopes`
 * otherwise, an unknown key is `invalid key`, a token not issued for that key
 * `invalid token` (O). A key without a token is refused as `invalid token`
 * (?: Trello answers some public reads without a token; report-sync never
 * relies on that).
 */
export function authenticate(presented, allowed, method) {
    if (!presented.key && !presented.token)
        throw noCredentials(method);
    const forKey = allowed.filter((c) => c.key === presented.key);
    if (forKey.length === 0)
        throw invalidKey();
    const pair = forKey.find((c) => c.token === presented.token);
    if (!pair)
        throw invalidToken();
    return pair;
}
//# sourceMappingURL=auth.js.map