import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSearchIndex, writeSearchIndex } from '../../src/io/searchIndex.ts';

const page = (title: string): string =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${title}的介绍。</p></main></body></html>`;

let dir = '';
const site = (files: Record<string, string>): string => {
  dir = mkdtempSync(join(tmpdir(), 'search-feed-'));
  for (const [f, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), html);
  }
  return dir;
};
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('search index fed while pages render', () => {
  it('indexes the pages it was handed and reads the others from the folder', async () => {
    const out = site({
      'regions/110000/index.html': page('北京市'),
      'organizations/org-1/index.html': page('甲基金会'),
      'search/index.html': page('搜索'),
    });
    const feed = await openSearchIndex();
    await feed.add('regions/110000/index.html', readFileSync(join(out, 'regions/110000/index.html'), 'utf8'));
    const s = await writeSearchIndex(out, feed);
    expect(s).toMatchObject({ pages: 2, fed: 1, byKind: { 地区: 1, 组织: 1 } });
    const entry = JSON.parse(readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['zh-cn']!.page_count).toBe(2);
  }, 60_000);

  it('stops when it was handed a page the build did not write', async () => {
    const out = site({ 'regions/110000/index.html': page('北京市') });
    const feed = await openSearchIndex();
    await feed.add('regions/120000/index.html', page('天津市'));
    await expect(writeSearchIndex(out, feed, ['regions/110000/index.html'])).rejects.toThrow(
      /search-index-stray.*regions\/120000\/index\.html/u,
    );
  }, 60_000);

  it('stops on a page without the indexed body, naming the file', async () => {
    const out = site({ 'regions/110000/index.html': '<html><body><p>无正文</p></body></html>' });
    const feed = await openSearchIndex();
    await feed.add('regions/110000/index.html', readFileSync(join(out, 'regions/110000/index.html'), 'utf8'));
    await expect(writeSearchIndex(out, feed)).rejects.toThrow(/search-no-body.*regions\/110000\/index\.html/u);
  }, 60_000);
});
