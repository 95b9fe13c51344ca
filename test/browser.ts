import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.ts';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { ROOT } from '../db/launcher.ts';
import type { Driver } from 'neo4j-driver';
import type { IngestHooks } from '../api/http/upload.ts';
import { ingestHooks } from '../seed/ingest/pipeline.ts';
import { startApi, testDriver, type RunningApi } from './helpers.ts';

export const ARTIFACTS = join(ROOT, 'test-results');

/** Debian's Chromium (installed by .ci/run); CHROMIUM_PATH overrides. */
export { chromiumPath } from '../scripts/chromium.ts';

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return launchChromium();
}

let built: Promise<string> | undefined;
/** Builds the web app once per test run into a folder the API serves. */
export function buildWeb(): Promise<string> {
  built ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'triangulate-web-'));
    await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
    return outDir;
  })();
  return built;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface BrowserFixtureOptions {
  /** The page's size (default 1280×800). */
  viewport?: Viewport;
  /** Options of the API (tokens, limits, …); it always serves the built web app. */
  api?: Omit<NonNullable<Parameters<typeof startApi>[0]>, 'webDist' | 'ingest'>;
  /**
   * The file's tests are one journey, each going on from where the last stopped (a curator signs in,
   * then decides): one page for them all. Otherwise every test gets a fresh page in its own context
   * (no storage, history or focus carried over).
   */
  journey?: boolean;
  /** The API gets the ingest pipeline (uploads, removal of kept files), storing into a temporary folder removed after the file's tests. */
  ingest?: boolean;
}

export interface BrowserFixture {
  readonly api: RunningApi;
  readonly page: Page;
  /** Runs a query against the API and returns its data; fails the test on any GraphQL error. */
  gql<T>(query: string, variables?: Record<string, unknown>, opts?: { token?: string }): Promise<T>;
  /** The app's URL of a path (`/graph?focus=…`). */
  url(path?: string): string;
  /**
   * Saves a screenshot to test-results/screenshots/<name>.png, or with `sizes` one per size
   * (<name>-<width>x<height>.png), `settle` awaited after each resize; the viewport is put back.
   */
  shot(name: string, opts?: { fullPage?: boolean; sizes?: readonly Viewport[]; settle?: () => Promise<unknown> }): Promise<void>;
}

export const SCREENSHOTS = join(ARTIFACTS, 'screenshots');
/** A GraphQL connection as the tests read it. */
export interface Edges<N> {
  edges: { node: N }[];
}
/** The two sizes the pages are designed for. */
export const DESKTOP_SIZES: readonly Viewport[] = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

/**
 * The real API (serving the built web app, against the test Neo4j) and Chromium for one test file:
 * both started before its tests and closed after them; a page per test (or one per file, for a
 * journey). A failed test leaves a screenshot, test-results/screenshots/failed-<test>.png.
 */
export function useBrowser(opts: BrowserFixtureOptions = {}): BrowserFixture {
  const viewport = opts.viewport ?? { width: 1280, height: 800 };
  let api: RunningApi | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  const open = async () => {
    context = await browser!.newContext({ viewport, acceptDownloads: true });
    page = await context.newPage();
  };
  const close = async () => {
    await context?.close();
    context = undefined;
    page = undefined;
  };

  let ingestDriver: Driver | undefined;
  let store: string | undefined;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    let ingest: IngestHooks | undefined;
    if (opts.ingest) {
      ingestDriver = testDriver();
      store = mkdtempSync(join(tmpdir(), 'triangulate-browser-store-'));
      ingest = ingestHooks(ingestDriver, { dir: store });
    }
    api = await startApi({ ...opts.api, webDist: await buildWeb(), ingest });
    browser = await launchBrowser();
    if (opts.journey) await open();
  });
  if (!opts.journey) beforeEach(open);
  afterEach(async ({ task }) => {
    if (page && task.result?.errors?.length) {
      const name = task.name.replace(/[^\w-]+/g, '-').slice(0, 80);
      await page.screenshot({ path: join(SCREENSHOTS, `failed-${name}.png`) }).catch(() => undefined);
    }
    if (!opts.journey) await close();
  });
  afterAll(async () => {
    await close();
    await browser?.close();
    await api?.close();
    await ingestDriver?.close();
    if (store) rmSync(store, { recursive: true, force: true });
  });

  const fixture: BrowserFixture = {
    get api() {
      if (!api) throw new Error('the API is not started yet (use it inside a test or a later beforeAll)');
      return api;
    },
    get page() {
      if (!page) throw new Error('no page: use it inside a test');
      return page;
    },
    async gql<T>(query: string, variables?: Record<string, unknown>, o?: { token?: string }): Promise<T> {
      const res = await fixture.api.gql(query, variables, o);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data as T;
    },
    url: (path = '/') => `${fixture.api.url}${path}`,
    async shot(name, o = {}) {
      const p = fixture.page;
      // A screenshot is for a person to read: let what is still loading arrive first (a view that never
      // finishes is shot as it is after 10 s; the tests assert what must be there).
      await p
        .waitForFunction(() => ![...document.querySelectorAll('[role="status"], .muted')].some((e) => /Loading [^…]*…/.test(e.textContent ?? '')), undefined, {
          timeout: 10_000,
        })
        .catch(() => undefined);
      if (!o.sizes) {
        await p.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: o.fullPage });
        return;
      }
      const before = p.viewportSize() ?? viewport;
      for (const size of o.sizes) {
        await p.setViewportSize(size);
        await (o.settle?.() ?? p.waitForTimeout(150));
        await p.screenshot({ path: join(SCREENSHOTS, `${name}-${size.width}x${size.height}.png`), fullPage: o.fullPage });
      }
      await p.setViewportSize(before);
      await o.settle?.();
    },
  };
  return fixture;
}
