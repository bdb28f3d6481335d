import { silentLogger } from "../log/logger.js";
import { DEFAULT_MAX_CARDS_PER_READ } from "./card-reads.js";
import { createBoard, ensureMember } from "./board-setup.js";
import { FaultInjector } from "./faults.js";
import { DEFAULT_BOARD_NAME, DEFAULT_CREDENTIALS, DEFAULT_OWNER, DEFAULT_SEARCH_INDEX_LAG_MS, } from "./options.js";
import { jsonFilePersistence, memoryPersistence } from "./persistence.js";
import { RateLimiter, TRELLO_RATE_LIMIT } from "./ratelimit.js";
import { createApiRouter } from "./routes/index.js";
import { Serializer } from "./serialize.js";
import { attachHandlers, closeServer, createHttpServer, listen } from "./server.js";
import { StatsRecorder } from "./stats.js";
import { Store } from "./store.js";
export { DEFAULT_BOARD_NAME, DEFAULT_CREDENTIALS } from "./options.js";
export { TRELLO_RATE_LIMIT } from "./ratelimit.js";
/** Starts a local server that answers like Trello's REST API v1 for everything report-sync uses. */
export async function startEmulator(options = {}) {
    const persistence = options.dataFile ? jsonFilePersistence(options.dataFile) : memoryPersistence;
    const store = new Store(await persistence.load(), () => persistence.schedule(store.data), options.clock ?? Date.now);
    const ownerSeed = options.owner ?? DEFAULT_OWNER;
    const owner = ensureMember(store, ownerSeed.username, ownerSeed.fullName);
    const seeded = (options.members ?? []).map((m) => ensureMember(store, m.username, m.fullName));
    const boardName = options.board ?? DEFAULT_BOARD_NAME;
    const board = findBoard(store, boardName, owner, seeded) ??
        createBoard(store, {
            name: boardName,
            owner,
            members: seeded,
            defaultLists: options.boardDefaults ?? true,
            defaultLabels: options.boardDefaults ?? true,
        });
    await persistence.flush();
    const server = createHttpServer();
    const address = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const origin = `http://${host}:${address.port}`;
    const credentials = options.credentials ?? [DEFAULT_CREDENTIALS];
    const [primary = DEFAULT_CREDENTIALS] = credentials;
    const rateLimit = options.rateLimit ?? TRELLO_RATE_LIMIT;
    const ctx = {
        store,
        port: address.port,
        router: createApiRouter({
            seedMembers: () => seeded,
            searchIndexLagMs: options.searchIndexLagMs ?? DEFAULT_SEARCH_INDEX_LAG_MS,
            maxCardsPerRead: options.maxCardsPerRead ?? DEFAULT_MAX_CARDS_PER_READ,
        }),
        json: new Serializer(store, origin),
        persistence,
        credentials,
        owner,
        limiter: rateLimit === false ? undefined : new RateLimiter(rateLimit),
        faults: new FaultInjector(options.faults),
        stats: new StatsRecorder(),
        logger: options.logger ?? silentLogger(),
    };
    attachHandlers(server, ctx);
    const describe = (b) => ({
        id: b.id,
        shortLink: b.shortLink,
        name: b.name,
        url: `${origin}/b/${b.shortLink}`,
    });
    return {
        url: `${origin}/1`,
        origin,
        key: primary.key,
        token: primary.token,
        board: describe(board),
        async createBoard(name) {
            const created = createBoard(store, { name, owner, members: seeded });
            await persistence.flush();
            return describe(created);
        },
        setFaults: (faults) => ctx.faults.configure(faults),
        stats: () => ctx.stats.snapshot(),
        resetStats: () => ctx.stats.reset(),
        async close() {
            await closeServer(server);
            await persistence.flush();
        },
    };
}
/** An existing board of that name gains any newly seeded members, so a restart with more members works. */
function findBoard(store, name, owner, seeded) {
    const board = store.data.boards.find((b) => b.name === name && !b.closed && b.idMembers.includes(owner.id));
    if (!board)
        return undefined;
    const missing = seeded.filter((m) => !board.idMembers.includes(m.id));
    if (missing.length > 0) {
        board.idMembers.push(...missing.map((m) => m.id));
        store.changed();
    }
    return board;
}
//# sourceMappingURL=index.js.map