# Production image: the API serving the built web app, on Node 24 LTS, as a non-root user.
# Stages: deps (every package, to build) → build (compile api + web) → prod-deps (runtime packages only:
# no devDependencies, so no embedded-postgres; production needs DATABASE_URL) → runtime.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
RUN npx nx run-many -t build --projects=api,web --outputStyle=static

FROM node:24-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 DATA_DIR=/var/lib/banshishi WEB_DIR=/app/dist/web
# The API's memory settings, with the V8 flags in CMD: deploy/api-runtime.json (docs/operations.md, “Memory”).
ENV MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=prod-deps /app/package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/api ./dist/api
COPY --from=build /app/dist/web ./dist/web
# DATA_DIR holds uploads (DATA_DIR/uploads); mount a volume there.
RUN mkdir -p /var/lib/banshishi && chown node:node /var/lib/banshishi
USER node
EXPOSE 3000
# Ready: the database through its own connection, migrations applied, the job queue running, uploads writable.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--max-semi-space-size=8", "--heap-growing-percent=50", "dist/api/apps/api/src/main.js"]
