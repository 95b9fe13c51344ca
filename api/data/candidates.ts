/** Data access for the candidates of ingested documents (reads; the decisions are in api/curation/candidates.ts). */
import { listCandidates } from '../cypher/candidates.ts';
import type { Db } from '../db.ts';
import type { CandidateModel } from '../models.ts';
import type { Page } from './evidence.ts';
import { one } from './query.ts';

/** One page of a source's candidates in text order (one more than `limit` when there are more), and how many match. */
export async function candidatesPage(
  db: Db,
  sourceId: string,
  types: string[] | null,
  statuses: string[],
  skip: number,
  limit: number,
): Promise<Page<CandidateModel>> {
  return (await one(db, listCandidates(sourceId, types, statuses, skip, limit))) ?? { total: 0, page: [] };
}
