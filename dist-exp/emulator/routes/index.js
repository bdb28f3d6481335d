import { Router } from "../router.js";
import { registerActionRoutes } from "./actions.js";
import { registerBatchRoute } from "./batch.js";
import { registerBoardRoutes } from "./boards.js";
import { registerCardPartRoutes } from "./card-parts.js";
import { registerCardFieldRoute, registerCardRoutes } from "./cards.js";
import { registerChecklistRoutes } from "./checklists.js";
import { registerLabelRoutes } from "./labels.js";
import { registerListRoutes } from "./lists.js";
import { registerMemberRoutes } from "./members.js";
import { registerSearchRoute } from "./search.js";
/** Every `/1/...` route the emulator answers. */
export function createApiRouter(options) {
    const router = new Router();
    registerBoardRoutes(router, options.seedMembers, options.maxCardsPerRead);
    registerActionRoutes(router);
    registerListRoutes(router);
    registerLabelRoutes(router);
    registerCardRoutes(router);
    registerCardPartRoutes(router);
    registerChecklistRoutes(router);
    registerMemberRoutes(router);
    registerSearchRoute(router, options.searchIndexLagMs);
    registerBatchRoute(router);
    registerCardFieldRoute(router);
    return router;
}
//# sourceMappingURL=index.js.map