/**
 * A province publishes its own data from its own site folder (SITE_DIR): tests/fixtures/site-gansu
 * holds a settings file, a GB18030 附件2 with title rows, the year before as XLSX, an 附件1 and one case with its cover photo. One real build: it
 * carries the province's identity, the product's reference data (key counties), sources as the
 * province names them, only the sections it has, and nothing of the bundled demo.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild, TempDirs } from '../buildDir.ts';
import { brokenLinks, pageHtml } from '../sites.ts';
import { readSettings } from '../../src/lib/site/settings.ts';

const temp = new TempDirs();
afterAll(() => temp.removeAll());
let built: SiteBuild;
let pages: string[] = [];

beforeAll(() => {
  // the settings file gives the URL and base path: no test deployment overrides them
  built = buildSite(temp.make('site-gansu-'), { SITE_DIR: 'tests/fixtures/site-gansu', SITE_BASE: '', SITE_URL: '' });
  if (built.status !== 0) throw new Error(built.output);
  pages = readdirSync(built.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}, 180_000);

const text = (html: string): string => html.replace(/<[^>]+>/gu, ' ');

describe('a province’s own site folder', () => {
  it('carries the province’s name, publisher, filings and address', () => {
    const home = pageHtml(built, '');
    expect(home).toContain('<title>测试省社会组织助力乡村振兴</title>');
    expect(text(home)).toContain('主办单位：测试省民政厅');
    expect(home).toContain('测ICP备00000000号');
    expect(home).toContain('测公网安备 00000000000000号');
    expect(home).toContain('<link rel="canonical" href="https://gansu.example.gov.cn/">');
  });

  it('keeps the product’s key-county list although its data folder has none, and shows its own province’s on its home page', () => {
    const html = pageHtml(built, '');
    const home = text(html);
    const gansu = readFileSync('reference/key-counties.csv', 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('甘肃省,')).length;
    expect(gansu).toBeGreaterThan(3);
    // its scope is 甘肃省: the figure and the map are the province's, not the country's
    expect(home).toContain(`甘肃省项目直达的重点帮扶县`);
    expect(home).toContain(`3 / ${gansu}`);
    expect(home).toContain(`甘肃省已收录的 ${gansu} 个重点帮扶县中，3 个有社会组织项目直达`);
    expect(html).toMatch(/<figure[^>]*id="home-map"/u);
    expect(html).toContain('charts/province-map-620000/');
    expect(pageHtml(built, 'coverage/')).toContain('舟曲县');
    // the coverage page lists its own province first
    const coverage = pageHtml(built, 'coverage/');
    expect(/<section id="p-(\d+)"/u.exec(coverage)?.[1]).toBe('620000');
    expect(text(coverage).replace(/\s+/gu, '')).toContain(`其中甘肃省已收录${gansu}个县，3个有社会组织项目直达`);
    // the map page: its own province first, then the country
    const map = pageHtml(built, 'map/');
    expect(map.indexOf('id="province-map"')).toBeGreaterThan(0);
    expect(map.indexOf('id="province-map"')).toBeLessThan(map.indexOf('id="national-map"'));
  });

  it('names its sources as the province does, never by a folder on the clerk’s computer', () => {
    const projects = pages.filter((p) => /^projects\/[^/]+\/index\.html$/u.test(p)).map((p) => pageHtml(built, p));
    expect(projects).toHaveLength(4);
    const y2021 = '测试省民政厅报送的《2021 年社会组织开展乡村振兴项目明细表》';
    const y2022 = '测试省民政厅报送的《2022年社会组织开展乡村振兴项目明细表》';
    for (const html of projects) expect(html.includes(y2021) || html.includes(y2022)).toBe(true);
    const source = (h: string): string => /<dt>来源<\/dt><dd>(?:<span class="cite"[^>]*>)?([^<]*)/u.exec(h)?.[1] ?? '';
    expect(projects.filter((h) => source(h) === y2022)).toHaveLength(1);
    expect(projects.filter((h) => source(h) === y2021)).toHaveLength(1);
    for (const p of pages) expect(readFileSync(join(built.outDir, p), 'utf8'), p).not.toContain('tests/fixtures');
  });

  it('publishes two years: one project reported in both is one project, its years’ invested funds added and each report shown', () => {
    const page = pages
      .filter((p) => p.startsWith('projects'))
      .map((p) => pageHtml(built, p))
      .find((h) => h.includes('<h1>花椒种植技术培训</h1>'))!;
    const t = text(page)
      .replace(/\s+/gu, ' ')
      .replace(/ ([，。）])/gu, '$1');
    expect(t).toContain('投入/拨付资金 1,500 万元（2021、2022 年度之和）');
    expect(t).toContain('投入人员数 12 人（2022 年度报告）'); // people: the latest year, never added
    expect(t).toContain('年度 / 时间 2021、2022');
    expect(page).toMatch(
      /<th scope="row">2021 年度<\/th><td>测试省民政厅<\/td><td class="num" data-value>—<\/td><td class="num" data-value="300">/u,
    );
    expect(page).toMatch(
      /<th scope="row">2022 年度<\/th><td>测试省民政厅<\/td><td class="num" data-value>—<\/td><td class="num" data-value="1200">/u,
    );
    expect(t).toContain('《2021 年社会组织开展乡村振兴项目明细表》，第 5 行');
    // the totals count it once and add only the years' own amounts: 1,500 + 85.5 + 80 + 150
    const summary = JSON.parse(readFileSync(join(built.outDir, 'summary.json'), 'utf8')) as {
      itemised: { projects: number; fundsInvestedWan: { sum: number } };
    };
    expect(summary.itemised.projects).toBe(4);
    expect(summary.itemised.fundsInvestedWan.sum).toBe(1815.5);
    // the project list offers both years; the open data has one row per report
    expect(pageHtml(built, 'projects/')).toMatch(/<option value="2021"[^>]*>2021 年<\/option>/u);
    const csv = readFileSync(join(built.outDir, 'data/open/projects.csv'), 'utf8');
    expect(csv.trim().split('\n')).toHaveLength(1 + 6);
  });

  it('shows its 附件1 statistics beside the itemised records of the same region and year, with the gap', () => {
    const page = pageHtml(built, 'statistics/');
    expect(text(page)).toContain('测试省民政厅 · 2022 年度');
    // 舟曲县: 附件1 says 1,500 万元 invested; the 附件2 row adds up to 1,200 万元
    expect(page).toMatch(
      /投入\/拨付资金<\/td><td class="num reported" data-value="1500">[^<]*<\/td><td class="num" data-value="1200">[^<]*<\/td><td class="num gap" data-value="300">/u,
    );
    expect(pageHtml(built, '')).toContain('>报送统计表</a>');
  });

  it('shows only the sections it has: its case, and no campaigns or annual editions in its navigation or home page', () => {
    const home = pageHtml(built, '');
    const nav = /<nav aria-label="主导航">([\s\S]*?)<\/nav>/u.exec(home)![1]!;
    expect([...nav.matchAll(/>([^<]+)<\/a>/gu)].map((m) => m[1])).toEqual([
      '首页',
      '地图',
      '统计',
      '项目',
      '组织',
      '案例',
      '品牌',
      '图表',
      '开放数据',
    ]);
    expect(home).not.toContain('各项行动报告的总数');
    // nor in the sitemap: the empty lists are built (a link to them still works) but not listed
    const locs = readdirSync(built.outDir)
      .filter((f) => /^sitemap-\d+\.xml$/u.test(f))
      .flatMap((f) => [...readFileSync(join(built.outDir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!));
    expect(locs).toContain('https://gansu.example.gov.cn/projects/');
    expect(locs).toContain('https://gansu.example.gov.cn/cases/huajiao-training/');
    for (const empty of ['campaigns/', 'reports/', 'exemplary/']) expect(locs).not.toContain(`https://gansu.example.gov.cn/${empty}`);
  });

  it('builds no list page for a section it has nothing for, and no link leads nowhere', () => {
    for (const empty of ['campaigns', 'reports', 'exemplary'])
      expect(existsSync(join(built.outDir, empty, 'index.html')), empty).toBe(false);
    expect(brokenLinks({ outDir: built.outDir, base: '/' })).toEqual([]);
  });

  it('publishes nothing of the bundled demo: no organization, case, campaign or edition PDF of it', () => {
    const demoOrgs = Papa.parse<Record<string, string>>(readFileSync('data/organizations.csv', 'utf8'), {
      header: true,
      skipEmptyLines: true,
    })
      .data.map((o) => o['name']!)
      .filter(Boolean);
    expect(demoOrgs.length).toBeGreaterThan(10);
    for (const p of pages) {
      const html = readFileSync(join(built.outDir, p), 'utf8');
      expect(
        demoOrgs.filter((n) => html.includes(n)),
        p,
      ).toEqual([]);
    }
    const files = readdirSync(built.outDir, { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => f.endsWith('.pdf'))).toEqual([]);
    expect(files.filter((f) => /^campaigns\/[^/]+\/index\.html$/u.test(f))).toEqual([]);
    expect(files.filter((f) => /^cases\/[^/]+\/index\.html$/u.test(f))).toEqual([join('cases', 'huajiao-training', 'index.html')]);
  });

  it('publishes its own case with the cover photo from its content folder, its figures bound to its data', () => {
    const page = pageHtml(built, 'cases/huajiao-training/');
    expect(page).toMatch(/<img src="\/images\/huajiao\.svg" alt="花椒枝上成熟的红色花椒（示意插图）"/u);
    expect(readFileSync(join(built.outDir, 'images', 'huajiao.svg'), 'utf8')).toContain('<svg');
    // the figure in the prose is the project's two years of invested funds
    expect(text(page).replace(/\s+/gu, '')).toContain('两年共投入1,500万元');
  });
});

describe('an eastern province’s site folder (its organizations help elsewhere)', () => {
  let js: SiteBuild;
  beforeAll(() => {
    js = buildSite(temp.make('site-jiangsu-'), { SITE_DIR: 'tests/fixtures/site-jiangsu', SITE_BASE: '', SITE_URL: '' });
    if (js.status !== 0) throw new Error(js.output);
  }, 180_000);

  it('shows on its home page where its projects go: 省外 and 省内, a flow map from the province, and its reporting cities', () => {
    const html = pageHtml(js, '');
    const t = text(html).replace(/\s+/gu, ' ');
    expect(t).toContain('江苏省社会组织帮扶项目的去向 省外 3 个省（区、市） 省外项目 4 个，省内项目 1 个（1 个地区）');
    expect(t).not.toContain('江苏省已收录的 0 个重点帮扶县');
    const map = /<figure class="map" id="home-map"[\s\S]*?<\/figure>/u.exec(html)![0];
    expect(map).toContain('江苏省社会组织的项目去向：省外 3 个省（区、市）');
    // one arrow per province reached outside, from 江苏
    const arrows = [
      ...map.matchAll(/<path d="M[^"]+" stroke-width="[\d.]+" marker-end="url\(#home-map-arrow\)"[^>]*><title>([^<]+)<\/title>/gu),
    ].map((m) => m[1]);
    expect(arrows.sort()).toEqual(['江苏省 → 新疆维吾尔自治区：1 个', '江苏省 → 陕西省：2 个', '江苏省 → 青海省：1 个']);
    // the key-county metric is not offered where the map shows no key county
    expect(map).not.toContain('value="paired"');
    // its reporting cities
    expect(t).toMatch(/填报单位 .*测试甲市民政局 3 个 260 万元 测试乙市民政局 2 个 75 万元/u);
    // the map page: the country (where its projects go) before its own province
    const mapPage = pageHtml(js, 'map/');
    expect(mapPage.indexOf('id="national-map"')).toBeLessThan(mapPage.indexOf('id="province-map"'));
  });

  it('builds no list page for a section it has nothing for (no cases, 附件1, campaigns), and no link leads nowhere', () => {
    for (const empty of ['cases', 'statistics', 'campaigns', 'reports', 'exemplary'])
      expect(existsSync(join(js.outDir, empty, 'index.html')), empty).toBe(false);
    expect(brokenLinks({ outDir: js.outDir, base: '/' })).toEqual([]);
  });
});

describe('npm run new', () => {
  it('makes a site folder whose settings validate and whose blank templates the data check recognises', () => {
    const folder = join(temp.make('new-site-'), 'gansu');
    const made = spawnSync(process.execPath, ['scripts/new-site.ts', folder, '--scope', '620000', '--year', '2024'], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('范围：甘肃省');
    const settings = readSettings(loadYaml(readFileSync(join(folder, 'site.yaml'), 'utf8')), 'site.yaml');
    expect(settings).toMatchObject({ ok: true, settings: { scope: '甘肃省', base: '/' } });
    const check = spawnSync(process.execPath, ['scripts/data-check.ts', '--json'], {
      encoding: 'utf8',
      env: { ...process.env, SITE_DIR: folder },
    });
    expect(check.status, check.stderr).toBe(0);
    const report = JSON.parse(check.stdout) as { files: { file: string; table: string | null }[]; errors: unknown[] };
    expect(report.errors).toEqual([]);
    expect(
      report.files
        .filter((f) => !f.file.startsWith('reference/'))
        .map((f) => f.table)
        .sort(),
    ).toEqual(['projects', 'regionStats']);
    // a second run never writes over a folder with files
    expect(spawnSync(process.execPath, ['scripts/new-site.ts', folder], { encoding: 'utf8' }).status).toBe(2);
  });
});
