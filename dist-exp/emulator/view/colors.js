import { LABEL_PALETTE } from "../label-colors.js";
/** The chip of a label: its shade of the palette, and whether it needs light text. */
export function labelColors(color) {
    const [base = '', shade] = (color ?? '').split('_');
    const palette = LABEL_PALETTE[base];
    if (!palette)
        return { background: '#e9ebee', text: '#44546f' };
    if (shade === 'dark')
        return { background: palette[2], text: '#ffffff' };
    return { background: shade === 'light' ? palette[1] : palette[0], text: '#172b4d' };
}
//# sourceMappingURL=colors.js.map