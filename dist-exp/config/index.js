export { loadConfig } from "./load.js";
export { readEnvironment } from "./env.js";
export { configFileSchema } from "./schema.js";
export { TRELLO_CREDENTIALS } from "./trello.js";
//# sourceMappingURL=index.js.map