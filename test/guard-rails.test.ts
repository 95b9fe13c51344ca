import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';
import { ROOT } from '../db/launcher.ts';

describe('one source of truth for API types', () => {
  it('the generated API and web types are current with api/schema.graphql and the web operations', async () => {
    const outputs = (await generate({ ...config, cwd: ROOT, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThanOrEqual(2);
    for (const out of outputs) {
      const onDisk = readFileSync(join(ROOT, out.filename), 'utf8');
      expect(onDisk, `${out.filename} is stale: run npm run codegen`).toBe(out.content);
    }
  });

  it('every layer type-checks (strict; web with DOM types only, server code with Node only, core with neither)', () => {
    expect(() => execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-b', ROOT], { stdio: 'pipe' })).not.toThrow();
  }, 180_000);

  it('lint and format are clean, the layer boundaries included (npm run lint)', () => {
    const run = (cmd: string, args: string[]) => {
      try {
        execFileSync(join(ROOT, 'node_modules', '.bin', cmd), args, { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
        return '';
      } catch (e) {
        const err = e as { stdout?: string; stderr?: string };
        return `${err.stdout ?? ''}${err.stderr ?? ''}`;
      }
    };
    expect(run('eslint', ['--max-warnings=200', '.']), 'npm run lint').toBe('');
    expect(run('prettier', ['--check', '--log-level=warn', '.']), 'npm run format').toBe('');
  }, 180_000);
});
