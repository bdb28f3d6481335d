/**
 * The credential of a git URL (`https://bot:TOKEN@host/org/reports.git`), kept
 * out of the clone: git is given the URL without it, and the credential by a
 * helper that reads it from the git process's environment. So neither the
 * cache's .git/config nor its FETCH_HEAD or reflog ever holds it, and a new
 * credential in the configured URL takes effect on the next pull.
 */
/** Only http(s) URLs carry a password in their userinfo; ssh and file URLs pass through as they are. */
export function splitCredential(url) {
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url))
        return { url, credential: null };
    const parsed = new URL(url);
    if (parsed.username === '' && parsed.password === '')
        return { url, credential: null };
    const credential = {
        username: decodeURIComponent(parsed.username),
        password: decodeURIComponent(parsed.password),
    };
    parsed.username = '';
    parsed.password = '';
    return { url: parsed.href, credential };
}
const USERNAME_VARIABLE = 'REPORT_SYNC_GIT_USERNAME';
const PASSWORD_VARIABLE = 'REPORT_SYNC_GIT_PASSWORD';
/**
 * The `-c` options that make git ask our helper, and no other, for the
 * credential: the empty value first clears helpers from the user's git config,
 * so that none of them stores the credential. git runs a `!` helper with its
 * shell; the helper answers `get` only, from the environment (never from
 * argv, which other users of the machine can read).
 */
export function credentialOptions(remote) {
    if (!remote.credential)
        return [];
    const helper = `!f() { test "$1" = get && printf 'username=%s\\npassword=%s\\n' "$${USERNAME_VARIABLE}" "$${PASSWORD_VARIABLE}"; }; f`;
    return ['-c', 'credential.helper=', '-c', `credential.helper=${helper}`];
}
/** The variables the helper reads, for the environment of the git process alone. */
export function credentialEnvironment(remote) {
    if (!remote.credential)
        return {};
    return { [USERNAME_VARIABLE]: remote.credential.username, [PASSWORD_VARIABLE]: remote.credential.password };
}
//# sourceMappingURL=git-credential.js.map