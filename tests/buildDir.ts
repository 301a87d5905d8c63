/**
 * Where test builds write their sites: a folder inside the project (.test-builds/, git-ignored).
 * Astro puts a build's prerender chunks in its outDir only when that lies inside the working
 * directory, and in the shared .astro/ otherwise, so two builds into /tmp at once (the build
 * tests and the browser tests run in parallel) overwrite each other's chunks.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export function buildRoot(): string {
  const dir = join(process.cwd(), '.test-builds');
  mkdirSync(dir, { recursive: true });
  return dir;
}
