import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API's address for the dev server's proxy (npm start sets it; Docker uses the api service).
const api = process.env.TRIANGULATE_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  server: {
    proxy: { '/graphql': api, '/export': api, '/ingest/upload': api, '/healthz': api, '/readyz': api },
  },
  preview: {
    proxy: { '/graphql': api, '/export': api, '/ingest/upload': api, '/healthz': api, '/readyz': api },
  },
  // Each view is its own chunk (web/src/app/lazy-views.ts). Two are large on purpose, each loaded by one
  // action only: the graph view's (Cytoscape and its layouts, about 610 kB) and citation-js (copy a quote).
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 650 },
});
