/** Plain HTTP downloads beside /graphql: /export/gaps.csv, gaps.md, sources.bib, annotations.jsonld. */
import type { Express, Response } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { listGaps, listClaims, listStatistics } from '../cypher/evidence.ts';
import { listSources } from '../cypher/sources.ts';
import { Db, isUnavailable } from '../db.ts';
import type { ClaimModel, GapModel, SourceModel, StatisticModel } from '../models.ts';
import { sortGaps, filterParams } from '../resolvers/evidence.ts';
import { annotationsToJsonLd } from './annotations.ts';
import { gapsToCsv, gapsToMarkdown } from './gaps.ts';
import { sourcesToBibtex } from './sources.ts';

const GAP_ORDERS = new Set(['PRIORITY', 'SOURCES', 'QUESTION']);

function send(res: Response, type: string, filename: string, body: string): void {
  res.setHeader('content-type', `${type}; charset=utf-8`);
  res.setHeader('content-disposition', `attachment; filename="${filename}"`);
  res.send(body);
}

export function mountExports(app: Express, driver: Driver, log: Logger): void {
  const handle =
    (fn: (db: Db, query: Record<string, unknown>, res: Response) => Promise<void>) =>
    async (req: { query: Record<string, unknown> }, res: Response) => {
      try {
        await fn(new Db(driver), req.query, res);
      } catch (e) {
        if (isUnavailable(e) || (e as { extensions?: { code?: string } }).extensions?.code === 'DATABASE_UNAVAILABLE') {
          res.status(503).json({ error: 'The graph database is unavailable; try again shortly.' });
          return;
        }
        if ((e as { extensions?: { code?: string } }).extensions?.code === 'BAD_USER_INPUT') {
          res.status(400).json({ error: (e as Error).message });
          return;
        }
        log.error({ err: e }, 'export failed');
        res.status(500).json({ error: 'Export failed.' });
      }
    };
  const list = (v: unknown): string[] | undefined => (typeof v === 'string' && v ? v.split(',').slice(0, 50) : undefined);

  const gaps = async (db: Db, q: Record<string, unknown>): Promise<GapModel[]> => {
    const order = typeof q.order === 'string' && GAP_ORDERS.has(q.order) ? (q.order as 'PRIORITY') : 'PRIORITY';
    const { cypher, params } = listGaps(filterParams({ sources: list(q.sources), topics: list(q.topics), text: typeof q.text === 'string' ? q.text : undefined }));
    const rows = (await db.read(cypher, params)).records.map((r) => r.get('gap') as GapModel);
    const status = list(q.status);
    return sortGaps(rows, order).filter((g) => !status || status.includes(g.status));
  };
  app.get(
    '/export/gaps.csv',
    handle(async (db, q, res) => send(res, 'text/csv', 'research-gaps.csv', gapsToCsv(await gaps(db, q)))),
  );
  app.get(
    '/export/gaps.md',
    handle(async (db, q, res) => send(res, 'text/markdown', 'research-gaps.md', gapsToMarkdown(await gaps(db, q), new Date().toISOString().slice(0, 10)))),
  );
  app.get(
    '/export/sources.bib',
    handle(async (db, _q, res) => {
      const { cypher, params } = listSources();
      const sources = (await db.read(cypher, params)).records.map((r) => r.get('source') as SourceModel);
      send(res, 'application/x-bibtex', 'triangulate-sources.bib', sourcesToBibtex(sources));
    }),
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
      ].map((x) => ({ id: x.id, type: x.type, text: x.text, quote: x.quote, prefix: x.prefix, suffix: x.suffix, start: x.start, end: x.end, source: { id: x.source.id, title: x.source.title, sha256: x.source.sha256 } }));
      res.setHeader('content-type', 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8');
      res.setHeader('content-disposition', 'attachment; filename="triangulate-annotations.jsonld"');
      res.send(JSON.stringify(annotationsToJsonLd(items, new Date().toISOString()), null, 1));
    }),
  );
}
