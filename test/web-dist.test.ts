import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { webBuildNeeded } from '../scripts/web-dist.ts';

// A project folder with the web build's inputs, and a build whose age the tests set.
const root = mkdtempSync(join(tmpdir(), 'triangulate-web-dist-'));
const dist = join(root, 'web', 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);
function write(path: string, seconds: number) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), 'x');
  at(path, seconds);
}

describe('webBuildNeeded (npm start builds web/dist only when it must)', () => {
  it('builds when there is no build', () => {
    expect(webBuildNeeded(root, dist)).toBe('there is no build yet');
  });

  it('keeps a build newer than every input, and rebuilds when any input changes after it', () => {
    write('web/src/views/deep/View.tsx', 1000);
    write('web/index.html', 1000);
    write('core/vocabulary.ts', 1000);
    write('package-lock.json', 1000);
    for (const dir of ['web/src/views/deep', 'web/src/views', 'web/src', 'core']) at(dir, 1000);
    write('web/dist/index.html', 2000);
    expect(webBuildNeeded(root, dist)).toBeNull();

    write('web/src/views/deep/View.tsx', 3000);
    expect(webBuildNeeded(root, dist)).toBe('web/src changed since the last build');
    write('web/src/views/deep/View.tsx', 1000);
    write('package-lock.json', 3000);
    expect(webBuildNeeded(root, dist)).toBe('package-lock.json changed since the last build');
    write('package-lock.json', 1000);
    // A deleted file shows as its folder's modification time.
    at('core', 3000);
    expect(webBuildNeeded(root, dist)).toBe('core changed since the last build');
  });
});
