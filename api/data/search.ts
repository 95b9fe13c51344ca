/** Data access for search: one ranked query over the evidence and passage indexes. */
import { searchAll, type SearchFilterParams } from '../cypher/search.ts';
import type { Db } from '../db.ts';
import { one } from './query.ts';

/** A page of hits (one more than `limit` when there are more), the total and the count per type; null when nothing matched at all. */
export async function search(db: Db, lucene: string, f: SearchFilterParams, skip: number, limit: number) {
  return one(db, searchAll(lucene, f, skip, limit));
}
