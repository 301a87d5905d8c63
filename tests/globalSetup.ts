/**
 * One folder per test run for the sites the build and browser tests share (tests/sites.ts builds
 * each there once, when a test file first asks for it), removed when the run ends. The bundled
 * site, which most of those tests read, starts building here in the background while the unit
 * tests run (they run first: vitest.config.ts); it holds the builds' lock until it is done, so a
 * test file that asks for it waits for this build instead of starting another.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { acquireBuildLock, buildEnv, buildLockPath, buildRoot, builtLog } from './buildDir.ts';
import { BUNDLED_ENV } from './deployment.ts';

export default function setup(project: TestProject): () => Promise<void> {
  const runDir = mkdtempSync(join(buildRoot(), 'run-'));
  project.provide('runDir', runDir);
  rmSync(buildLockPath(), { recursive: true, force: true }); // left by a run that was killed
  const release = acquireBuildLock();
  const outDir = join(runDir, 'bundled');
  const child = spawn(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    env: buildEnv({ ...BUNDLED_ENV }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
  const done = new Promise<void>((resolve) =>
    child.on('close', (code) => {
      // a failed build leaves no log: the first test file that needs the site builds it again and reports why
      if (code === 0) writeFileSync(builtLog(outDir), output);
      release();
      resolve();
    }),
  );
  return async () => {
    if (child.exitCode === null) child.kill();
    await done;
    rmSync(runDir, { recursive: true, force: true });
  };
}
