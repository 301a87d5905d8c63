/**
 * Builds the site once from the bundled data into a temporary folder and serves it on a free
 * loopback port for the browser tests; provides the base URL to the tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildRoot, buildSite } from '../buildDir.ts';
import { serveDir } from '../../src/io/staticServer.ts';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = mkdtempSync(join(buildRoot(), 'site-e2e-'));
  const r = buildSite(outDir);
  if (r.status !== 0) throw new Error(`site build failed:\n${r.output}`);
  const server = await serveDir(outDir);
  project.provide('baseUrl', server.url);
  project.provide('outDir', outDir);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    outDir: string;
  }
}
