export function formatChecks(checks) {
    const lines = checks.map((c) => `${c.ok ? 'pass' : 'FAIL'}  ${c.name}: ${c.detail}${!c.ok && c.fix ? `\n      fix: ${c.fix}` : ''}`);
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=checks.js.map