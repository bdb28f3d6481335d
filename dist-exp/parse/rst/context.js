export { MAX_NESTING } from "../limits.js";
/** The context for the body of a list item, block quote, directive or table cell. */
export function nested(ctx) {
    return { ...ctx, sections: null, depth: ctx.depth + 1 };
}
//# sourceMappingURL=context.js.map