/** Trello's label palette (2023): background and whether the chip needs light text. */
const BASE: Record<string, [normal: string, light: string, dark: string]> = {
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

export interface ChipColors {
  background: string;
  text: string;
}

export function labelColors(color: string | null): ChipColors {
  const [base = '', shade] = (color ?? '').split('_');
  const palette = BASE[base];
  if (!palette) return { background: '#e9ebee', text: '#44546f' };
  if (shade === 'dark') return { background: palette[2], text: '#ffffff' };
  return { background: shade === 'light' ? palette[1] : palette[0], text: '#172b4d' };
}
