/**
 * Badge icons as inline SVG: emoji and symbol fonts vary between machines
 * (a headless Chromium may have none), inline shapes render everywhere.
 */
const svg = (body) => `<svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;
export const ICONS = {
    clock: svg('<circle cx="8" cy="8" r="6.25"/><path d="M8 4.5V8l2.5 1.5"/>'),
    comment: svg('<path d="M2.75 3.25h10.5v7.5H7l-3 2.5v-2.5H2.75z"/>'),
    checked: svg('<rect x="2.5" y="2.5" width="11" height="11" rx="2"/><path d="M5.25 8.25l2 2 3.5-4" stroke-width="2"/>'),
    checklist: svg('<rect x="2.5" y="2.5" width="11" height="11" rx="2"/><path d="M5.25 8.25l2 2 3.5-4"/>'),
    attachment: svg('<path d="M10.5 5.5l-4.75 4.75a1.5 1.5 0 0 0 2.1 2.1l5-5a3 3 0 0 0-4.25-4.25l-5 5a4.5 4.5 0 0 0 6.35 6.35L13.5 10"/>'),
};
//# sourceMappingURL=icons.js.map