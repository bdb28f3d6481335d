/**
 * The one place that hides credentials in text before it reaches a log line, an
 * error message or the terminal: the userinfo of URLs (`https://bot:TOKEN@host`),
 * credential query parameters (`?key=…&token=…`), and the configured secrets
 * themselves wherever they appear.
 */
const HIDDEN = '***';
/** Query parameters that carry credentials: Trello's `key` and `token`, and the usual names elsewhere. */
const CREDENTIAL_PARAM = /([?&;])(key|token|api[_-]?key|api[_-]?token|access[_-]?token|oauth_[a-z_]+|password|passwd|secret|client[_-]?secret|sig|signature|auth)=([^&#\s"'<>]*)/gi;
/** `scheme://userinfo@`: the userinfo may be a token (`https://TOKEN@github.com`), so all of it goes. */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi;
/**
 * A secret this long cannot turn up in a message by chance and is hidden
 * wherever it appears; a shorter one only where it stands alone (not inside a
 * word or a number), so that a one-letter key does not blank every "e".
 */
const ANYWHERE_LENGTH = 8;
/** Hides the credentials in every URL (absolute or a bare `?query`) in a text. */
export function redactUrls(text) {
    return text.replace(USERINFO, `$1${HIDDEN}@`).replace(CREDENTIAL_PARAM, `$1$2=${HIDDEN}`);
}
/** Hides the given secrets (raw or URL-encoded) and every URL's credentials. */
export function createRedactor(secrets) {
    const patterns = [...new Set(secrets.filter((s) => s !== '').flatMap((s) => [s, encodeURIComponent(s)]))]
        .sort((a, b) => b.length - a.length)
        .map((secret) => {
        const literal = secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return new RegExp(secret.length >= ANYWHERE_LENGTH ? literal : `(?<![\\p{L}\\p{N}])${literal}(?![\\p{L}\\p{N}])`, 'gu');
    });
    return (text) => redactUrls(patterns.reduce((out, pattern) => out.replace(pattern, '[redacted]'), text));
}
/**
 * The secrets a save or a message can be checked for by plain containment:
 * a short one is in almost any text, and would refuse every save.
 */
export function containedSecrets(secrets) {
    return secrets.filter((secret) => secret.length >= ANYWHERE_LENGTH);
}
//# sourceMappingURL=redact.js.map