/** Documented defaults, shaped like Trello's: a 32-hex key and an `ATTA…` token. */
export const DEFAULT_CREDENTIALS = {
    key: 'e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1',
    token: 'ATTAe1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1',
};
export const DEFAULT_BOARD_NAME = 'report-sync';
export const DEFAULT_OWNER = { username: 'emulator', fullName: 'Emulator Owner' };
export const DEFAULT_SEARCH_INDEX_LAG_MS = 2_000;
//# sourceMappingURL=options.js.map