/** Data access for item pages: a gap or misconception by id, citations, and the link summaries of badges. */
import * as cypher from '../cypher/items.ts';
import type { Db } from '../db.ts';
import type { AttributionModel, GapModel, LinkSummaryModel, MisconceptionModel } from '../models.ts';
import { one, rows } from './query.ts';

export async function gapById(db: Db, id: string): Promise<GapModel | null> {
  return (await one(db, cypher.gapById(id)))?.gap ?? null;
}

export async function misconceptionById(db: Db, id: string): Promise<MisconceptionModel | null> {
  return (await one(db, cypher.misconceptionById(id)))?.misconception ?? null;
}

export async function listAttributions(db: Db): Promise<AttributionModel[]> {
  return (await rows(db, cypher.listAttributions())).map((r) => r.attribution);
}

/** Link summaries by item id, in one round trip. */
export async function linkSummaries(db: Db, ids: string[]): Promise<Map<string, LinkSummaryModel>> {
  return new Map((await rows(db, cypher.linkSummaries(ids))).map(({ id, ...summary }) => [id, summary]));
}
