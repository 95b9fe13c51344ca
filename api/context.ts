import { createHash, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import type { ApiToken, Role } from './config.ts';
import type { CorpusCache } from './corpus-cache.ts';
import type { Db, WriteTx } from './db.ts';
import type { Loaders } from './loaders.ts';

/** Who made a request, from its bearer token; null without a (known) token. */
export interface Principal {
  name: string;
  role: Role;
}

/**
 * Runs inside a curation transaction after the change and its audit record were written, just
 * before the commit. For tests: a hook that throws proves that both roll back together.
 */
export type BeforeCommitHook = (tx: WriteTx, action: string) => Promise<void>;

export interface ApiContext {
  /** The one way resolvers reach Neo4j: counted round trips (api/data/query.ts types the results). */
  db: Db;
  log: Logger;
  requestId: string;
  principal: Principal | null;
  /** Batches per-item reads across the whole response. */
  loaders: Loaders;
  /** The process's whole-corpus aggregates, kept until the data changes. */
  corpus: CorpusCache;
  beforeCommit?: BeforeCommitHook;
  /** Drops the kept files of an ingested source after its removal (wired by the process; see api/http/upload.ts). */
  forgetIngested?: (sourceId: string) => void;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Resolves `Authorization: Bearer <token>` against the configured tokens. Tokens are compared as
 * SHA-256 digests (equal length) with timingSafeEqual, and every configured token is compared, so
 * the time taken says nothing about how much of a token matched or which one did.
 */
export function authenticate(header: string | undefined, tokens: readonly ApiToken[]): Principal | null {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  if (!m || tokens.length === 0) return null;
  const presented = digest(m[1]!);
  let found: ApiToken | null = null;
  for (const t of tokens) {
    if (timingSafeEqual(presented, digest(t.token)) && !found) found = t;
  }
  return found ? { name: found.name, role: found.role } : null;
}
