/** Null when `version` (default: this Node's) is new enough for report-sync; else the one line that says what to do. */
export function nodeVersionProblem(version?: string): string | null;
