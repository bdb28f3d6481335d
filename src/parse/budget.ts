/**
 * The time bound of one parse. The parse layer reads no clock of its own: the
 * caller passes one in, and parsers call `check()` between lines or blocks so
 * that a pathological input gives up instead of stalling a sync run.
 */
export class BudgetExceeded extends Error {
  readonly line: number | undefined;
  constructor(limitMs: number, line?: number) {
    super(`parsing took longer than ${limitMs} ms${line === undefined ? '' : ` (reached line ${line})`}`);
    this.name = 'BudgetExceeded';
    this.line = line;
  }
}

export class TimeBudget {
  readonly #now: () => number;
  readonly #limitMs: number;
  readonly #deadline: number;

  constructor(now: () => number, limitMs: number) {
    this.#now = now;
    this.#limitMs = limitMs;
    this.#deadline = now() + limitMs;
  }

  /** Throws BudgetExceeded once the deadline has passed; `line` says how far the parse got. */
  check(line?: number): void {
    if (this.#now() > this.#deadline) throw new BudgetExceeded(this.#limitMs, line);
  }

  /** No clock given: the parse is unbounded (pure callers, tests of the parsers themselves). */
  static unlimited(): TimeBudget {
    return new TimeBudget(() => 0, Number.POSITIVE_INFINITY);
  }
}

/** The report is built in a way no parser can read in full (lists nested deeper than it follows): it is skipped. */
export class ParseLimitExceeded extends Error {
  readonly code: string;
  readonly line: number;
  readonly fix: string;
  constructor(code: string, line: number, message: string, fix: string) {
    super(message);
    this.name = 'ParseLimitExceeded';
    this.code = code;
    this.line = line;
    this.fix = fix;
  }
}
