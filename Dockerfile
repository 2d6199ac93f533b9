# Jejak API and worker image: one image, two commands (see docker-compose.yml).
#   docker build -t jejak .
#   docker run jejak node dist/api/main.js      |      docker run jejak node dist/worker/main.js

# --- build: all dependencies, compile TypeScript, then drop dev dependencies ---
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY api ./api
COPY activities ./activities
COPY config ./config
COPY db ./db
COPY domain ./domain
COPY infra ./infra
COPY worker ./worker
COPY workflows ./workflows
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# --- runtime: slim Node 20, production dependencies and compiled code only ---
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
# (The worker bundles its workflow code at start from dist/workflows: no sources needed.)
USER node
EXPOSE 4000
CMD ["node", "dist/api/main.js"]
