# Relata: the explorer and GraphQL API, run with tsx (no server build step).
#   docker compose up        (see docker-compose.yml: Neo4j 5 + this image)
#   docker build -t relata . && docker run -p 4000:4000 relata   (embedded store)

# --- build: all dependencies, then the front end (vite → client/dist) ---------------------
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Only esbuild needs its install script (package.json "allowScripts"); native extras of dev
# tools (ssh2, cpu-features) are optional and stay unbuilt.
RUN npm ci --ignore-scripts && npm rebuild esbuild
COPY . .
RUN npm run build:client

# --- runtime: production dependencies, sources, the built front end -----------------------
FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    RELATA_DATA_DIR=/data
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm rebuild esbuild && npm cache clean --force
COPY server ./server
COPY cypher ./cypher
COPY data ./data
COPY tsconfig.json ./
COPY --from=build /app/client/dist ./client/dist
# Embedded-store data (when RELATA_STORE is not neo4j); mount a volume here to keep it.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Loads the sample data when the store is empty, then serves.
CMD ["npx", "tsx", "server/src/cli/main.ts", "start"]
