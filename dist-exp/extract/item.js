/** The item record (docs/extraction.md, "The item record"): one TODO or planned activity found in a report. */
export {};
//# sourceMappingURL=item.js.map