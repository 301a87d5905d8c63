/**
 * Astro integration: after the build has written the site, index its HTML pages with Pagefind
 * (Node API, which runs Pagefind's extended binary: Chinese text is split into words with a
 * dictionary) and write the index and Pagefind's search bundle to `<out>/pagefind/`. The search
 * page loads `<base>pagefind/pagefind.js` at run time. A failure stops the build.
 *
 * What is indexed (see src/lib/site/search.ts): every page except the search page, only inside
 * `<main data-pagefind-body>` (the layout puts it there), without data tables and SVG (charts
 * and maps repeat every name on hub pages and would flood the results; each entity has its own
 * page). Pagefind is handed only that element, emptied of what it does not index. Each page gets
 * its kind (地区/组织/项目/领域/栏目) as a filter and its title split the way the browser splits
 * queries as searchable metadata.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { firstHeading, indexedPage, prepareForIndex, SearchIndexError, titleTerms, UNINDEXED_SELECTORS } from '../lib/site/search.ts';
import { closeFeed, openFeed, type SearchFeed } from './searchFeed.ts';

/**
 * Files Pagefind writes that this site does not use: its ready-made UIs and highlighter. The
 * search page talks to `pagefind.js` directly, so these are not written to the output.
 */
const UNUSED_FILES = new Set([
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
]);

/** Pages handed to Pagefind and not yet indexed, at most: a page waits for a free place. */
const IN_FLIGHT = 16;

/** Index files written at a time. */
const WRITERS = 16;

export interface SearchIndexStats {
  /** Pages indexed. */
  pages: number;
  /** Of those, pages handed over as they were rendered (the rest were read from the output folder). */
  fed: number;
  /** Pages per kind label. */
  byKind: Record<string, number>;
  /** Files written under pagefind/ and their total size in bytes. */
  files: number;
  bytes: number;
  /** Wall time from the last page rendered to the index written, in milliseconds. */
  ms: number;
}

function failed(what: string, errors: readonly string[]): SearchIndexError {
  return new SearchIndexError('search-index-failed', `Pagefind ${what}失败：${errors.join('；')}。站点已生成，但没有搜索索引，构建停止。`);
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** A Pagefind index that takes pages as they come (the feed of searchFeed.ts), a few in flight at a time. */
class PagefindFeed implements SearchFeed {
  readonly seen = new Set<string>();
  readonly byKind: Record<string, number> = {};
  private readonly segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  private readonly pending = new Set<Promise<void>>();
  private readonly waiters: (() => void)[] = [];
  private error: unknown = null;

  readonly index: PagefindIndex;

  constructor(index: PagefindIndex) {
    this.index = index;
  }

  async add(file: string, html: string): Promise<void> {
    const page = indexedPage(file);
    if (page === null || this.seen.has(file)) return;
    this.seen.add(file);
    while (this.pending.size >= IN_FLIGHT) await new Promise<void>((resolve) => this.waiters.push(resolve));
    const job: Promise<void> = this.indexPage(file, page, html)
      .catch((e: unknown) => {
        this.error ??= e;
      })
      .finally(() => {
        this.pending.delete(job);
        this.waiters.shift()?.();
      });
    this.pending.add(job);
  }

  private async indexPage(file: string, page: NonNullable<ReturnType<typeof indexedPage>>, html: string): Promise<void> {
    const content = prepareForIndex(html, file, page.kind, titleTerms(firstHeading(html) ?? '', this.segmenter));
    const added = await this.index.addHTMLFile({ url: page.url, content });
    if (added.errors.length > 0) throw failed(`收录 ${file} `, added.errors);
    this.byKind[page.kind.label] = (this.byKind[page.kind.label] ?? 0) + 1;
  }

  /** Waits for every page handed over; throws the first failure. */
  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
    if (this.error !== null) throw this.error;
  }
}

/** Starts Pagefind and a feed for it. */
export async function openSearchIndex(): Promise<PagefindFeed> {
  const created = await pagefind.createIndex({ excludeSelectors: [...UNINDEXED_SELECTORS] });
  if (!created.index || created.errors.length > 0) {
    await pagefind.close();
    throw failed('启动', created.errors);
  }
  return new PagefindFeed(created.index);
}

/**
 * Indexes the built site in `outDir` and writes `outDir/pagefind/`: the pages `feed` took as they
 * were rendered, and any other page of the folder read from its file (all of them without a feed).
 * A page the feed took that is not in the folder stops the build: the index would lead to nothing.
 */
export async function writeSearchIndex(outDir: string, opened?: PagefindFeed, written?: readonly string[]): Promise<SearchIndexStats> {
  const started = performance.now();
  const feed = opened ?? (await openSearchIndex());
  try {
    const htmlFiles = (written ?? (await readdir(outDir, { recursive: true })))
      .map((f) => f.split(sep).join('/'))
      .filter((f) => f.endsWith('.html'))
      .sort();
    const onDisk = new Set(htmlFiles);
    const stray = [...feed.seen].filter((f) => !onDisk.has(f));
    if (stray.length > 0)
      throw new SearchIndexError(
        'search-index-stray',
        `搜索索引收录了输出文件夹中没有的页面：${stray.slice(0, 5).join('、')}${stray.length > 5 ? ` 等 ${stray.length} 个` : ''}。页面地址与文件的对应有误（src/lib/site/search.ts 的 builtFile），构建停止。`,
      );
    const fed = feed.seen.size;
    for (const file of htmlFiles) {
      if (feed.seen.has(file) || indexedPage(file) === null) continue;
      await feed.add(file, await readFile(join(outDir, file), 'utf8'));
    }
    await feed.drain();
    const pages = Object.values(feed.byKind).reduce((a, b) => a + b, 0);
    if (pages === 0) throw new SearchIndexError('search-index-empty', `${outDir} 中没有可收录的页面，构建停止。`);
    const out = await feed.index.getFiles();
    if (out.errors.length > 0) throw failed('生成索引文件', out.errors);
    const target = join(outDir, 'pagefind');
    await rm(target, { recursive: true, force: true });
    const used = out.files.filter((f) => !UNUSED_FILES.has(f.path));
    for (const dir of new Set(used.map((f) => dirname(join(target, f.path))))) await mkdir(dir, { recursive: true });
    // a few files at a time: one after another, the 8,000 files of a 100k index took seconds
    let next = 0;
    const writer = async (): Promise<void> => {
      while (next < used.length) {
        const f = used[next++]!;
        await writeFile(join(target, f.path), f.content);
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, writer));
    const files = used.length;
    const bytes = used.reduce((a, f) => a + f.content.byteLength, 0);
    return { pages, fed, byKind: feed.byKind, files, bytes, ms: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}

export function searchIndexIntegration(): AstroIntegration {
  let opened: Promise<PagefindFeed> | null = null;
  return {
    name: 'search-index',
    hooks: {
      // Pagefind starts with the build, and the pages go to it as they render (src/middleware.ts)
      'astro:build:start': async () => {
        opened = openSearchIndex();
        openFeed(await opened);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        closeFeed();
        // the files Astro wrote, rather than a listing of the folder (a second at 10k pages)
        const root = fileURLToPath(dir);
        const written = [...assets.values()].flat().map((url) => relative(root, fileURLToPath(url)));
        const s = await writeSearchIndex(root, opened ? await opened : undefined, written);
        const kinds = Object.entries(s.byKind)
          .map(([k, n]) => `${k} ${n}`)
          .join('，');
        logger.info(
          `搜索索引：收录 ${s.pages} 个页面（${kinds}；${s.fed} 个在页面生成时送入），写出 pagefind/ ${s.files} 个文件共 ${(s.bytes / 1024).toFixed(0)} KB；页面生成后用时 ${s.ms} ms。`,
        );
      },
    },
  };
}
