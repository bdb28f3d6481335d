export function lazyGateway(make) {
    let made;
    let making;
    const real = () => (making ??= make().then((gateway) => {
        made = gateway;
        return gateway;
    }));
    // Every method is forwarded by name, so a method added to the gateway needs nothing here.
    return new Proxy({}, {
        get(_target, name) {
            if (name === 'apiCalls')
                return made?.apiCalls ?? 0;
            // `then` is not a method: `await` would take the gateway itself for a promise.
            if (typeof name !== 'string' || name === 'then')
                return undefined;
            return async (...args) => {
                const gateway = await real();
                const method = gateway[name];
                return method.apply(gateway, args);
            };
        },
    });
}
//# sourceMappingURL=lazy-gateway.js.map