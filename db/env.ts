import { z } from 'zod';

/** The environment every command that talks to Neo4j reads, and nothing else (no API settings). */
export const Neo4jEnv = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default('neo4j'),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
});
export type Neo4jEnv = z.infer<typeof Neo4jEnv>;

const folder = z
  .string()
  .max(1000, 'must be at most 1000 characters')
  .refine((p) => !p.includes('\0'), 'must be a path (no NUL character)');

/**
 * Where the server and the seed keep what users add: ingested documents (originals and their
 * extracted text) and the exported user corpus a re-seed loads. Unset: under the project's .data/.
 * The server's schema (api/config.ts) includes these; the seed and the ingest commands read them alone.
 */
export const StorageEnv = z.object({
  TRIANGULATE_INGEST_DIR: folder.optional(),
  TRIANGULATE_USER_CORPUS: folder.optional(),
});
export type StorageEnv = z.infer<typeof StorageEnv>;

export class EnvError extends Error {}

/** Empty variables count as unset, as a shell user expects. */
export function definedOnly(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

/** Validates an environment against a schema; the message names each variable at fault. */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const parsed = schema.safeParse(definedOnly(env));
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new EnvError(`invalid environment: ${msg}`);
  }
  return parsed.data;
}

export const readNeo4jEnv = (env: NodeJS.ProcessEnv = process.env): Neo4jEnv => parseEnv(Neo4jEnv, env);

export const readStorageEnv = (env: NodeJS.ProcessEnv = process.env): StorageEnv => parseEnv(StorageEnv, env);
