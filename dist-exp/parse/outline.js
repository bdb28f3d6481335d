/**
 * The one outline model every report format is parsed into (docs/extraction.md, "Reports").
 * Plain data: JSON-serialisable, no class instances, so that an outline can be
 * printed, compared with docutils and snapshotted.
 */
export {};
//# sourceMappingURL=outline.js.map