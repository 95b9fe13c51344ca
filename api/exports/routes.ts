/**
 * Plain HTTP downloads beside /graphql: /export/gaps.csv, gaps.md, sources.bib, sources.ris,
 * sources.csl.json, annotations.jsonld, and the explorable graph as graph.graphml, graph.gexf and
 * graph.cyjs (with the `graph` query's arguments as URL parameters).
 */
import type { Express, Response } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { z } from 'zod';
import { listGaps, listClaims, listStatistics } from '../cypher/evidence.ts';
import { listSources } from '../cypher/sources.ts';
import { isUnavailable } from '../../db/driver.ts';
import { Db } from '../db.ts';
import type { GraphEdgeKind, GraphFilter, GraphNodeType, RelationStatus } from '../generated/graphql.ts';
import { loadGraph, MAX_DEPTH, MAX_NEIGHBOUR_LIMIT } from '../graph/load.ts';
import type { ClaimModel, GapModel, SourceModel, StatisticModel } from '../models.ts';
import { sortGaps, filterParams } from '../resolvers/evidence.ts';
import { annotationsToJsonLd } from './annotations.ts';
import { gapsToCsv, gapsToMarkdown } from './gaps.ts';
import { graphToCytoscapeJson, graphToGexf, graphToGraphML } from './graph.ts';
import { sourcesCslJson, sourcesRis, sourcesToBibtex } from './sources.ts';

const GAP_ORDERS = new Set(['PRIORITY', 'SOURCES', 'QUESTION']);

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

/** An export's bad URL parameter: answered 400 with the message and the parameter's name. */
class BadParameter extends Error {
  constructor(
    message: string,
    readonly parameter: string,
  ) {
    super(message);
  }
}

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
    sources: listParam(z.string().min(1).max(200)),
    topics: listParam(z.string().min(1).max(200)),
    types: enumParam('type', keys(NODE_TYPES)),
    kinds: enumParam('kind', keys(EDGE_KINDS)),
    statuses: enumParam('status', keys(STATUSES)),
  },
  { error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown parameter${iss.keys.length > 1 ? 's' : ''} ${iss.keys.join(', ')}` : undefined) },
);

export function graphArgs(query: Record<string, unknown>): Parameters<typeof loadGraph>[1] {
  const parsed = GraphParams.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const parameter = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[0] ?? '');
    throw new BadParameter(issue.code === 'unrecognized_keys' ? issue.message : `${parameter}: ${issue.message}`, parameter);
  }
  const { focus, depth, neighbourLimit, sources, topics, types, kinds, statuses } = parsed.data;
  const filter: GraphFilter = { sources, topics, types, kinds, statuses };
  for (const k of Object.keys(filter) as (keyof GraphFilter)[]) if (filter[k] === undefined) delete filter[k];
  return { focus: focus ?? null, depth: depth ?? null, neighbourLimit: neighbourLimit ?? null, filter: Object.keys(filter).length ? filter : null };
}

/** What an export needs of the request: where the app was reached, for links back to it. */
interface OriginRequest {
  protocol: string;
  get(name: string): string | undefined;
}

/** Where links in an export point when the request does not say (npm start's web address). */
export const DEFAULT_PUBLIC_ORIGIN = 'http://127.0.0.1:5173';
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

export function mountExports(app: Express, driver: Driver, log: Logger): void {
  const handle =
    (fn: (db: Db, query: Record<string, unknown>, res: Response, req: OriginRequest) => Promise<void>) =>
    async (req: OriginRequest & { query: Record<string, unknown> }, res: Response) => {
      try {
        await fn(new Db(driver), req.query, res, req);
      } catch (e) {
        if (isUnavailable(e) || (e as { extensions?: { code?: string } }).extensions?.code === 'DATABASE_UNAVAILABLE') {
          res.status(503).json({ error: 'The graph database is unavailable; try again shortly.' });
          return;
        }
        if (e instanceof BadParameter) {
          res.status(400).json({ error: e.message, parameter: e.parameter });
          return;
        }
        const ext = (e as { extensions?: { code?: string; argumentName?: string } }).extensions;
        if (ext?.code === 'BAD_USER_INPUT') {
          res.status(400).json({ error: (e as Error).message, ...(ext.argumentName ? { parameter: ext.argumentName } : {}) });
          return;
        }
        log.error({ err: e }, 'export failed');
        res.status(500).json({ error: 'Export failed.' });
      }
    };
  const list = (v: unknown): string[] | undefined => (typeof v === 'string' && v ? v.split(',').slice(0, 50) : undefined);

  const gaps = async (db: Db, q: Record<string, unknown>): Promise<GapModel[]> => {
    const order = typeof q.order === 'string' && GAP_ORDERS.has(q.order) ? (q.order as 'PRIORITY') : 'PRIORITY';
    const { cypher, params } = listGaps(
      filterParams({ sources: list(q.sources), topics: list(q.topics), text: typeof q.text === 'string' ? q.text : undefined }),
    );
    const rows = (await db.read(cypher, params)).records.map((r) => r.get('gap') as GapModel);
    const status = list(q.status);
    return sortGaps(rows, order).filter((g) => !status || status.includes(g.status));
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
  const sources = async (db: Db): Promise<SourceModel[]> => {
    const { cypher, params } = listSources();
    return (await db.read(cypher, params)).records.map((r) => r.get('source') as SourceModel);
  };
  app.get(
    '/export/sources.bib',
    handle(async (db, _q, res) => send(res, 'application/x-bibtex', 'triangulate-sources.bib', sourcesToBibtex(await sources(db)))),
  );
  app.get(
    '/export/sources.ris',
    handle(async (db, _q, res) => send(res, 'application/x-research-info-systems', 'triangulate-sources.ris', sourcesRis(await sources(db)))),
  );
  app.get(
    '/export/sources.csl.json',
    handle(async (db, _q, res) => send(res, 'application/vnd.citationstyles.csl+json', 'triangulate-sources.csl.json', sourcesCslJson(await sources(db)))),
  );
  // GraphML and GEXF have no registered media type; these are the ones their tools and sites use.
  app.get(
    '/export/graph.graphml',
    handle(async (db, q, res) => send(res, 'application/graphml+xml', 'triangulate-graph.graphml', graphToGraphML(await loadGraph(db, graphArgs(q))))),
  );
  app.get(
    '/export/graph.gexf',
    handle(async (db, q, res) => send(res, 'application/gexf+xml', 'triangulate-graph.gexf', graphToGexf(await loadGraph(db, graphArgs(q))))),
  );
  app.get(
    '/export/graph.cyjs',
    handle(async (db, q, res) => send(res, 'application/json', 'triangulate-graph.cyjs', graphToCytoscapeJson(await loadGraph(db, graphArgs(q))))),
  );
  app.get(
    '/export/annotations.jsonld',
    handle(async (db, q, res) => {
      const filter = filterParams({ sources: list(q.sources), topics: list(q.topics) });
      const c = listClaims(filter, 0, 100_000);
      const s = listStatistics(filter, 0, 100_000);
      const claims = (await db.read(c.cypher, c.params)).records[0]!.get('page') as ClaimModel[];
      const stats = (await db.read(s.cypher, s.params)).records[0]!.get('page') as StatisticModel[];
      const items = [
        ...claims.map((x) => ({ ...x, type: 'Claim' as const, text: x.text })),
        ...stats.map((x) => ({ ...x, type: 'Statistic' as const, text: `${x.valueText} ${x.unit}: ${x.measure}` })),
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
      res.setHeader('content-type', 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8');
      res.setHeader('content-disposition', 'attachment; filename="triangulate-annotations.jsonld"');
      res.send(JSON.stringify(annotationsToJsonLd(items, new Date().toISOString()), null, 1));
    }),
  );
}
