/** Trello's label palette: ten colours, each also in a `_light` and a `_dark` shade (facts sheet, O). */
export const LABEL_BASE_COLORS = [
    'green',
    'yellow',
    'orange',
    'red',
    'purple',
    'blue',
    'sky',
    'lime',
    'pink',
    'black',
];
/** Every colour a label may have: the base colours and their shades. */
export const LABEL_COLORS = LABEL_BASE_COLORS.flatMap((c) => [
    c,
    `${c}_light`,
    `${c}_dark`,
]);
//# sourceMappingURL=colors.js.map