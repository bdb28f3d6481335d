import type { MemberRecord } from '../model.ts';
import { Router } from '../router.ts';
import { registerActionRoutes } from './actions.ts';
import { registerBatchRoute } from './batch.ts';
import { registerBoardRoutes } from './boards.ts';
import { registerCardPartRoutes } from './card-parts.ts';
import { registerCardFieldRoute, registerCardRoutes } from './cards.ts';
import { registerChecklistRoutes } from './checklists.ts';
import { registerLabelRoutes } from './labels.ts';
import { registerListRoutes } from './lists.ts';
import { registerMemberRoutes } from './members.ts';
import { registerSearchRoute } from './search.ts';

export interface ApiRouteOptions {
  /** Members added to every board created through the API, besides its creator. */
  seedMembers: () => MemberRecord[];
  searchIndexLagMs: number;
  /** The most cards one read without `limit` answers before it is refused as too large. */
  maxCardsPerRead: number;
}

/** Every `/1/...` route the emulator answers. */
export function createApiRouter(options: ApiRouteOptions): Router {
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
