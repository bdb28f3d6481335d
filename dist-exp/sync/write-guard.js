export class WriteGuard {
    #checks = new Set();
    /** Runs `work` with `check` in force: it throws (a StateError) when writing must stop. */
    async while(check, work) {
        this.#checks.add(check);
        try {
            return await work();
        }
        finally {
            this.#checks.delete(check);
        }
    }
    async check() {
        for (const check of this.#checks)
            await check();
    }
}
/** The gateway with the guard checked before each write; reads pass as they are. */
export function guardGateway(gateway, guard) {
    const guarded = (write) => async (...args) => {
        await guard.check();
        return write(...args);
    };
    return {
        get apiCalls() {
            return gateway.apiCalls;
        },
        board: (ref) => gateway.board(ref),
        snapshot: (boardId) => gateway.snapshot(boardId),
        createList: guarded((boardId, name) => gateway.createList(boardId, name)),
        createLabel: guarded((boardId, name, color) => gateway.createLabel(boardId, name, color)),
        createCard: guarded((card) => gateway.createCard(card)),
        updateCard: guarded((cardId, changes) => gateway.updateCard(cardId, changes)),
        addComment: guarded((cardId, text) => gateway.addComment(cardId, text)),
        addChecklist: guarded((cardId, name, items) => gateway.addChecklist(cardId, name, items)),
        addCheckItems: guarded((checklistId, items) => gateway.addCheckItems(checklistId, items)),
        setCheckItemState: guarded((cardId, checkItemId, complete) => gateway.setCheckItemState(cardId, checkItemId, complete)),
        readCards: (cardIds, withChecklists) => gateway.readCards(cardIds, withChecklists),
    };
}
/** The client's clock, with the guard checked each time it wakes from a wait. */
export function guardClock(clock, guard) {
    return {
        now: () => clock.now(),
        async sleep(ms) {
            await clock.sleep(ms);
            await guard.check();
        },
    };
}
//# sourceMappingURL=write-guard.js.map