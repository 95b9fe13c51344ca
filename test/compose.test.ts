import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../api/config.ts';
import { ROOT } from '../db/launcher.ts';

// No Docker engine here: check what can be checked without one.
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });
const pom = readFileSync(join(ROOT, 'neo4j', 'pom.xml'), 'utf8');

describe('docker-compose.yml', () => {
  it('pins the same Neo4j 5.26 community release that the local launcher uses', () => {
    const version = /<neo4j\.version>([^<]+)</.exec(pom)![1]!;
    expect(version).toMatch(/^5\.26\.\d+$/);
    expect(compose.services.neo4j.image).toBe(`neo4j:${version}-community`);
    expect(compose.services.neo4j.volumes).toContain('neo4j-data:/data');
    expect(compose.services.neo4j.healthcheck.test).toContain('cypher-shell');
  });

  it('wires the API with the variables the API reads, and they validate', () => {
    const env = compose.services.api.environment as Record<string, string>;
    // ${VAR:-default} as Compose resolves it with VAR unset.
    const resolved = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v).replace(/\$\{[A-Z0-9_]+:-([^}]*)\}/g, '$1')]));
    const config = readConfig(resolved);
    expect(config.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_PASSWORD).toBe('triangulate-dev');
    expect(compose.services.neo4j.environment.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD:-triangulate-dev}');
    expect(env.TRIANGULATE_TOKENS).toBe('${TRIANGULATE_TOKENS:-}');
    expect(config.TRIANGULATE_TOKENS).toEqual([]);
  });

  it('starts the API after the seed job and the web app after the API', () => {
    expect(compose.services.seed.depends_on.neo4j.condition).toBe('service_healthy');
    expect(compose.services.api.depends_on.seed.condition).toBe('service_completed_successfully');
    expect(compose.services.web.depends_on.api.condition).toBe('service_healthy');
    expect(compose.services.web.environment.TRIANGULATE_API_URL).toBe('http://api:4000');
  });
});
