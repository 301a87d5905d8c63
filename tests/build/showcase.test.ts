/**
 * The showcase as built: a case with a missing section stops the build naming the file and the
 * section (the other content errors are checked without a build in tests/unit/showcase); the feed
 * and share cards of the bundled site (built once for the run, under a base path: tests/sites.ts).
 * A frozen edition meeting later data, and a case's cover photo: tests/build/later.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, TempDirs } from '../buildDir.ts';
import { BUNDLED_SITE_URL, bundledSite } from '../sites.ts';
import { afterAll, describe, expect, it } from 'vitest';

const temp = new TempDirs();
afterAll(() => temp.removeAll());
const site = bundledSite();
/** Absolute URLs of the bundled site: its URL and base path. */
const siteUrl = `${BUNDLED_SITE_URL}${site.base}`;

describe('showcase build', () => {
  it('stops when a case lacks a section, naming the file and the section', () => {
    const { status, output } = buildSite(temp.make('site-showcase-'), { CONTENT_DIR: 'tests/fixtures/content-bad/missing-section' });
    expect(status).not.toBe(0);
    expect(output).toContain('missing-section.mdx');
    expect(output).toContain('[missing-section]');
    expect(output).toContain('主要经验');
  });

  it('tells apart two brands whose names read alike: whose each is on the list, and a note on each page naming the other', () => {
    const page = (id: string): string => readFileSync(join(site.outDir, 'brands', id, 'index.html'), 'utf8');
    expect(page('hainan-neighbourly-care')).toMatch(
      /名称相近的另一项：<a href="[^"]*brands\/jiangsu-neighbourly-care\/">“邻里守望”关心行动<\/a>（江苏省民政厅）/u,
    );
    expect(page('jiangsu-neighbourly-care')).toMatch(
      /名称相近的另一项：<a href="[^"]*brands\/hainan-neighbourly-care\/">“邻里守望”关爱行动<\/a>（海南省）/u,
    );
    expect(page('huxinyun-project')).not.toContain('名称相近');
    const list = readFileSync(join(site.outDir, 'brands', 'index.html'), 'utf8');
    expect(list).toMatch(/“邻里守望”关爱行动<\/a><span class="tag"[^>]*>关爱行动<\/span><span class="brand-owner"[^>]*>海南省<\/span>/u);
  });

  it('says once what a source says of several organizations alike, and cites it once for them', () => {
    const page = readFileSync(join(site.outDir, 'exemplary', 'index.html'), 'utf8');
    expect(page.match(/来源怎么提到这 6 家：/gu)).toHaveLength(1);
    expect(page.match(/在海南省民政厅、海南省乡村振兴局联合召开的全省社会组织助力乡村振兴推进会上分享/gu)).toHaveLength(1);
    expect(page.match(/等六家社会组织分享了助力乡村振兴方面的经验和总结/gu)).toHaveLength(1);
    // one organization mentioned alone keeps its own line
    expect(page).toContain('来源怎么提到它：');
  });

  it('publishes an RSS feed of every case and edition, text escaped', () => {
    const { outDir } = site;
    const feed = readFileSync(join(outDir, 'feed.xml'), 'utf8');
    const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/gu)].map((m) => m[1]!);
    const cases = readdirSync('content/cases').filter((n) => n.endsWith('.mdx'));
    const editions = readdirSync('content/reports').filter((n) => n.endsWith('.mdx'));
    expect(items).toHaveLength(cases.length + editions.length);
    for (const n of cases) expect(feed).toContain(`<link>${siteUrl}cases/${n.replace(/\.mdx$/u, '')}/</link>`);
    for (const n of editions) expect(feed).toContain(`<link>${siteUrl}reports/${n.replace(/\.mdx$/u, '')}/</link>`);
    expect(feed).not.toMatch(/<description>[^<]*<[a-z]/u);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]*feed\.xml/u);
  });

  it('gives every page an Open Graph and Twitter card whose share image is a built chart card', () => {
    const { outDir } = site;
    const pages = [
      'index.html',
      'cases/kangbao-nanqiaojiaying-new-village/index.html',
      'reports/2022/index.html',
      'charts/projects-by-domain/index.html',
    ];
    const images = pages.map((p) => {
      const html = readFileSync(join(outDir, p), 'utf8');
      const meta = (attr: string, key: string) => new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`, 'u').exec(html)?.[1];
      expect(meta('property', 'og:title'), p).toBeTruthy();
      expect(meta('property', 'og:url'), p).toBe(`${siteUrl}${p.replace(/index\.html$/u, '')}`);
      expect(meta('name', 'twitter:card'), p).toBe('summary_large_image');
      const image = meta('property', 'og:image')!;
      expect(meta('name', 'twitter:image'), p).toBe(image);
      expect(image.startsWith(`${siteUrl}charts/`), image).toBe(true);
      const file = join(outDir, image.slice(siteUrl.length));
      expect(readFileSync(file).subarray(1, 4).toString('latin1'), file).toBe('PNG');
      return image;
    });
    expect(images).toEqual([
      `${siteUrl}charts/key-county-map-card.png`,
      `${siteUrl}charts/key-county-map-card.png`,
      `${siteUrl}charts/edition-2022-domains-card.png`,
      `${siteUrl}charts/projects-by-domain-card.png`,
    ]);
  });
});
