/** Data access for evidence items: claims, statistics, misconceptions, research gaps, topics. */
import { listArg, textArg } from '../args.ts';
import { statisticTitle } from '../../core/statistic-value.ts';
import * as cypher from '../cypher/evidence.ts';
import type { Db } from '../db.ts';
import type { EvidenceFilter, GapOrder } from '../generated/graphql.ts';
import type { ClaimModel, EvidenceModel, GapModel, MisconceptionModel, PassageModel, StatisticModel, TopicModel } from '../models.ts';
import { one, rows } from './query.ts';
import { compareGapPriority } from '../../core/gap-priority.ts';

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

export function sortGaps(gaps: GapModel[], order: GapOrder): GapModel[] {
  const byQuestion = (a: GapModel, b: GapModel) => a.question.localeCompare(b.question);
  const bySources = (a: GapModel, b: GapModel) => sourcesOfGap(b) - sourcesOfGap(a);
  const byPriority = (a: GapModel, b: GapModel) => (b.priority ?? -Infinity) - (a.priority ?? -Infinity) || 0;
  const rank = (g: GapModel) => ({ question: g.question, status: g.status ?? 'open', sourceCount: sourcesOfGap(g), rating: g.priority });
  // PRIORITY is the documented order of core/gap-priority.ts: unanswered first, then raising sources, then the source's own rating.
  const byDocumentedPriority = (a: GapModel, b: GapModel) => compareGapPriority(rank(a), rank(b));
  const chain = order === 'QUESTION' ? [byQuestion] : order === 'SOURCES' ? [bySources, byPriority, byQuestion] : [byDocumentedPriority];
  return [...gaps].sort((a, b) => chain.reduce((d, f) => d || f(a, b), 0));
}

/** Research gaps under the filter, in the given order. */
export async function listGaps(db: Db, filter: cypher.EvidenceFilterParams, order: GapOrder): Promise<GapModel[]> {
  return sortGaps(
    (await rows(db, cypher.listGaps(filter))).map((r) => r.gap),
    order,
  );
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
