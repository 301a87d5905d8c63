/**
 * Astro integration: after the build has written the site, index its HTML pages with Pagefind
 * (Node API, which runs Pagefind's extended binary: Chinese text is split into words with a
 * dictionary) and write the index and Pagefind's search bundle to `<out>/pagefind/`. The search
 * page loads `<base>pagefind/pagefind.js` at run time. A failure stops the build.
 *
 * What is indexed (see src/lib/site/search.ts): every page except the search page, only inside
 * `<main data-pagefind-body>` (the layout puts it there), without data tables and SVG (charts
 * and maps repeat every name on hub pages and would flood the results; each entity has its own
 * page). Each page gets its kind (地区/组织/项目/领域/栏目) as a filter and its title split the
 * way the browser splits queries as searchable metadata.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { firstHeading, indexedPage, prepareForIndex, SearchIndexError, titleTerms } from '../lib/site/search.ts';

/** Elements left out of the index (Pagefind's excludeSelectors). */
export const EXCLUDED_SELECTORS = ['table', 'svg', '.map-controls', '.map-tip', '.legend'];

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

/** Pages read and handed to Pagefind at a time. */
const CONCURRENCY = 16;

export interface SearchIndexStats {
  /** Pages indexed. */
  pages: number;
  /** Pages per kind label. */
  byKind: Record<string, number>;
  /** Files written under pagefind/ and their total size in bytes. */
  files: number;
  bytes: number;
  /** Wall time of reading, indexing and writing, in milliseconds. */
  ms: number;
}

function failed(what: string, errors: readonly string[]): SearchIndexError {
  return new SearchIndexError('search-index-failed', `Pagefind ${what}失败：${errors.join('；')}。站点已生成，但没有搜索索引，构建停止。`);
}

/** Indexes the built site in `outDir` and writes `outDir/pagefind/`. */
export async function writeSearchIndex(outDir: string): Promise<SearchIndexStats> {
  const started = performance.now();
  const htmlFiles = (await readdir(outDir, { recursive: true }))
    .map((f) => f.split(sep).join('/'))
    .filter((f) => f.endsWith('.html'))
    .sort();
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const byKind: Record<string, number> = {};
  const created = await pagefind.createIndex({ excludeSelectors: EXCLUDED_SELECTORS });
  try {
    const index = created.index;
    if (!index || created.errors.length > 0) throw failed('启动', created.errors);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < htmlFiles.length) {
        const file = htmlFiles[next++]!;
        const page = indexedPage(file);
        if (!page) continue;
        const html = await readFile(join(outDir, file), 'utf8');
        const content = prepareForIndex(html, file, page.kind, titleTerms(firstHeading(html) ?? '', segmenter));
        const added = await index.addHTMLFile({ url: page.url, content });
        if (added.errors.length > 0) throw failed(`收录 ${file} `, added.errors);
        byKind[page.kind.label] = (byKind[page.kind.label] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const pages = Object.values(byKind).reduce((a, b) => a + b, 0);
    if (pages === 0) throw new SearchIndexError('search-index-empty', `${outDir} 中没有可收录的页面，构建停止。`);
    const out = await index.getFiles();
    if (out.errors.length > 0) throw failed('生成索引文件', out.errors);
    const target = join(outDir, 'pagefind');
    await rm(target, { recursive: true, force: true });
    let files = 0;
    let bytes = 0;
    for (const f of out.files) {
      if (UNUSED_FILES.has(f.path)) continue;
      const path = join(target, f.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, f.content);
      files++;
      bytes += f.content.byteLength;
    }
    return { pages, byKind, files, bytes, ms: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}

export function searchIndexIntegration(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const s = await writeSearchIndex(fileURLToPath(dir));
        const kinds = Object.entries(s.byKind)
          .map(([k, n]) => `${k} ${n}`)
          .join('，');
        logger.info(
          `搜索索引：收录 ${s.pages} 个页面（${kinds}），写出 pagefind/ ${s.files} 个文件共 ${(s.bytes / 1024).toFixed(0)} KB，用时 ${s.ms} ms。`,
        );
      },
    },
  };
}
