// East Asian wide and full-width characters take two columns, combining marks none: docutils' column_width.
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
const COMBINING = /\p{M}/u;
export function columnWidth(text) {
    let width = 0;
    for (const ch of text)
        width += COMBINING.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
    return width;
}
//# sourceMappingURL=column-width.js.map