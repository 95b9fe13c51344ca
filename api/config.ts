import { z } from 'zod';
import { EnvError, Neo4jEnv, parseEnv, StorageEnv } from '../db/env.ts';

export const ROLES = ['viewer', 'curator'] as const;
export type Role = (typeof ROLES)[number];

/** A bearer token of the API: who holds it and what it may do. */
export interface ApiToken {
  name: string;
  role: Role;
  token: string;
}

const TOKEN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,79}$/;
const TOKEN_CHARS = /^[\x21-\x7e]+$/;
export const MIN_TOKEN_LENGTH = 24;
/** Lowest Shannon entropy of a token's characters, in bits per character (random base64url: about 4.5 at 32 characters). */
export const MIN_TOKEN_ENTROPY = 3.5;
export const MAKE_TOKEN = `node -e "console.log(require('crypto').randomBytes(24).toString('base64url'))"`;

/** Shannon entropy of the characters of s, in bits per character: a crude test that a token is not a word, a pattern or a repeat. */
export function entropyPerChar(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

/** Why a token is too weak to guard the API, or null. */
export function tokenWeakness(token: string): string | null {
  if (token.length < MIN_TOKEN_LENGTH) return `the token must be at least ${MIN_TOKEN_LENGTH} characters`;
  if (!TOKEN_CHARS.test(token)) return 'the token must be printable ASCII without spaces';
  if (/^(.)\1*$/.test(token)) return 'the token is one character repeated';
  let steps = 0;
  for (let i = 1; i < token.length; i++) if (Math.abs(token.charCodeAt(i) - token.charCodeAt(i - 1)) <= 1) steps++;
  if (steps > token.length / 4) return 'the token is mostly runs or sequences of characters (like aaaa or abcd)';
  if (entropyPerChar(token) < MIN_TOKEN_ENTROPY)
    return `the token is not random enough (${entropyPerChar(token).toFixed(1)} bits per character, at least ${MIN_TOKEN_ENTROPY} needed)`;
  return null;
}

/**
 * Parses TRIANGULATE_TOKENS: comma-separated `name:role:token` entries (the token is everything
 * after the second colon). Messages name the entry by position, name and role, never the token.
 */
export function parseTokens(value: string | undefined): { tokens: ApiToken[]; problems: string[] } {
  const tokens: ApiToken[] = [];
  const problems: string[] = [];
  const entries = (value ?? '').split(',').map((e) => e.trim());
  entries.forEach((entry, i) => {
    if (entry === '') return;
    const [name = '', role = '', ...rest] = entry.split(':');
    const token = rest.join(':');
    const shown = `entry ${i + 1} ("${name}:${role}:…")`;
    if (rest.length === 0) {
      problems.push(`entry ${i + 1} is not name:role:token`);
      return;
    }
    if (!TOKEN_NAME.test(name)) problems.push(`${shown}: the name must be 2 to 80 letters, digits, dots, dashes or underscores`);
    if (!(ROLES as readonly string[]).includes(role)) problems.push(`${shown}: the role must be one of ${ROLES.join(', ')}`);
    const weakness = tokenWeakness(token);
    if (weakness) problems.push(`${shown}: ${weakness}; make one with ${MAKE_TOKEN}`);
    if (tokens.some((t) => t.name === name)) problems.push(`${shown}: the name "${name}" is used twice`);
    if (tokens.some((t) => t.token === token)) problems.push(`${shown}: the same token is given twice`);
    tokens.push({ name, role: role as Role, token });
  });
  return { tokens: problems.length ? [] : tokens, problems };
}

const Env = Neo4jEnv.extend(StorageEnv.shape).extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  /** Anything but `development` is production-safe: errors masked, no stack traces, no landing page. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  /** Origins besides the API's own that browsers may call it from: comma-separated, e.g. https://a.example,https://b.example. */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const origins = (value ?? '')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean);
      for (const o of origins) {
        let ok: boolean;
        try {
          const u = new URL(o);
          ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === o.replace(/\/$/, '');
        } catch {
          ok = false;
        }
        if (!ok) ctx.addIssue({ code: 'custom', message: `"${o}" is not an origin (scheme://host[:port], no path)` });
      }
      return origins.map((o) => o.replace(/\/$/, ''));
    }),
  /** Express's `trust proxy`: unset trusts no proxy (the client is the peer address); e.g. `1` (one proxy hop) or `loopback, 10.0.0.0/8` to read the client from X-Forwarded-For. */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === '' ? undefined : /^\d+$/.test(v) ? Number(v) : v)),
  /** Requests per second each client (IP address) may make on average; RATE_LIMIT_BURST at once. */
  RATE_LIMIT_PER_SECOND: z.coerce.number().positive().default(50),
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(200),
  /** Failed authentications each client may make per minute (also the burst). */
  AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Requests served at once; up to MAX_QUEUED_REQUESTS more wait at most QUEUE_TIMEOUT_MS, the rest get 503 at once. */
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).default(32),
  MAX_QUEUED_REQUESTS: z.coerce.number().int().min(0).max(100_000).default(512),
  QUEUE_TIMEOUT_MS: z.coerce.number().int().min(0).max(30_000).default(1000),
  /** How long an unused cached answer to a query is kept (answers are keyed by the data version, so never stale); 0 turns the response cache off. */
  RESPONSE_CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  /** Memory the cached answers may take. */
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  /** How long one request's database work may run before it is stopped (in Neo4j too) and answered 503 REQUEST_TIMEOUT. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Bearer tokens for the API's mutations: comma-separated name:role:token (roles viewer, curator). Unset: every mutation answers UNAUTHENTICATED. */
  TRIANGULATE_TOKENS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const { tokens, problems } = parseTokens(value);
      for (const message of problems) ctx.addIssue({ code: 'custom', message });
      return problems.length ? z.NEVER : tokens;
    }),
});
export type Config = z.infer<typeof Env>;

/** The API's configuration error is the environment error of the database layer (one message format). */
export const ConfigError = EnvError;

/** Validates the environment at the boundary; the message names the variable at fault. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return parseEnv(Env, env);
}
