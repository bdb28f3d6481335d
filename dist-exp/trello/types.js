/**
 * The Trello model as report-sync sees it, and the one interface through which
 * everything talks to Trello. Only `src/trello/` imports trello.js; the rest of
 * the code (and its tests, through an in-memory fake) depends on this file.
 */
export {};
//# sourceMappingURL=types.js.map