/** Data access for sources and passages. */
import * as cypher from '../cypher/sources.ts';
import type { Db } from '../db.ts';
import type { PassageModel, SourceModel, StoredRole } from '../models.ts';
import { one, rows } from './query.ts';

export async function listSources(db: Db): Promise<SourceModel[]> {
  return (await rows(db, cypher.listSources())).map((r) => r.source);
}

export async function sourceById(db: Db, id: string): Promise<SourceModel | null> {
  return (await one(db, cypher.sourceById(id)))?.source ?? null;
}

export async function passageById(db: Db, id: string): Promise<PassageModel | null> {
  return (await one(db, cypher.passageById(id)))?.passage ?? null;
}

/** A page of a source's passages after an ordinal (one more than `limit` when there are more), and the total. */
export async function passagesOfSource(
  db: Db,
  sourceId: string,
  afterOrdinal: number,
  limit: number,
  roles: StoredRole[] | null,
): Promise<{ total: number; page: PassageModel[] }> {
  return (await one(db, cypher.passagesOfSource(sourceId, afterOrdinal, limit, roles))) ?? { total: 0, page: [] };
}

/** A page of each source's passages (same cursor, size and roles for all), in one round trip. */
export async function passagesOfSources(
  db: Db,
  sourceIds: string[],
  afterOrdinal: number,
  limit: number,
  roles: StoredRole[] | null,
): Promise<Map<string, { total: number; page: PassageModel[] }>> {
  const found = await rows(db, cypher.passagesOfSources(sourceIds, afterOrdinal, limit, roles));
  return new Map(found.map((r) => [r.sid, { total: r.total, page: r.page }]));
}

export async function sourcesById(db: Db, ids: string[]): Promise<Map<string, SourceModel>> {
  return new Map((await rows(db, cypher.sourcesById(ids))).map((r) => [r.id, r.source]));
}

export async function seedFingerprint(db: Db): Promise<string | null> {
  return (await one(db, cypher.seedFingerprint()))?.fingerprint ?? null;
}
