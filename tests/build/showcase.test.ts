/**
 * The showcase as built: a case with a missing section stops the build naming the file and the
 * section; an edition is frozen: publishing more data for its year changes the live pages but not
 * the edition. Real astro builds into temporary folders.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, TempDirs, type SiteBuild } from '../buildDir.ts';
import { afterAll, describe, expect, it } from 'vitest';

const temp = new TempDirs();
afterAll(() => temp.removeAll());
const build = (env: Record<string, string>): SiteBuild => buildSite(temp.make('site-showcase-'), env);

let bundled: ReturnType<typeof build> | null = null;
/** The bundled data and content, built once for the tests that only read it. */
const bundledBuild = (): ReturnType<typeof build> => (bundled ??= build({}));

const dataValue = (html: string, label: string): string | undefined => {
  // the edition's figure table: <th scope="row">label</th><td class="num" data-value="…">
  const m = new RegExp(`<th scope="row"[^>]*>${label}</th><td class="num"[^>]*data-value="([^"]*)"`, 'u').exec(html);
  return m?.[1];
};

describe('showcase build', () => {
  it('stops when a case lacks a section, naming the file and the section', () => {
    const { status, output } = build({ CONTENT_DIR: 'tests/fixtures/content-bad/missing-section' });
    expect(status).not.toBe(0);
    expect(output).toContain('missing-section.mdx');
    expect(output).toContain('[missing-section]');
    expect(output).toContain('主要经验');
  });

  it('shows a case’s cover image with its alternative text, and stops when the image is not under public/', () => {
    const good = build({ CONTENT_DIR: 'tests/fixtures/content-bad/cover-good' });
    expect(good.status, good.output).toBe(0);
    const html = readFileSync(join(good.outDir, 'cases', 'cover-good', 'index.html'), 'utf8');
    expect(html).toMatch(/<figure class="case-cover"[^>]*>\s*<img src="\/favicon\.svg" alt="阜平县食用菌大棚里的菌棒"/u);
    const missing = build({ CONTENT_DIR: 'tests/fixtures/content-bad/cover-missing' });
    expect(missing.status).not.toBe(0);
    expect(missing.output).toContain('cover-missing.mdx');
    expect(missing.output).toContain('/images/cases/no-such-photo.jpg');
  });

  it('keeps a published edition as frozen when more data for its year arrives', () => {
    const data = temp.make('data-more-');
    cpSync('data', data, { recursive: true });
    // a new 2022 project, published after the 2022 edition was frozen
    const csv = readFileSync(join(data, 'projects.csv'), 'utf8');
    const header = csv.split(/\r?\n/u)[0]!.split(',');
    const row = header.map(
      (h) =>
        ({
          id: 'late-2022-project',
          name: '后补录的2022年项目',
          organizationIds: 'tianjin-youfa-foundation',
          targetRegions: '甘肃省/甘南藏族自治州/玛曲县',
          domain: '教育',
          fundsPledgedWan: '100',
          year: '2022',
          source: 'test',
        })[h] ?? '',
    );
    writeFileSync(join(data, 'projects.csv'), `${csv.replace(/\r?\n?$/u, '\r\n')}${row.join(',')}\r\n`);
    const before = bundledBuild();
    const after = build({ DATA_DIR: data });
    expect(before.status, before.output.slice(-3000)).toBe(0);
    expect(after.status, after.output).toBe(0);
    const edition = (dir: string) => readFileSync(join(dir, 'reports/2022/index.html'), 'utf8');
    expect(dataValue(edition(before.outDir), '帮扶项目')).toBe('5');
    expect(dataValue(edition(after.outDir), '帮扶项目')).toBe('5');
    expect(dataValue(edition(after.outDir), '认领/计划资金')).toBe(dataValue(edition(before.outDir), '认领/计划资金'));
    // while the live pages count it
    const summary = (dir: string) =>
      (JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { itemised: { projects: number } }).itemised.projects;
    expect(summary(after.outDir)).toBe(summary(before.outDir) + 1);
    expect(edition(after.outDir)).toContain('数据于 2026-11-25 定稿');
  });

  it('publishes an RSS feed of every case and edition, text escaped', () => {
    const { status, output, outDir } = bundledBuild();
    expect(status, output).toBe(0);
    const feed = readFileSync(join(outDir, 'feed.xml'), 'utf8');
    const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/gu)].map((m) => m[1]!);
    const cases = readdirSync('content/cases').filter((n) => n.endsWith('.mdx'));
    const editions = readdirSync('content/reports').filter((n) => n.endsWith('.mdx'));
    expect(items).toHaveLength(cases.length + editions.length);
    for (const n of cases) expect(feed).toContain(`/cases/${n.replace(/\.mdx$/u, '')}/</link>`);
    for (const n of editions) expect(feed).toContain(`/reports/${n.replace(/\.mdx$/u, '')}/</link>`);
    expect(feed).not.toMatch(/<description>[^<]*<[a-z]/u);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]*feed\.xml/u);
  });

  it('gives every page an Open Graph and Twitter card whose share image is a built chart card', () => {
    const { status, output, outDir } = bundledBuild();
    expect(status, output).toBe(0);
    const siteUrl = 'http://localhost:4321';
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
      expect(meta('property', 'og:url'), p).toBe(`${siteUrl}/${p.replace(/index\.html$/u, '')}`);
      expect(meta('name', 'twitter:card'), p).toBe('summary_large_image');
      const image = meta('property', 'og:image')!;
      expect(meta('name', 'twitter:image'), p).toBe(image);
      expect(image.startsWith(`${siteUrl}/charts/`), image).toBe(true);
      const file = join(outDir, image.slice(siteUrl.length + 1));
      expect(readFileSync(file).subarray(1, 4).toString('latin1'), file).toBe('PNG');
      return image;
    });
    expect(images).toEqual([
      `${siteUrl}/charts/key-county-map-card.png`,
      `${siteUrl}/charts/key-county-map-card.png`,
      `${siteUrl}/charts/edition-2022-domains-card.png`,
      `${siteUrl}/charts/projects-by-domain-card.png`,
    ]);
  });
});
