export const REPORT_EXTENSIONS = {
    rst: 'rst',
    rest: 'rst',
    md: 'markdown',
    markdown: 'markdown',
    txt: null,
};
export const EXTENSIONS = Object.keys(REPORT_EXTENSIONS);
/** The format a file name's extension fixes; undefined when its content decides. */
export function formatOfExtension(extension) {
    const key = extension.toLowerCase();
    return isReportExtension(key) ? (REPORT_EXTENSIONS[key] ?? undefined) : undefined;
}
function isReportExtension(extension) {
    return Object.hasOwn(REPORT_EXTENSIONS, extension);
}
/** `.rst .md .markdown .txt`, or in a sentence `.rst, .md, .markdown or .txt`. */
export function extensionList(style = 'list') {
    const names = EXTENSIONS.map((e) => `.${e}`);
    return style === 'list' ? names.join(' ') : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
}
/** True when the path ends in one of the report extensions. */
export function hasReportExtension(path) {
    const dot = path.lastIndexOf('.');
    return dot >= 0 && isReportExtension(path.slice(dot + 1).toLowerCase());
}
//# sourceMappingURL=formats.js.map