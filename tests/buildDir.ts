/**
 * Real site builds for the build and browser tests. Sites are written inside the project
 * (.test-builds/, git-ignored): Astro puts a build's prerender chunks in its outDir only when that
 * lies inside the working directory, and in the shared .astro/ otherwise, so two builds into /tmp
 * at once (the build tests and the browser tests run in parallel) overwrite each other's chunks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
 * Runs `fn` while holding the builds' lock. Two `astro build`s of one project share its content
 * store (node_modules/.astro/data-store.json, .astro/content-modules.mjs), which each rewrites from
 * its own CONTENT_DIR; test files run in parallel, so every build of the suite takes this lock (a
 * folder: mkdir is atomic) and builds run one at a time.
 */
export function acquireBuildLock(): () => void {
  const lock = buildLockPath();
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (Date.now() - started > 900_000) throw new Error(`waited 15 minutes for ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

/** The lock folder (tests/globalSetup.ts removes one a killed run left behind). */
export const buildLockPath = (): string => join(buildRoot(), 'build.lock');

function withBuildLock<T>(fn: () => T): T {
  const release = acquireBuildLock();
  try {
    return fn();
  } finally {
    release();
  }
}

/**
 * The environment of a build: this process's, without the variables vitest sets for its own
 * `import.meta.env` (BASE_URL, MODE, DEV, PROD, SSR), which Astro would take as the site's.
 */
export function buildEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...rest } = process.env;
  return { ...rest, ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}

/** `npm run build` into `outDir` with `env`, without the lock (the callers hold it). */
function runBuild(outDir: string, env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    encoding: 'utf8',
    env: buildEnv(env),
    maxBuffer: 64 << 20,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * `npm run build` (scripts/build.ts: astro build into a staging folder that replaces `outDir` only
 * on success) with extra environment variables (DATA_DIR, CONTENT_DIR, SITE_BASE…), one build at a
 * time.
 */
export function buildSite(outDir: string, env: Record<string, string> = {}): SiteBuild {
  const r = withBuildLock(() => runBuild(outDir, env));
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, outDir };
}

/** `npm run build` with `env`, its output streams apart (for tests of what goes to stderr). */
export function buildSiteRaw(outDir: string, env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  return withBuildLock(() => runBuild(outDir, env));
}

/** The log a successful shared build leaves beside its folder; its presence means “built”. */
export const builtLog = (outDir: string): string => `${outDir}.log`;

/**
 * A site built once per test run, whichever test file asks first: `outDir` is built with `env`
 * unless a build of it has already succeeded in this run (its log is kept beside it). Test files
 * that share a site wait on the builds' lock instead of building it again.
 */
export function buildOnce(outDir: string, env: Record<string, string>): SiteBuild {
  const log = builtLog(outDir);
  return withBuildLock(() => {
    if (existsSync(log)) return { status: 0, output: readFileSync(log, 'utf8'), outDir };
    const r = runBuild(outDir, env);
    const output = `${r.stdout}\n${r.stderr}`;
    if (r.status === 0) writeFileSync(log, output);
    return { status: r.status, output, outDir };
  });
}
