import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';
import { ROOT } from '../scripts/neo4j.ts';

describe('one source of truth for API types', () => {
  it('the generated API and web types are current with api/schema.graphql and the web operations', async () => {
    const outputs = (await generate({ ...config, cwd: ROOT, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThanOrEqual(2);
    for (const out of outputs) {
      const onDisk = readFileSync(join(ROOT, out.filename), 'utf8');
      expect(onDisk, `${out.filename} is stale: run npm run codegen`).toBe(out.content);
    }
  });

  it('the whole project type-checks (strict)', () => {
    expect(() => execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', ROOT], { stdio: 'pipe' })).not.toThrow();
  }, 120_000);
});
