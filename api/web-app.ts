/**
 * The built web app (Vite's output) served beside the API on the same port: hashed files under
 * assets/ are cached for good, index.html is revalidated on every load (so a deploy shows at once),
 * and client routes (/graph, /sources/…) answer index.html for the app's router.
 */
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Paths the API answers; never the app's index.html, even when nothing matched there. */
const API_PATHS = /^\/(graphql|healthz|readyz|metrics|export)(\/|$)/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Mounts the app in `dist` when it holds a build; returns whether it did. */
export function serveWebApp(app: Express, dist: string): boolean {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return false;
  // Vite names every file under assets/ by its content hash, so a changed file has a new name.
  app.use('/assets', express.static(join(dist, 'assets'), { index: false, immutable: true, maxAge: '365d' }));
  app.use(
    express.static(dist, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, path) => {
        if (path === index) res.setHeader('cache-control', REVALIDATE);
      },
    }),
  );
  app.get(/.*/, (req, res, next) => {
    if (API_PATHS.test(req.path) || req.path.startsWith('/assets/')) return next();
    res.setHeader('cache-control', REVALIDATE);
    res.sendFile(index);
  });
  return true;
}
