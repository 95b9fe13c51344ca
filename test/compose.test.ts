import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../api/config.ts';
import { ROOT } from '../db/launcher.ts';

// No Docker engine here: check what can be checked without one.
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });
const pom = readFileSync(join(ROOT, 'neo4j', 'pom.xml'), 'utf8');
const dockerfile = readDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
const buildConfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8')) as { files: string[]; compilerOptions: { outDir: string } };

interface Stage {
  name: string;
  from: string;
  instructions: { op: string; args: string }[];
}

/** The Dockerfile's stages with their instructions (continuation lines joined, comments dropped, ARG defaults applied to FROM). */
function readDockerfile(text: string): { args: Record<string, string>; stages: Stage[] } {
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const args: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, op = '', rest = ''] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    const upper = op.toUpperCase();
    if (upper === 'FROM') {
      const [image = '', , name] = rest.replace(/\$\{(\w+)\}/g, (_, v: string) => args[v] ?? '').split(/\s+/);
      stages.push({ name: name ?? String(stages.length), from: image, instructions: [] });
    } else if (stages.length === 0 && upper === 'ARG') {
      const [k = '', v = ''] = rest.split('=');
      args[k] = v;
    } else stages.at(-1)?.instructions.push({ op: upper, args: rest });
  }
  return { args, stages };
}

const image = (stage: Stage) => /^node:(\d+)-(?:[a-z]+-)?slim$/.exec(stage.from);
const stageNamed = (name: string) => dockerfile.stages.find((s) => s.name === name)!;
const runtime = dockerfile.stages.at(-1)!;

describe('docker-compose.yml', () => {
  it('pins the same Neo4j 5.26 community release that the local launcher uses', () => {
    const version = /<neo4j\.version>([^<]+)</.exec(pom)![1]!;
    expect(version).toMatch(/^5\.26\.\d+$/);
    expect(compose.services.neo4j.image).toBe(`neo4j:${version}-community`);
    expect(compose.services.neo4j.volumes).toContain('neo4j-data:/data');
    expect(compose.services.neo4j.healthcheck.test).toContain('cypher-shell');
  });

  it('wires the app with the variables the server reads, and they validate', () => {
    const env = compose.services.app.environment as Record<string, string>;
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

  it('seeds once with the one-shot job, then starts one app serving the web app and the API, all from the compiled image', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'neo4j', 'seed']);
    expect(compose.services.seed.depends_on.neo4j.condition).toBe('service_healthy');
    expect(compose.services.seed.restart).toBe('no');
    expect(compose.services.seed.command).toEqual(['node', 'dist/seed/cli.js', '--if-needed']);
    expect(compose.services.app.depends_on.neo4j.condition).toBe('service_healthy');
    expect(compose.services.app.depends_on.seed.condition).toBe('service_completed_successfully');
    expect(compose.services.app.command).toEqual(['node', 'dist/scripts/main.js']);
    expect(compose.services.app.ports).toEqual(['127.0.0.1:4000:4000']);
    // Uploads and the exported user corpus live on a named volume both the app and the seed job mount.
    expect(compose.services.app.volumes).toEqual(['app-data:/data']);
    expect(compose.services.seed.volumes).toEqual(['app-data:/data']);
    expect(Object.keys(compose.volumes as Record<string, unknown>)).toContain('app-data');
    // One image for both, and the image's own health check (GET /readyz) is not overridden.
    expect(compose.services.seed.build).toBe('.');
    expect(compose.services.app.image).toBe(compose.services.seed.image);
    expect(compose.services.app.healthcheck).toBeUndefined();
    expect(JSON.stringify(compose.services)).not.toMatch(/\btsx\b|\bvite\b/);
  });
});

describe('Dockerfile', () => {
  it('builds in stages (packages, build, production packages) and runs the last one', () => {
    expect(dockerfile.stages.map((s) => s.name)).toEqual(['deps', 'build', 'prod-deps', 'runtime']);
    expect(stageNamed('deps').instructions).toContainEqual({ op: 'RUN', args: 'npm ci --no-audit --no-fund' });
    expect(stageNamed('build').from).toBe('deps');
    expect(stageNamed('build').instructions).toContainEqual({ op: 'RUN', args: 'npm run build' });
    expect(stageNamed('prod-deps').instructions.find((i) => i.op === 'RUN')?.args).toMatch(/^npm ci --omit=dev /);
  });

  it('runs on a maintained Node LTS, slim', () => {
    for (const stage of [stageNamed('deps'), stageNamed('prod-deps'), runtime]) {
      const major = Number(image(stage)?.[1]);
      // Even majors are LTS; 20 reached end of life in April 2026.
      expect(major % 2, stage.from).toBe(0);
      expect(major, stage.from).toBeGreaterThanOrEqual(22);
    }
  });

  it('runs the compiled server as the unprivileged node user, with production packages only and no tsx, Vite or TypeScript', () => {
    const users = runtime.instructions.filter((i) => i.op === 'USER').map((i) => i.args);
    expect(users).toEqual(['node']);
    // Nothing runs after USER is set but the command: no step of the runtime stage installs as root later.
    expect(runtime.instructions.filter((i) => i.op === 'RUN')).toEqual([]);
    const copies = runtime.instructions.filter((i) => i.op === 'COPY').map((i) => i.args);
    expect(copies).toContain('--from=prod-deps /app/node_modules ./node_modules');
    expect(copies).toContain('--from=build /app/dist ./dist');
    expect(copies).toContain('--from=build /app/web/dist ./web/dist');
    expect(copies.every((c) => c.startsWith('--from='))).toBe(true);
    expect(JSON.stringify(runtime.instructions)).not.toMatch(/\btsx\b|\bvite\b|\btsc\b|\.ts\b/);
    expect(runtime.instructions.find((i) => i.op === 'CMD')?.args).toBe('["node", "dist/scripts/main.js"]');
    // The paths the image runs are the ones the build writes.
    expect(buildConfig.compilerOptions.outDir).toBe('dist');
    expect(buildConfig.files).toEqual(['scripts/main.ts', 'seed/cli.ts']);
  });

  it('checks health on /readyz and listens on all interfaces in production mode', () => {
    const health = runtime.instructions.find((i) => i.op === 'HEALTHCHECK')?.args ?? '';
    expect(health).toMatch(/CMD \["node", "-e", ".*\/readyz.*"\]/);
    const env = runtime.instructions.find((i) => i.op === 'ENV')?.args ?? '';
    const config = readConfig(Object.fromEntries(env.split(/\s+/).map((kv) => kv.split('='))));
    expect(config).toMatchObject({
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      PORT: 4000,
      WEB_DIST: '/app/web/dist',
      TRIANGULATE_INGEST_DIR: '/data/ingested',
      TRIANGULATE_USER_CORPUS: '/data/corpus',
    });
    // /app is read-only to `node`; the data folders are copied in owned by it, and /data is a volume.
    expect(runtime.instructions).toContainEqual({ op: 'COPY', args: '--from=build --chown=node:node /data /data' });
    expect(runtime.instructions).toContainEqual({ op: 'VOLUME', args: '/data' });
    expect(runtime.instructions).toContainEqual({ op: 'EXPOSE', args: '4000' });
  });
});
