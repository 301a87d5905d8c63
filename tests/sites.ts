/**
 * The sites the build and browser tests read, each built once per test run into the run's folder
 * (the bundled site from the start of the run by tests/globalSetup.ts, the other by the first test
 * file that asks for it; the others wait for that build):
 *   - `bundled`: the bundled data and content, built under a base path and a site URL as a publisher
 *     deploying into a sub-folder would, so that a link that forgets the base path fails a test;
 *   - `hostile`: tests/fixtures/site-xss, data written to break pages (markup, direction overrides,
 *     300-character names).
 * Genuine variants (a later build with more data and an approved base map; builds that must fail)
 * are built by the test that needs them. Browser tests serve a site with `serveForFile`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveDir, type StaticServer } from '../src/io/staticServer.ts';
import { buildOnce } from './buildDir.ts';
import { BUNDLED_BASE, BUNDLED_ENV, BUNDLED_SITE_URL } from './deployment.ts';

export { BUNDLED_BASE, BUNDLED_SITE_URL };

export interface BuiltSite {
  /** The built folder. */
  outDir: string;
  /** The base path the site was built with: / or /showcase/ */
  base: string;
  /** stdout and stderr of the build. */
  output: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    runDir: string;
  }
}

function site(name: string, base: string, env: Record<string, string>): BuiltSite {
  const r = buildOnce(join(inject('runDir'), name), env);
  if (r.status !== 0) throw new Error(`site build failed (${name}):\n${r.output}`);
  return { outDir: r.outDir, base, output: r.output };
}

export const bundledSite = (): BuiltSite => site('bundled', BUNDLED_BASE, { ...BUNDLED_ENV });
export const hostileSite = (): BuiltSite =>
  site('hostile', '/', {
    SITE_BASE: '/',
    SITE_URL: 'http://localhost:4321',
    DATA_DIR: 'tests/fixtures/site-xss',
    CONTENT_DIR: 'tests/fixtures/site-xss/no-content',
  });

/**
 * A built site served for the test file that calls this (at its top level): `url` is its address
 * once the file's hooks have run, with the base path and a trailing slash.
 */
export function serveForFile(which: () => BuiltSite): { readonly url: string } {
  let served: StaticServer | undefined;
  beforeAll(async () => {
    const s = which();
    served = await serveDir(s.outDir, s.base);
  });
  afterAll(async () => {
    await served?.close();
  });
  return {
    get url(): string {
      if (!served) throw new Error('the site is served once the test file’s beforeAll has run');
      return served.url;
    },
  };
}

/** The file a site-absolute URL path (“/showcase/_astro/x.js”) is served from. */
export function fileOfUrl(s: Pick<BuiltSite, 'outDir' | 'base'>, urlPath: string): string {
  if (!urlPath.startsWith(s.base)) throw new Error(`${urlPath} is outside the site's base path ${s.base}`);
  const rel = decodeURIComponent(urlPath.slice(s.base.length));
  return join(s.outDir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
}

/** A built page's HTML, by its path below the base: '' (home), 'map/', 'reports/2022/'. */
export function pageHtml(s: Pick<BuiltSite, 'outDir'>, path: string): string {
  return readFileSync(join(s.outDir, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
}

/**
 * Links of a built site that lead nowhere: every root-relative href and src of every page whose
 * file is not in the output (query and fragment ignored), as "page → link".
 */
export function brokenLinks(s: Pick<BuiltSite, 'outDir' | 'base'>): string[] {
  const pages = readdirSync(s.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const out: string[] = [];
  for (const page of pages) {
    const html = readFileSync(join(s.outDir, page), 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="(\/[^"#?]*)[^"]*"/gu)) {
      const url = m[1]!;
      if (!url.startsWith(s.base)) continue; // reported by the base-path test
      if (!existsSync(fileOfUrl(s, url))) out.push(`${page} → ${url}`);
    }
  }
  return [...new Set(out)];
}
