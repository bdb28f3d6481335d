/**
 * Trello's label palette as the emulator knows it, on its own (not the
 * client's copy, so that a wrong fact in one shows up against the other):
 * ten colours, each also in a `_light` and a `_dark` shade (facts sheet, O),
 * with the 2023 web colours the board view paints them in.
 */
export const LABEL_PALETTE = {
    green: ['#4bce97', '#baf3db', '#1f845a'],
    yellow: ['#f5cd47', '#f8e6a0', '#946f00'],
    orange: ['#fea362', '#fedec8', '#c25100'],
    red: ['#f87168', '#ffd5d2', '#c9372c'],
    purple: ['#9f8fef', '#dfd8fd', '#6e5dc6'],
    blue: ['#579dff', '#cce0ff', '#0c66e4'],
    sky: ['#6cc3e0', '#c6edfb', '#227d9b'],
    lime: ['#94c748', '#d3f1a7', '#5b7f24'],
    pink: ['#e774bb', '#fdd0ec', '#ae4787'],
    black: ['#8590a2', '#dcdfe4', '#626f86'],
};
/** Every colour `POST /labels` accepts: the base colours and their shades. */
export const LABEL_COLORS = new Set(Object.keys(LABEL_PALETTE).flatMap((c) => [c, `${c}_light`, `${c}_dark`]));
//# sourceMappingURL=label-colors.js.map