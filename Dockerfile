# The service image: compiled TypeScript plus the files it reads at start (cypher/, the Browser guide's style), on
# Node.js 26, the Active LTS line (LTS from 2026-10-28, maintained until 2029-04-30), Debian 13 (trixie) slim.
FROM node:26-trixie-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The typed client is a workspace of the repository: its manifest is needed to install, not its code.
COPY client/package.json ./client/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev --workspaces=false

FROM node:26-trixie-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY neo4j/browser ./neo4j/browser
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/scripts/start.js"]
