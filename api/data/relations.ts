/** Data access for links across sources: relations, traces, comparisons, pair summaries, the evidence map, proposals, consensus. */
import { consensusOf } from '../cypher/consensus.ts';
import * as cypher from '../cypher/relations.ts';
import type { Db } from '../db.ts';
import type { ComparisonModel, PairSummaryModel, ProposalModel, RelationModel, SourceModel, TraceModel } from '../models.ts';
import type { Page } from './evidence.ts';
import { itemLabel, listTopics } from './evidence.ts';
import { one, rows } from './query.ts';
import { listSources } from './sources.ts';

export async function relationsPage(db: Db, f: cypher.RelationFilterParams, skip: number, limit: number): Promise<Page<RelationModel>> {
  const found = await rows(db, cypher.listRelations(f, skip, limit));
  return { total: found[0]?.total ?? 0, page: found.flatMap((r) => (r.relation ? [r.relation] : [])) };
}

export async function traceOf(db: Db, id: string): Promise<TraceModel | null> {
  return one(db, cypher.traceOf(id));
}

export async function listComparisons(db: Db, f: cypher.ComparisonFilterParams): Promise<ComparisonModel[]> {
  return (await rows(db, cypher.listComparisons(f))).map((r) => r.comparison);
}

export async function listPairSummaries(db: Db): Promise<PairSummaryModel[]> {
  return (await rows(db, cypher.listPairSummaries())).map((r) => r.pair);
}

/** Topics × sources with the counts of each cell (empty cells as zeros), in three reads run together, ordered by topic id then source id. */
export async function evidenceMap(db: Db) {
  const [topics, sources, found] = await Promise.all([listTopics(db), listSources(db), rows(db, cypher.evidenceMap())]);
  const byCell = new Map(found.map((c) => [`${c.topic}\u0000${c.source}`, c]));
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const cells = [...topics]
    .sort(byId)
    .flatMap((t) =>
      [...sources]
        .sort(byId)
        .map((s) => byCell.get(`${t.id}\u0000${s.id}`) ?? { topic: t.id, source: s.id, claims: 0, statistics: 0, gaps: 0, agreements: 0, contradictions: 0 }),
    );
  return { topics, sources, cells };
}

export async function listProposals(db: Db, limit: number): Promise<ProposalModel[]> {
  return (await rows(db, cypher.listProposals(limit))).map((r) => r.proposal);
}

/**
 * Every stance on an item, and every source (so the caller can list the silent ones), read together;
 * null for an unknown id. `sources` is the sources list (the API passes the one it keeps).
 */
export async function consensus(db: Db, id: string, sources: () => Promise<SourceModel[]> = () => listSources(db)) {
  const [row, all] = await Promise.all([one(db, consensusOf(id)), sources()]);
  if (!row) return null;
  const { text, valueText, unit, measure, ...rest } = row;
  return { ...rest, sources: all, subject: itemLabel({ text, valueText, unit, measure }) };
}
