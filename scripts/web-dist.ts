/** Whether `npm start` must build the web app first: web/dist is missing or older than what it is built from. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the web build reads besides node_modules (whose changes show in package-lock.json). */
export const WEB_INPUTS = ['web/src', 'web/public', 'web/index.html', 'web/tsconfig.json', 'core', 'vite.config.ts', 'package-lock.json'];

/** The newest modification time under a path (0 when it does not exist). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((t, name) => Math.max(t, newest(join(path, name))), stat.mtimeMs);
}

/** Why the build in `dist` is out of date, or null when it is current. */
export function webBuildNeeded(root: string, dist = join(root, 'web', 'dist')): string | null {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return 'there is no build yet';
  const built = statSync(index).mtimeMs;
  const changed = WEB_INPUTS.find((input) => newest(join(root, input)) > built);
  return changed ? `${changed} changed since the last build` : null;
}
