# One image for the seed job, the API and the web preview (see docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx vite build
ENV HOST=0.0.0.0 NODE_ENV=production
EXPOSE 4000 8080
CMD ["npx", "tsx", "api/main.ts"]
