import { registerSync } from "./sync.js";
/** Every command, in the order `--help` lists them. One line per command. */
export const commands = [
    registerSync,
];
//# sourceMappingURL=index.js.map