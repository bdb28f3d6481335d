/** `doctor`'s checks as people read them: pass or FAIL, what was found, and the fix. */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
  /** What to do when the check fails (or a note when it passes with a caveat). */
  fix?: string;
}

export function formatChecks(checks: readonly Check[]): string {
  const lines = checks.map(
    (c) =>
      `${c.ok ? 'pass' : 'FAIL'}  ${c.name}: ${c.detail}${!c.ok && c.fix ? `\n      fix: ${c.fix}` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}
