/**
 * Full-text search and sitemap of the bundled site (built once for the run under a base path:
 * tests/sites.ts), its Pagefind index searched with Pagefind's own browser bundle
 * (pagefind.js, run in Node against a local HTTP server), and its sitemap read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { BUNDLED_BASE, BUNDLED_SITE_URL, bundledSite, serveForFile } from '../sites.ts';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { gunzipSync } from 'node:zlib';
import {
  indexedPage,
  markForIndex,
  type PageKind,
  prepareForIndex,
  SEARCH_RANKING,
  UNINDEXED_SELECTORS,
} from '../../src/lib/site/search.ts';
import { REGION_ROWS } from '../../src/lib/regionTable.ts';

const BASE = BUNDLED_BASE;
const SITE = BUNDLED_SITE_URL;
/** 舟曲县's code, read from the region table the site uses (not typed in here). */
const ZHOUQU = REGION_ROWS.find((r) => r[1] === '舟曲县')![0];

interface ResultData {
  url: string;
  /** The page's indexed text. */
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<ResultData> }[] }>;
  destroy(): Promise<void>;
}

const site = bundledSite();
const { outDir, output: buildLog } = site;
let pf: Pagefind;
const served = serveForFile(() => site);
const savedDocument = Object.getOwnPropertyDescriptor(globalThis, 'document');

const h1 = (file: string): string => /<h1[^>]*>([^<]*)<\/h1>/u.exec(readFileSync(join(outDir, file), 'utf8'))![1]!;
const pageDirs = (section: string): string[] =>
  readdirSync(join(outDir, section)).filter((d) => existsSync(join(outDir, section, d, 'index.html')));
const htmlFiles = (): string[] =>
  (readdirSync(outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));

async function search(q: string, filters?: Record<string, string>, top = 10): Promise<{ count: number; top: ResultData[] }> {
  const r = await pf.search(q, filters ? { filters } : {});
  return { count: r.results.length, top: await Promise.all(r.results.slice(0, top).map((x) => x.data())) };
}

beforeAll(async () => {
  // Pagefind's bundle reads the page language from <html lang> to split Chinese queries into words
  // the way a browser does; give it the search page's own lang attribute.
  const lang = /<html lang="([^"]+)"/u.exec(readFileSync(join(outDir, 'search/index.html'), 'utf8'))![1]!;
  Object.defineProperty(globalThis, 'document', {
    configurable: true,
    value: {
      currentScript: null,
      querySelector: (sel: string) => (sel === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? lang : null) } : null),
    },
  });
  pf = (await import(/* @vite-ignore */ pathToFileURL(join(outDir, 'pagefind/pagefind.js')).href)) as Pagefind;
  // the ranking the search page uses
  await pf.options({ basePath: `${served.url}pagefind/`, ranking: SEARCH_RANKING });
}, 180_000);

afterAll(async () => {
  await pf?.destroy();
  if (savedDocument) Object.defineProperty(globalThis, 'document', savedDocument);
  else Reflect.deleteProperty(globalThis, 'document');
});

describe('search index', () => {
  it("writes pagefind/ with the search bundle and a Chinese index of every page but the search, embed, projects' own and the organization list's views, and logs its size", () => {
    for (const f of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.unknown.pagefind'])
      expect(existsSync(join(outDir, 'pagefind', f)), f).toBe(true);
    for (const d of ['index', 'fragment', 'filter']) expect(readdirSync(join(outDir, 'pagefind', d)).length, d).toBeGreaterThan(0);
    // Pagefind's ready-made UIs are not used and not shipped
    expect(existsSync(join(outDir, 'pagefind', 'pagefind-ui.js'))).toBe(false);
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    // every HTML page but the search page, the charts made for iframes on other sites and each
    // project's own page (found through the project list's name search)
    const projectPage = new RegExp(`^projects\\${sep}[^\\${sep}]+\\${sep}index\\.html$`, 'u');
    // and the organization index's sorted, filtered and later pages (organizations/<sort>/<type>/<level>/…)
    const orgListView = new RegExp(`^organizations\\${sep}[^\\${sep}]+\\${sep}[^\\${sep}]+\\${sep}[^\\${sep}]+\\${sep}`, 'u');
    const pages = htmlFiles().filter(
      (f) => f !== join('search', 'index.html') && !f.startsWith(`embed${sep}`) && !projectPage.test(f) && !orgListView.test(f),
    );
    expect(htmlFiles().filter((f) => orgListView.test(f)).length).toBeGreaterThan(0);
    expect(htmlFiles().filter((f) => projectPage.test(f)).length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThan(htmlFiles().length - 1);
    expect(entry.languages['zh-cn']!.page_count).toBe(pages.length);
    expect(buildLog).toMatch(
      new RegExp(
        `搜索索引：收录 ${pages.length} 个页面（.*地区 \\d+.*；${pages.length} 个在页面生成时送入），写出 pagefind/ \\d+ 个文件共 \\d+ KB；页面生成后用时 \\d+ ms`,
        'u',
      ),
    );
  });

  it.each(['舟曲县', '舟曲'])('a search for %s puts the county page first, as a 地区 page', async (q) => {
    const { top } = await search(q);
    expect(top[0]).toMatchObject({ url: `${served.url}regions/${ZHOUQU}/`, meta: { title: '舟曲县' }, filters: { kind: ['地区'] } });
    expect(top[0]!.excerpt).toContain('<mark>');
  });

  it('finds every organization page by the organization name, first', async () => {
    const dirs = pageDirs('organizations');
    expect(dirs.length).toBeGreaterThan(0);
    for (const d of dirs) {
      const name = h1(join('organizations', d, 'index.html'));
      const { top } = await search(name, undefined, 1);
      expect(top[0], name).toMatchObject({ url: `${served.url}organizations/${d}/`, filters: { kind: ['组织'] } });
    }
  });

  it('finds every region page by its name among the first ten results', async () => {
    for (const d of pageDirs('regions')) {
      const name = h1(join('regions', d, 'index.html'));
      const { top } = await search(name);
      expect(
        top.map((t) => t.url),
        name,
      ).toContain(`${served.url}regions/${d}/`);
    }
  });

  it('finds a page whose name the index and the browser split into words differently', async () => {
    // the index splits 乌兰察布市 as 乌兰/察/布市, the browser's query segmenter as 乌兰/察/布/市;
    // the title terms stored as metadata (src/lib/site/search.ts titleTerms) bridge the two
    const code = REGION_ROWS.find((r) => r[1] === '乌兰察布市')![0];
    expect(existsSync(join(outDir, 'regions', code, 'index.html'))).toBe(true);
    const { top } = await search('乌兰察布市');
    expect(top[0]?.url).toBe(`${served.url}regions/${code}/`);
  });

  it('finds an organization by part of its name', async () => {
    const d = pageDirs('organizations').find((x) => h1(join('organizations', x, 'index.html')) === '北京白求恩公益基金会');
    expect(d).toBeDefined();
    const { top } = await search('白求恩');
    expect(top.map((t) => t.url)).toContain(`${served.url}organizations/${d}/`);
  });

  it('filters by page kind', async () => {
    const all = await search('舟曲', undefined, 100);
    const regions = await search('舟曲', { kind: '地区' }, 100);
    expect(regions.count).toBeGreaterThan(0);
    expect(regions.count).toBeLessThan(all.count);
    for (const r of regions.top) expect(r.filters['kind']).toEqual(['地区']);
  });

  it("leaves projects' own pages to the project list's name search", async () => {
    const { top } = await search('数字化养蜂', undefined, 100);
    expect(top.length).toBeGreaterThan(0); // the case that tells of it
    expect(top.filter((r) => /\/projects\/[^/]+\/$/u.test(r.url))).toEqual([]);
  });

  it('indexes main content only, without the header, the footer, tables and the search page', async () => {
    const { top } = await search('舟曲县', undefined, 1);
    const content = top[0]!.content;
    const html = readFileSync(join(outDir, 'regions', ZHOUQU, 'index.html'), 'utf8');
    const siteName = /<a class="brand"[^>]*>([^<]+)<\/a>/u.exec(html)![1]!;
    expect(content).toContain('舟曲县');
    expect(content).not.toContain(siteName);
    expect(content).not.toContain('主办单位');
    const caption = /<caption>([^<]+)<\/caption>/u.exec(html)?.[1];
    expect(caption, 'the county page has a data table').toBeDefined();
    expect(content).not.toContain(caption);
    const onSearchPage = await search('搜索', undefined, 100);
    expect(onSearchPage.top.map((t) => t.url)).not.toContain(`${served.url}search/`);
  });

  it("makes of each page's indexed part what it makes of the whole page, field for field", async () => {
    // the build hands Pagefind only <main data-pagefind-body>, emptied of tables and SVG
    // (indexedPart); the demo's pages, whole and as handed, in two indexes with the site's settings
    const pages = htmlFiles()
      .map((f) => f.split(sep).join('/'))
      .flatMap((f) => {
        const page = indexedPage(f);
        return page ? [{ f, page, html: readFileSync(join(outDir, f), 'utf8') }] : [];
      });
    expect(pages.filter((p) => /<main[\s\S]*<(table|svg)\b/u.test(p.html)).length, 'pages with tables or SVG').toBeGreaterThan(50);
    const fragments = async (content: (html: string, f: string, kind: PageKind) => string): Promise<Map<string, unknown>> => {
      const { index } = await pagefind.createIndex({ excludeSelectors: [...UNINDEXED_SELECTORS] });
      for (const { f, page, html } of pages) await index!.addHTMLFile({ url: page.url, content: content(html, f, page.kind) });
      const out = new Map<string, unknown>();
      for (const file of (await index!.getFiles()).files) {
        if (!file.path.startsWith('fragment/')) continue;
        const fragment = JSON.parse(
          gunzipSync(file.content)
            .toString('utf8')
            .replace(/^pagefind_dcd/u, ''),
        ) as { url: string };
        out.set(fragment.url, fragment);
      }
      await index!.deleteIndex();
      return out;
    };
    const whole = await fragments((html, f, kind) => markForIndex(html, f, kind, '词'));
    const handed = await fragments((html, f, kind) => prepareForIndex(html, f, kind, '词'));
    expect(whole.size).toBe(pages.length);
    await pagefind.close();
    expect(handed).toEqual(whole);
  }, 120_000);
});

describe('sitemap', () => {
  it('lists every page under the site URL and base, except the search page', () => {
    const index = readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const locs = sitemaps.flatMap((s) => {
      expect(s.startsWith(`${SITE}${BASE}`)).toBe(true);
      const xml = readFileSync(join(outDir, s.slice(`${SITE}${BASE}`.length)), 'utf8');
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!);
    });
    expect(locs).toContain(`${SITE}${BASE}regions/${ZHOUQU}/`);
    expect(locs).toContain(`${SITE}${BASE}`);
    expect(locs).not.toContain(`${SITE}${BASE}search/`);
    // the bundled demo has no 附件1 rows: the list of an empty section is built but not in the sitemap
    const pages = htmlFiles().filter(
      (f) => f !== join('search', 'index.html') && f !== '404.html' && f !== join('statistics', 'index.html'),
    );
    expect(new Set(locs).size).toBe(pages.length);
  });
});
