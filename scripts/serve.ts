/**
 * The one way a process serves Triangulate: the API (and the built web app, when given) on one
 * port, with the ingest pipeline wired in for uploads. Used by the production entry
 * (scripts/main.ts → dist/scripts/main.js, Docker) and by `npm start` / `npm run dev`
 * (scripts/start.ts). It lives in scripts/ because it joins layers the API may not import: the
 * upload route (api/) runs the ingest pipeline (seed/ingest/).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Config } from '../api/config.ts';
import { createApp, listen, optionsFromConfig } from '../api/server.ts';
import { ingestHooks } from '../seed/ingest/pipeline.ts';

export interface ServeOptions {
  config: Config;
  driver: Driver;
  log: Logger;
  /** The built web app to serve at /; none: the API alone (`npm run dev` has Vite serve the app). */
  webDist?: string;
}

export interface Serving {
  server: Server;
  /** http://host:port of the listening server (the real port when PORT is 0). */
  url: string;
  /** Stops accepting requests and stops Apollo; the driver stays the caller's. */
  close(): Promise<void>;
}

export async function serve({ config, driver, log, webDist }: ServeOptions): Promise<Serving> {
  const ingest = ingestHooks(driver, config.TRIANGULATE_INGEST_DIR ? { dir: config.TRIANGULATE_INGEST_DIR } : {});
  const { app, apollo } = await createApp({ driver, log, ...optionsFromConfig(config), webDist, ingest });
  const server = await listen(app, config.PORT, config.HOST);
  return {
    server,
    url: `http://${config.HOST}:${(server.address() as AddressInfo).port}`,
    async close() {
      server.close();
      await apollo.stop();
    },
  };
}
