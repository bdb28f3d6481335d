/**
 * The time bound of one parse. The parse layer reads no clock of its own: the
 * caller passes one in, and parsers call `check()` between lines or blocks so
 * that a pathological input gives up instead of stalling a sync run.
 */
export class BudgetExceeded extends Error {
    line;
    constructor(limitMs, line) {
        super(`parsing took longer than ${limitMs} ms${line === undefined ? '' : ` (reached line ${line})`}`);
        this.name = 'BudgetExceeded';
        this.line = line;
    }
}
export class TimeBudget {
    #now;
    #limitMs;
    #deadline;
    constructor(now, limitMs) {
        this.#now = now;
        this.#limitMs = limitMs;
        this.#deadline = now() + limitMs;
    }
    /** Throws BudgetExceeded once the deadline has passed; `line` says how far the parse got. */
    check(line) {
        if (this.#now() > this.#deadline)
            throw new BudgetExceeded(this.#limitMs, line);
    }
    /** No clock given: the parse is unbounded (pure callers, tests of the parsers themselves). */
    static unlimited() {
        return new TimeBudget(() => 0, Number.POSITIVE_INFINITY);
    }
}
/** The report is built in a way no parser can read in full (lists nested deeper than it follows): it is skipped. */
export class ParseLimitExceeded extends Error {
    code;
    line;
    fix;
    constructor(code, line, message, fix) {
        super(message);
        this.name = 'ParseLimitExceeded';
        this.code = code;
        this.line = line;
        this.fix = fix;
    }
}
//# sourceMappingURL=budget.js.map