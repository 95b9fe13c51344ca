/**
 * Plain HTTP downloads beside /graphql: /export/gaps.csv, gaps.md, sources.bib, sources.ris,
 * sources.csl.json, annotations.jsonld, and the explorable graph as graph.graphml, graph.gexf and
 * graph.cyjs (with the `graph` query's arguments as URL parameters, and the view's lens and hidden
 * nodes, so an export holds what the graph view shows).
 */
import { createHash } from 'node:crypto';
import type { Express, Request, Response } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { z } from 'zod';
import { isUnavailable } from '../../db/driver.ts';
import { allGaps, claimsPage, evidenceFilter, statisticsPage } from '../data/evidence.ts';
import { listSources, seedFingerprint } from '../data/sources.ts';
import { requestBounds } from '../http/request-bounds.ts';
import { Db } from '../db.ts';
import { BadInput, httpError, Unavailable } from '../errors.ts';
import type { GapOrder, Graph, GraphEdgeKind, GraphFilter, GraphNodeType, RelationStatus } from '../generated/graphql.ts';
import { loadGraph, MAX_DEPTH, MAX_NEIGHBOUR_LIMIT, MAX_NODE_BUDGET, MIN_NODE_BUDGET, type GraphArgs } from '../graph/load.ts';
import type { GapModel } from '../models.ts';
import { applyLens, type GraphLens } from '../../core/graph-lens.ts';
import { statisticTitle } from '../../core/statistic-value.ts';
import { GAP_STATUSES } from '../../core/vocabulary.ts';
import { annotationsToJsonLd } from './annotations.ts';
import { gapsToCsv, gapsToMarkdown } from './gaps.ts';
import { graphToCytoscapeJson, graphToGexf, graphToGraphML } from './graph.ts';
import { sourcesCslJson, sourcesRis, sourcesToBibtex } from './sources.ts';

// The schema's enum values, as keys the compiler checks against the generated types both ways.
const NODE_TYPES: Record<GraphNodeType, true> = { CLAIM: true, STATISTIC: true, RESEARCH_GAP: true, MISCONCEPTION: true, SOURCE: true, GROUP: true };
const EDGE_KINDS: Record<GraphEdgeKind, true> = {
  SUPPORTS: true,
  CONTRADICTS: true,
  QUALIFIES: true,
  ASSERTED_VS_OPEN: true,
  ATTRIBUTES_TO: true,
  RAISES_GAP: true,
  ADDRESSES: true,
  CHALLENGES: true,
  REINFORCES: true,
  PROPOSED: true,
  MORE: true,
};
const STATUSES: Record<RelationStatus, true> = { CURATED: true, PROPOSED: true, REJECTED: true };
const keys = <K extends string>(r: Record<K, true>) => Object.keys(r) as [K, ...K[]];
const GAP_ORDERS = keys<GapOrder>({ PRIORITY: true, SOURCES: true, QUESTION: true, RATING: true, TOPICS: true, STATUS: true });

/** A list parameter: comma-separated, repeated, or both; at most 50 values. */
const listParam = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((x) => x.split(','))
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(50, { error: 'takes at most 50 values' }))
    .optional();
const enumParam = <K extends string>(what: string, values: [K, ...K[]]) =>
  listParam(z.enum(values, { error: (iss) => `unknown ${what} ${JSON.stringify(iss.input)}; expected one of ${values.join(', ')}` }));
const intParam = (min: number, max: number) =>
  z
    .string({ error: 'takes one value' })
    .regex(/^\d+$/, { error: `must be an integer from ${min} to ${max}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { error: `must be an integer from ${min} to ${max}` })
        .max(max, { error: `must be an integer from ${min} to ${max}` }),
    )
    .optional();

/** The `graph` query's arguments as URL parameters. Unknown parameters are refused, so a typo does not pass unnoticed. */
const GraphParams = z.strictObject(
  {
    focus: listParam(z.string().min(1).max(200)),
    depth: intParam(0, MAX_DEPTH),
    neighbourLimit: intParam(1, MAX_NEIGHBOUR_LIMIT),
    nodeBudget: intParam(MIN_NODE_BUDGET, MAX_NODE_BUDGET),
    /** The reader's expansions as the view's URL writes them: `id` or `id@offset`. */
    expand: listParam(
      z
        .string()
        .min(1)
        .max(200)
        .regex(/^[^@]+(@\d{1,7})?$/, { error: 'takes id or id@offset' }),
    ),
    lens: z.enum(['all', 'disagreements'], { error: 'must be all or disagreements' }).optional(),
    hide: listParam(z.string().min(1).max(200)),
    sources: listParam(z.string().min(1).max(200)),
    topics: listParam(z.string().min(1).max(200)),
    types: enumParam('type', keys(NODE_TYPES)),
    kinds: enumParam('kind', keys(EDGE_KINDS)),
    statuses: enumParam('status', keys(STATUSES)),
  },
  { error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown parameter${iss.keys.length > 1 ? 's' : ''} ${iss.keys.join(', ')}` : undefined) },
);

const unknownParameters = {
  error: (iss: { code: string; keys?: string[] }) =>
    iss.code === 'unrecognized_keys' ? `unknown parameter${iss.keys!.length > 1 ? 's' : ''} ${iss.keys!.join(', ')}` : undefined,
};
const textParam = z.string({ error: 'takes one value' }).max(200, { error: 'is longer than 200 characters' }).optional();
const GapParams = z.strictObject(
  {
    sources: listParam(z.string().min(1).max(200)),
    topics: listParam(z.string().min(1).max(200)),
    status: enumParam('status', [...GAP_STATUSES]),
    text: textParam,
    order: z.enum(GAP_ORDERS, { error: `must be one of ${GAP_ORDERS.join(', ')}` }).optional(),
    reverse: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
  },
  unknownParameters,
);
const AnnotationParams = z.strictObject({ sources: listParam(z.string().min(1).max(200)), topics: listParam(z.string().min(1).max(200)) }, unknownParameters);
const NoParams = z.strictObject({}, unknownParameters);

/** Parses an export's URL parameters, or throws BadInput naming the first one at fault (answered 400 with the parameter). */
function parseParams<S extends z.ZodType>(schema: S, query: Record<string, unknown>): z.infer<S> {
  const parsed = schema.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const parameter = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[0] ?? '');
    throw new BadInput(issue.code === 'unrecognized_keys' ? issue.message : `${parameter}: ${issue.message}`, parameter);
  }
  return parsed.data;
}

export function graphArgs(query: Record<string, unknown>): GraphExport {
  const { focus, depth, neighbourLimit, nodeBudget, expand, lens, hide, sources, topics, types, kinds, statuses } = parseParams(GraphParams, query);
  const filter: GraphFilter = { sources, topics, types, kinds, statuses };
  for (const k of Object.keys(filter) as (keyof GraphFilter)[]) if (filter[k] === undefined) delete filter[k];
  const expansions = expand?.map((e) => {
    const at = e.lastIndexOf('@');
    return at > 0 ? { id: e.slice(0, at), offset: Number(e.slice(at + 1)) } : { id: e, offset: 0 };
  });
  return {
    args: {
      focus: focus ?? null,
      depth: depth ?? null,
      neighbourLimit: neighbourLimit ?? null,
      nodeBudget: nodeBudget ?? null,
      expansions: expansions ?? null,
      filter: Object.keys(filter).length ? filter : null,
    },
    lens: lens ?? 'all',
    hidden: hide ?? [],
  };
}

/** An export's graph request: the `graph` query's arguments and what the view does with the result (lens, hidden nodes). */
export interface GraphExport {
  args: GraphArgs;
  lens: GraphLens;
  hidden: string[];
}

/** The graph as the view with these parameters shows it. */
async function exportedGraph(db: Db, query: Record<string, unknown>): Promise<Graph> {
  const { args, lens, hidden } = graphArgs(query);
  const g = await loadGraph(db, args);
  return { focus: g.focus, ...applyLens(g, { lens, hidden, focus: g.focus }) };
}

/** What an export needs of the request: where the app was reached, for links back to it. */
interface OriginRequest {
  protocol: string;
  get(name: string): string | undefined;
}

/** Where links in an export point when the request does not say (npm start's web address). */
export const DEFAULT_PUBLIC_ORIGIN = 'http://127.0.0.1:4000';
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:]+\](:\d{1,5})?$/;

/** The app's public origin from the request (the Host the user reached; Vite's proxy keeps it), else the default. */
export function publicOrigin(req: OriginRequest): string {
  const host = req.get('host');
  const protocol = req.protocol === 'https' ? 'https' : 'http';
  return host && HOST.test(host) ? `${protocol}://${host}` : DEFAULT_PUBLIC_ORIGIN;
}

function send(res: Response, type: string, filename: string, body: string): void {
  res.setHeader('content-type', `${type}; charset=utf-8`);
  res.setHeader('content-disposition', `attachment; filename="${filename}"`);
  res.send(body);
}

export function mountExports(app: Express, driver: Driver, log: Logger, requestTimeoutMs = 10_000): void {
  const handle = (fn: (db: Db, query: Record<string, unknown>, res: Response, req: Request) => Promise<void>) => async (req: Request, res: Response) => {
    try {
      await fn(new Db(driver, requestBounds(req, res, requestTimeoutMs)), req.query as Record<string, unknown>, res, req);
    } catch (e) {
      const answer = httpError(isUnavailable(e) ? new Unavailable() : e);
      if (answer) {
        res.status(answer.status).set(answer.headers).json(answer.body);
        return;
      }
      log.error({ err: e }, 'export failed');
      res.status(500).json({ error: 'Export failed.' });
    }
  };
  const gaps = async (db: Db, q: Record<string, unknown>): Promise<GapModel[]> => {
    const p = parseParams(GapParams, q);
    const statuses = p.status?.length ? [...p.status] : null;
    const filter = evidenceFilter({ sources: p.sources, topics: p.topics, text: p.text });
    return allGaps(db, { filter, statuses, order: p.order ?? 'PRIORITY', reverse: p.reverse === 'true' });
  };
  app.get(
    '/export/gaps.csv',
    handle(async (db, q, res, req) => send(res, 'text/csv', 'research-gaps.csv', gapsToCsv(await gaps(db, q), publicOrigin(req)))),
  );
  app.get(
    '/export/gaps.md',
    handle(async (db, q, res, req) =>
      send(res, 'text/markdown', 'research-gaps.md', gapsToMarkdown(await gaps(db, q), new Date().toISOString().slice(0, 10), publicOrigin(req))),
    ),
  );
  /**
   * Exports of the corpus alone (not of curation) are the same until the next seed: they are
   * cached in memory and answered with an ETag of the seed fingerprint and the parameters, so a
   * client revalidating gets 304 for one small query.
   */
  const cache = new ExportCache(64 * 1024 * 1024);
  const cached =
    <S extends z.ZodType>(schema: S, type: string, filename: string, build: (db: Db, params: z.infer<S>) => Promise<string>) =>
    async (db: Db, q: Record<string, unknown>, res: Response, req: Request) => {
      const params = parseParams(schema, q);
      const fingerprint = await seedFingerprint(db);
      if (!fingerprint) return send(res, type, filename, await build(db, params));
      const etag = `"${fingerprint.slice(0, 16)}-${createHash('sha256')
        .update(`${req.path}?${JSON.stringify(params)}`)
        .digest('base64url')
        .slice(0, 16)}"`;
      res.setHeader('etag', etag);
      res.setHeader('cache-control', 'no-cache');
      const inm = req.headers['if-none-match'];
      if (inm && inm.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}`)) {
        res.status(304).end();
        return;
      }
      let body = cache.get(etag);
      if (body === undefined) {
        body = await build(db, params);
        cache.set(etag, body);
      }
      send(res, type, filename, body);
    };
  const sources = listSources;
  app.get('/export/sources.bib', handle(cached(NoParams, 'application/x-bibtex', 'triangulate-sources.bib', async (db) => sourcesToBibtex(await sources(db)))));
  app.get(
    '/export/sources.ris',
    handle(cached(NoParams, 'application/x-research-info-systems', 'triangulate-sources.ris', async (db) => sourcesRis(await sources(db)))),
  );
  app.get(
    '/export/sources.csl.json',
    handle(cached(NoParams, 'application/vnd.citationstyles.csl+json', 'triangulate-sources.csl.json', async (db) => sourcesCslJson(await sources(db)))),
  );
  // GraphML and GEXF have no registered media type; these are the ones their tools and sites use.
  app.get(
    '/export/graph.graphml',
    handle(async (db, q, res) => send(res, 'application/graphml+xml', 'triangulate-graph.graphml', graphToGraphML(await exportedGraph(db, q)))),
  );
  app.get(
    '/export/graph.gexf',
    handle(async (db, q, res) => send(res, 'application/gexf+xml', 'triangulate-graph.gexf', graphToGexf(await exportedGraph(db, q)))),
  );
  app.get(
    '/export/graph.cyjs',
    handle(async (db, q, res) => send(res, 'application/json', 'triangulate-graph.cyjs', graphToCytoscapeJson(await exportedGraph(db, q)))),
  );
  app.get(
    '/export/annotations.jsonld',
    handle(
      cached(AnnotationParams, 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', 'triangulate-annotations.jsonld', async (db, p) => {
        const filter = evidenceFilter({ sources: p.sources, topics: p.topics });
        const claims = (await claimsPage(db, filter, 0, 100_000)).page;
        const stats = (await statisticsPage(db, filter, 0, 100_000)).page;
        const items = [
          ...claims.map((x) => ({ ...x, type: 'Claim' as const, text: x.text })),
          ...stats.map((x) => ({ ...x, type: 'Statistic' as const, text: statisticTitle(x) })),
        ].map((x) => ({
          id: x.id,
          type: x.type,
          text: x.text,
          quote: x.quote,
          prefix: x.prefix,
          suffix: x.suffix,
          start: x.start,
          end: x.end,
          source: { id: x.source.id, title: x.source.title, sha256: x.source.sha256 },
        }));
        return JSON.stringify(annotationsToJsonLd(items, new Date().toISOString()), null, 1);
      }),
    ),
  );
}

/** Bodies by ETag, oldest dropped first past maxBytes (UTF-16 length as the measure). */
class ExportCache {
  private readonly bodies = new Map<string, string>();
  private bytes = 0;
  constructor(private readonly maxBytes: number) {}
  get(key: string): string | undefined {
    return this.bodies.get(key);
  }
  set(key: string, body: string): void {
    if (body.length > this.maxBytes) return;
    this.bodies.set(key, body);
    this.bytes += body.length;
    for (const [k, b] of this.bodies) {
      if (this.bytes <= this.maxBytes) break;
      this.bodies.delete(k);
      this.bytes -= b.length;
    }
  }
}
