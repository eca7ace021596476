# Restorative Network: production image. Build stage compiles the Remix bundle and the server; the runtime stage has
# production dependencies only and runs as a non-root user. See docs/deploy.md.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
# pg_dump/pg_restore for `npm run backup` and `npm run restore` against PostgreSQL 15.
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client-15 ca-certificates \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY patches ./patches
# postinstall applies patches/ (the postgres.js fix) to the production dependencies too.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# The build holds the Remix bundle and the compiled server (build/server); no TypeScript runs here.
COPY --from=build /app/build ./build
COPY --from=build /app/public ./public
COPY scripts/run.mjs scripts/server-build.mjs ./scripts/
COPY db/migrations ./db/migrations
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["npm", "start"]
