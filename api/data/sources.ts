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

export interface PassageWindowPage {
  total: number;
  page: PassageModel[];
  hasPrevious: boolean;
  hasNext: boolean;
}

/** A window of each source's passages (the same window, size and roles for all), in one round trip. */
export async function passagesOfSources(
  db: Db,
  sourceIds: string[],
  window: cypher.PassageWindow,
  limit: number,
  roles: StoredRole[] | null,
): Promise<Map<string, PassageWindowPage>> {
  const found = await rows(db, cypher.passagesOfSources(sourceIds, window, limit, roles));
  return new Map(found.map((r) => [r.sid, { total: r.total, page: r.page, hasPrevious: r.hasPrevious, hasNext: r.hasNext }]));
}

export async function sourcesById(db: Db, ids: string[]): Promise<Map<string, SourceModel>> {
  return new Map((await rows(db, cypher.sourcesById(ids))).map((r) => [r.id, r.source]));
}

export async function seedFingerprint(db: Db): Promise<string | null> {
  return (await one(db, cypher.seedFingerprint()))?.fingerprint ?? null;
}

/** The version of the data (see cypher.dataVersion): whole-corpus aggregates built at one version hold until it changes. */
export async function dataVersion(db: Db): Promise<string> {
  const row = await one(db, cypher.dataVersion());
  if (!row) throw new Error('the data version query returned no row');
  return row.version;
}
