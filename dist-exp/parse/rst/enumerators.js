/**
 * Enumerated-list markers as docutils reads them: `1.`, `(a)`, `iv)`, `#.`.
 * A marker starts a list only when its ordinal is valid and the next line is
 * blank, indented or the next marker, so that `A. Einstein was…` stays prose.
 */
const ENUM = '[0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#';
const ENUMERATOR = new RegExp(`^(?:\\((${ENUM})\\)|(${ENUM})\\)|(${ENUM})\\.)( +|$)`);
const SEQUENCE_PATTERNS = [
    ['arabic', /^[0-9]+$/],
    ['loweralpha', /^[a-z]$/],
    ['upperalpha', /^[A-Z]$/],
    ['lowerroman', /^[ivxlcdm]+$/],
    ['upperroman', /^[IVXLCDM]+$/],
];
const FORMATS = {
    parens: { prefix: '(', suffix: ')' },
    rparen: { prefix: '', suffix: ')' },
    period: { prefix: '', suffix: '.' },
};
export function matchEnumerator(text, expected) {
    const match = ENUMERATOR.exec(text);
    if (!match)
        return null;
    const [whole, parens, rparen, period] = match;
    const format = parens !== undefined ? 'parens' : rparen !== undefined ? 'rparen' : 'period';
    const value = parens ?? rparen ?? period ?? '';
    const sequence = sequenceOf(value, expected);
    return { format, sequence, ordinal: ordinalOf(value, sequence), textStart: whole.length };
}
function sequenceOf(value, expected) {
    if (value === '#')
        return '#';
    if (expected && expected !== '#' && SEQUENCE_PATTERNS.find(([s]) => s === expected)?.[1].test(value))
        return expected;
    if (value === 'i')
        return 'lowerroman';
    if (value === 'I')
        return 'upperroman';
    return SEQUENCE_PATTERNS.find(([, pattern]) => pattern.test(value))?.[0] ?? 'arabic';
}
function ordinalOf(value, sequence) {
    switch (sequence) {
        case '#':
            return 1;
        case 'arabic':
            return Number(value);
        case 'loweralpha':
        case 'upperalpha':
            return value.toLowerCase().charCodeAt(0) - 96;
        default:
            return fromRoman(value.toUpperCase());
    }
}
/** The marker text that would come next (`3.`), and its auto form (`#.`); null past `z` or 4999. */
export function nextMarkers(e) {
    const { prefix, suffix } = FORMATS[e.format];
    const auto = `${prefix}#${suffix} `;
    if (e.sequence === '#')
        return [auto, auto];
    const next = (e.ordinal ?? 0) + 1;
    let value;
    if (e.sequence === 'arabic')
        value = String(next);
    else if (e.sequence.endsWith('alpha'))
        value = next > 26 ? null : String.fromCharCode(96 + next);
    else
        value = toRoman(next);
    if (value === null)
        return null;
    value = e.sequence.startsWith('upper')
        ? value.toUpperCase()
        : e.sequence.startsWith('lower')
            ? value.toLowerCase()
            : value;
    return [`${prefix}${value}${suffix} `, auto];
}
const ROMAN = [
    ['M', 1000],
    ['CM', 900],
    ['D', 500],
    ['CD', 400],
    ['C', 100],
    ['XC', 90],
    ['L', 50],
    ['XL', 40],
    ['X', 10],
    ['IX', 9],
    ['V', 5],
    ['IV', 4],
    ['I', 1],
];
function toRoman(n) {
    if (n <= 0 || n >= 5000)
        return null;
    let out = '';
    for (const [symbol, value] of ROMAN) {
        while (n >= value) {
            out += symbol;
            n -= value;
        }
    }
    return out;
}
/** Only canonical numerals count (`IIII` is not 4), as in docutils' roman module. */
function fromRoman(text) {
    let total = 0;
    let rest = text;
    for (const [symbol, value] of ROMAN) {
        while (rest.startsWith(symbol)) {
            total += value;
            rest = rest.slice(symbol.length);
        }
    }
    return rest === '' && total > 0 && toRoman(total) === text ? total : null;
}
//# sourceMappingURL=enumerators.js.map