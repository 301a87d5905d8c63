/**
 * A later build of the bundled site, as its publisher would make it a year on: one more project for
 * a year whose edition is already frozen, a case with a cover photo, and an approved base map with
 * its 审图号, deployed under the same base path. One real build, compared with the bundled site
 * built for the run (tests/sites.ts).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild, TempDirs } from '../buildDir.ts';
import { bundledSite, pageHtml } from '../sites.ts';

const temp = new TempDirs();
afterAll(() => temp.removeAll());
const before = bundledSite();
let after: SiteBuild;

beforeAll(() => {
  const data = temp.make('data-later-');
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
  const content = temp.make('content-later-');
  cpSync('content', content, { recursive: true });
  cpSync('tests/fixtures/content-bad/cover-good/cases/cover-good.mdx', join(content, 'cases', 'cover-good.mdx'));
  after = buildSite(temp.make('site-later-'), {
    DATA_DIR: data,
    CONTENT_DIR: content,
    // the bundled files stand in for an approved map here: what matters is the configuration path
    MAP_PROVINCES: 'geo/provinces.topo.json',
    MAP_APPROVAL_NUMBER: 'GS(2099)0001号',
    // a BASE_URL in the environment (vitest sets one) must not move the links off the base path
    BASE_URL: '/',
  });
  if (after.status !== 0) throw new Error(after.output);
}, 180_000);

/** The edition's figure table: <th scope="row">label</th><td class="num" data-value="…">. */
const dataValue = (html: string, label: string): string | undefined =>
  new RegExp(`<th scope="row"[^>]*>${label}</th><td class="num"[^>]*data-value="([^"]*)"`, 'u').exec(html)?.[1];

describe('a later build', () => {
  it('keeps a published edition as frozen when more data for its year arrives, while the live pages count it', () => {
    const edition = (dir: { outDir: string }) => pageHtml(dir, 'reports/2022/');
    expect(dataValue(edition(before), '帮扶项目')).toBe('5');
    expect(dataValue(edition(after), '帮扶项目')).toBe('5');
    expect(dataValue(edition(after), '认领/计划资金')).toBe(dataValue(edition(before), '认领/计划资金'));
    const summary = (dir: string) =>
      (JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { itemised: { projects: number } }).itemised.projects;
    expect(summary(after.outDir)).toBe(summary(before.outDir) + 1);
    const frozenAt = (JSON.parse(readFileSync('content/reports/2022.snapshot.json', 'utf8')) as { frozenAt: string }).frozenAt;
    expect(edition(after)).toContain(`数据于 ${frozenAt} 定稿`);
  });

  it('links every page under its base path, whatever BASE_URL the environment holds', () => {
    const html = pageHtml(after, 'cases/cover-good/');
    expect(html).toContain(`<a class="brand" href="${before.base}">`);
    expect([...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/gu)].map((m) => m[1]!).filter((u) => !u.startsWith(before.base))).toEqual([]);
  });

  it('shows a case’s cover image with its alternative text', () => {
    expect(pageHtml(after, 'cases/cover-good/')).toMatch(
      /<figure class="case-cover"[^>]*>\s*<img src="\/showcase\/favicon\.svg" alt="阜平县食用菌大棚里的菌棒"/u,
    );
  });

  it('prints the 审图号 under the map instead of 示意图 when a publisher supplies an approved base map', () => {
    const map = pageHtml(after, 'map/');
    expect(map).toContain('审图号：GS(2099)0001号');
    expect(map).not.toMatch(/<strong[^>]*>示意图<\/strong>/u);
  });
});
