/** `doctor`'s checks as people read them: pass or FAIL, what was found, and the fix. */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
  /** What to do when the check fails (or a note when it passes with a caveat). */
  fix?: string;
}

/** A message with one ". Fix: " gives a check its detail and its fix line; any other keeps `otherwise` as the fix. */
export function splitFix(message: string, otherwise: string): { detail: string; fix: string } {
  const parts = message.split('. Fix: ');
  if (parts.length === 2 && parts[0] && parts[1])
    return { detail: parts[0], fix: parts[1].replace(/\.$/, '') };
  return { detail: message, fix: otherwise };
}

export function formatChecks(checks: readonly Check[]): string {
  const lines = checks.map(
    (c) =>
      `${c.ok ? 'pass' : 'FAIL'}  ${c.name}: ${c.detail}${!c.ok && c.fix ? `\n      fix: ${c.fix}` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}
