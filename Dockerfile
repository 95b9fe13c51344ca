# The production image: one Node process serving the web app and the API on port 4000 (and, as
# `node dist/seed/cli.js`, the seed job of docker-compose.yml). Three stages: install every
# package, build (Vite → web/dist, tsc → dist/), then a runtime with production packages only —
# no TypeScript, tsx or Vite at run time — running as the unprivileged `node` user.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build
# The folders of the data volume, copied into the runtime owned by `node` (nothing runs as root there).
RUN mkdir -p /data/ingested /data/corpus

FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 WEB_DIST=/app/web/dist TRIANGULATE_INGEST_DIR=/data/ingested TRIANGULATE_USER_CORPUS=/data/corpus
WORKDIR /app
# Owned by root and read-only to the process: the server writes nothing to its own folder. What
# users add (uploaded documents, their text, the exported user corpus) goes to /data, a volume.
COPY --from=build --chown=node:node /data /data
VOLUME /data
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
USER node
EXPOSE 4000
# Ready means Neo4j answers too, so a load balancer or Compose sends no traffic to an instance without its database.
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/scripts/main.js"]
