# report-sync as a container: `worker` (the default) syncs on a schedule,
# `sync` does one run and exits. Build with another Node 24 base (a mirror, a
# local image) via --build-arg NODE_IMAGE=...; both stages use it.
ARG NODE_IMAGE=node:24-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Dependencies first, so that a source change does not reinstall them; the build runs below.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
# git reads git sources; ca-certificates lets it reach https remotes. Installed after npm ci:
# it rebuilds the CA bundle, which drops any extra CA a base image added for its registry.
RUN apt-get update \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends git ca-certificates \
  && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/dist ./dist
COPY config ./config
COPY examples ./examples

# State and the git cache live in volumes, owned by the unprivileged user that runs the job.
RUN mkdir -p /data /cache && chown node:node /data /cache
# Node's compiled modules (and report-sync's checked config files) on the cache volume: a one-shot
# container, such as a CronJob's, then starts from an earlier run's cache, not from an empty /tmp.
ENV REPORT_SYNC_STATE_FILE=/data/state.json \
    REPORT_SYNC_GIT_CACHE_DIR=/cache \
    REPORT_SYNC_HEALTH_PORT=8080 \
    NODE_COMPILE_CACHE=/cache/node-compile-cache
VOLUME ["/data", "/cache"]
USER node
EXPOSE 8080

# Slim images have no curl; Node's fetch asks the worker's health endpoint.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.REPORT_SYNC_HEALTH_PORT || 8080) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

ENTRYPOINT ["node", "dist/cli/main.js"]
CMD ["worker"]
