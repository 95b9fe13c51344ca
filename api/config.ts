import { z } from 'zod';
import { EnvError, Neo4jEnv, parseEnv } from '../db/env.ts';

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
export const MIN_TOKEN_LENGTH = 16;

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
    if (token.length < MIN_TOKEN_LENGTH) problems.push(`${shown}: the token must be at least ${MIN_TOKEN_LENGTH} characters`);
    else if (!TOKEN_CHARS.test(token)) problems.push(`${shown}: the token must be printable ASCII without spaces`);
    if (tokens.some((t) => t.name === name)) problems.push(`${shown}: the name "${name}" is used twice`);
    if (tokens.some((t) => t.token === token)) problems.push(`${shown}: the same token is given twice`);
    tokens.push({ name, role: role as Role, token });
  });
  return { tokens: problems.length ? [] : tokens, problems };
}

const Env = Neo4jEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
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
