/**
 * Real site builds for the build and browser tests. Sites are written inside the project
 * (.test-builds/, git-ignored): Astro puts a build's prerender chunks in its outDir only when that
 * lies inside the working directory, and in the shared .astro/ otherwise, so two builds into /tmp
 * at once (the build tests and the browser tests run in parallel) overwrite each other's chunks.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export function buildRoot(): string {
  const dir = join(process.cwd(), '.test-builds');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Temporary folders of one test file, removed by `removeAll` (call it in afterAll). */
export class TempDirs {
  private readonly dirs: string[] = [];

  make(prefix: string): string {
    const d = mkdtempSync(join(buildRoot(), prefix));
    this.dirs.push(d);
    return d;
  }

  removeAll(): void {
    for (const d of this.dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  }
}

export interface SiteBuild {
  status: number | null;
  /** stdout and stderr of the build. */
  output: string;
  outDir: string;
}

/**
 * `npm run build` (scripts/build.ts: astro build into a staging folder that replaces `outDir` only
 * on success) with extra environment variables (DATA_DIR, CONTENT_DIR, SITE_BASE…).
 */
export function buildSite(outDir: string, env: Record<string, string> = {}): SiteBuild {
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 << 20,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, outDir };
}
