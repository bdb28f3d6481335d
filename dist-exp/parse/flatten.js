export function flattenOutline(outline) {
    const flat = { sections: [], items: [] };
    visitSection(outline.root, flat);
    return flat;
}
function visitSection(section, flat) {
    if (section.level > 0)
        flat.sections.push({ title: section.title, level: section.level, line: section.line });
    visitBlocks(section.blocks, 1, flat);
    for (const sub of section.sections)
        visitSection(sub, flat);
}
function visitBlocks(blocks, depth, flat) {
    for (const block of blocks) {
        if (block.type === 'list')
            for (const item of block.items)
                visitItem(item, depth, flat);
        else if (block.type === 'table')
            visitBlocks(block.cellBlocks, depth, flat);
    }
}
function visitItem(item, depth, flat) {
    flat.items.push({ text: item.text, depth, line: item.line });
    for (const child of item.children)
        visitItem(child, depth + 1, flat);
}
//# sourceMappingURL=flatten.js.map