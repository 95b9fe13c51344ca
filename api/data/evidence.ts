/** Data access for evidence items: claims, statistics, misconceptions, research gaps, topics. */
import { listArg, textArg } from '../args.ts';
import { statisticTitle } from '../../core/statistic-value.ts';
import * as cypher from '../cypher/evidence.ts';
import type { CorpusCache } from '../corpus-cache.ts';
import type { Db } from '../db.ts';
import type { EvidenceFilter, GapOrder } from '../generated/graphql.ts';
import type { ClaimModel, EvidenceModel, GapModel, MisconceptionModel, PassageModel, StatisticModel, TopicModel } from '../models.ts';
import { one, rows } from './query.ts';
import { GAP_STATUSES } from '../../core/vocabulary.ts';
import { MAX_PAGE } from '../cursor.ts';
import { BadInput } from '../errors.ts';

const MAX_TEXT = 200;

/** The evidence filter in the builders' terms, its lists and text checked. */
export function evidenceFilter(filter: EvidenceFilter | null | undefined): cypher.EvidenceFilterParams {
  return {
    sources: listArg('filter.sources', filter?.sources),
    topics: listArg('filter.topics', filter?.topics),
    kinds: listArg('filter.kinds', filter?.kinds),
    text: textArg('filter.text', filter?.text, MAX_TEXT),
  };
}

export interface Page<T> {
  total: number;
  /** Up to one more than asked for, so the caller knows whether there is a next page. */
  page: T[];
}

export async function listTopics(db: Db): Promise<TopicModel[]> {
  return (await rows(db, cypher.listTopics())).map((r) => r.topic);
}

export async function claimsPage(db: Db, filter: cypher.EvidenceFilterParams, skip: number, limit: number): Promise<Page<ClaimModel>> {
  return (await one(db, cypher.listClaims(filter, skip, limit))) ?? { total: 0, page: [] };
}

export async function statisticsPage(db: Db, filter: cypher.EvidenceFilterParams, skip: number, limit: number): Promise<Page<StatisticModel>> {
  return (await one(db, cypher.listStatistics(filter, skip, limit))) ?? { total: 0, page: [] };
}

export async function listMisconceptions(db: Db, filter: cypher.EvidenceFilterParams): Promise<MisconceptionModel[]> {
  return (await rows(db, cypher.listMisconceptions(filter))).map((r) => r.misconception);
}

function sourcesOfGap(g: GapModel): number {
  return new Set((g.raisedBy ?? []).map((r) => r.claim.sourceId)).size;
}
export { sourcesOfGap };

export interface GapQuery {
  filter: cypher.EvidenceFilterParams;
  statuses: string[] | null;
  order: GapOrder;
  reverse: boolean;
}

/** The gap statuses to keep, checked. */
export function gapStatuses(statuses: readonly string[] | null | undefined): string[] | null {
  const list = listArg('statuses', statuses);
  const bad = list?.find((s) => !(GAP_STATUSES as readonly string[]).includes(s));
  if (bad !== undefined) throw new BadInput(`unknown gap status "${bad.slice(0, 50)}": use ${GAP_STATUSES.join(', ')}`, 'statuses');
  return list;
}

/**
 * A page of research gaps under the filter, in the given order (core/gap-priority.ts by default).
 * Given the API's CorpusCache, the order of the gaps without a source, topic or text filter is kept
 * under the data version (one list per order, direction and status set: a bounded number) and
 * only the page is read and projected.
 */
export async function gapsPage(db: Db, q: GapQuery, skip: number, limit: number, corpus?: CorpusCache): Promise<Page<GapModel>> {
  const { sources, topics, text } = q.filter;
  if (!corpus || sources !== null || topics !== null || text !== null)
    return (await one(db, cypher.gapsPage(q.filter, q.statuses, q.order, q.reverse, skip, limit))) ?? { total: 0, page: [] };
  const statuses = q.statuses === null ? '*' : [...new Set(q.statuses)].sort().join(',');
  const ids = await corpus.get(db, `gaps.order:${q.order}:${q.reverse}:${statuses}`, async () => {
    return (await one(db, cypher.gapOrder(q.filter, q.statuses, q.order, q.reverse)))?.ids ?? [];
  });
  const wanted = ids.slice(skip, skip + limit + 1);
  const page = wanted.length ? ((await one(db, cypher.gapsByIds(wanted)))?.page ?? []) : [];
  return { total: ids.length, page };
}

/** Every research gap under the filter, for the exports: page after page, each statement bounded. */
export async function allGaps(db: Db, q: GapQuery): Promise<GapModel[]> {
  const gaps: GapModel[] = [];
  for (;;) {
    const { total, page } = await gapsPage(db, q, gaps.length, MAX_PAGE);
    gaps.push(...page.slice(0, MAX_PAGE));
    if (page.length <= MAX_PAGE || gaps.length >= total) return gaps;
  }
}

export async function evidenceById(db: Db, id: string): Promise<EvidenceModel | null> {
  return (await one(db, cypher.evidenceById(id)))?.item ?? null;
}

export type EvidenceSpanRow = Awaited<ReturnType<typeof evidenceSpansOfSources>>[number];

/** A claim's text, or a statistic's title with its unit written once. */
export const itemLabel = (r: { text: string | null; valueText: string | null; unit: string | null; measure: string | null }): string =>
  r.text ?? statisticTitle({ valueText: r.valueText ?? '', unit: r.unit ?? '', measure: r.measure ?? '' });

/** The quoted spans of several sources' items, in one round trip. */
export async function evidenceSpansOfSources(db: Db, sourceIds: string[]) {
  return (await rows(db, cypher.evidenceSpansOfSources(sourceIds))).map(({ text, valueText, unit, measure, ...r }) => ({
    ...r,
    label: itemLabel({ text, valueText, unit, measure }),
  }));
}

/** The passages of each item's quote, in reading order, in one round trip for all of them. */
export async function passagesOfItems(db: Db, ids: string[]): Promise<{ itemId: string; passage: PassageModel }[]> {
  return rows(db, cypher.passagesOfItems(ids));
}
