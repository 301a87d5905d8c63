/**
 * The site build runs the same data check as `npm run data:check`: the bundled data builds (the
 * site built once for the run, under a base path: tests/sites.ts), bad data stops the build with
 * the same report, and another data folder given as DATA_DIR builds with its markup escaped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { basename, dirname, join } from 'node:path';
import { buildSiteRaw, TempDirs } from '../buildDir.ts';
import { bundledSite, fileOfUrl, hostileSite, pageHtml } from '../sites.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { REGION_ROWS } from '../../src/lib/regionTable.ts';

const temp = new TempDirs();
afterAll(() => temp.removeAll());
const site = bundledSite();

function check(args: string[]): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, ['scripts/data-check.ts', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout };
}

/** One build of bad data into a folder holding a previous build: what it printed, and what it left. */
let failed: { status: number | null; stdout: string; stderr: string; outDir: string } | null = null;
function failedBuild(): NonNullable<typeof failed> {
  if (failed) return failed;
  const outDir = temp.make('site-atomic-');
  writeFileSync(join(outDir, 'index.html'), 'previous build');
  failed = { ...buildSiteRaw(outDir, { DATA_DIR: 'tests/fixtures/bad/type-error' }), outDir };
  return failed;
}

describe('site build and data check agree', () => {
  it('builds the bundled dataset and publishes its totals with raw values', () => {
    const report = JSON.parse(check(['--json']).stdout) as {
      totals: { projects: number; fundsInvestedWan: { sum: number } };
      errors: unknown[];
    };
    expect(report.errors).toEqual([]);
    const home = pageHtml(site, '');
    expect(home).toContain(`data-value="${report.totals.projects}"`);
    expect(home).toContain(`data-value="${report.totals.fundsInvestedWan.sum}"`);
  });

  it('meets the page budgets: text pages ship no JavaScript; the home page at most 150 KB gzip; the map geometry at most 80 KB gzip', () => {
    const { outDir } = site;
    const html = (rel: string) => pageHtml(site, rel);
    const scripts = (page: string) => [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gu)];
    /** A script's code: its file (by its URL under the base path) or its inline text. */
    const code = (m: RegExpMatchArray): Buffer => {
      const src = /src="([^"]+)"/u.exec(m[0])?.[1];
      return src ? readFileSync(fileOfUrl(site, src)) : Buffer.from(m[1] ?? '');
    };
    const jsBytes = (page: string) => scripts(page).reduce((sum, m) => sum + gzipSync(code(m)).length, 0);
    const textPages = [
      'data/quality/',
      'coverage/',
      'domains/education/',
      ...readdirSync(join(outDir, 'organizations'))
        .filter((d) => existsSync(join(outDir, 'organizations', d, 'index.html')))
        .map((d) => `organizations/${d}/`),
      ...readdirSync(join(outDir, 'projects'))
        .filter((d) => statSync(join(outDir, 'projects', d)).isDirectory())
        .map((d) => `projects/${d}/`),
    ];
    for (const p of textPages) expect(scripts(html(p)), p).toEqual([]);
    expect(jsBytes(html(''))).toBeLessThanOrEqual(150 * 1024);
    // geometry of the default map view: the path data of the national map
    const mapPaths = [...html('map/').matchAll(/ d="([^"]+)"/gu)].map((m) => m[1]).join('');
    expect(gzipSync(mapPaths).length).toBeLessThanOrEqual(80 * 1024);
    // the map geometry is read at build time and drawn into the pages: none of it is shipped as files
    expect(readdirSync(outDir)).not.toContain('geo');
    // a page of charts ships the SSR hydration client only, never the ECharts library (about 1 MB)
    const totalsScripts = scripts(html('totals/'));
    expect(totalsScripts.length).toBeGreaterThan(0);
    expect(totalsScripts.reduce((n, m) => n + code(m).length, 0)).toBeLessThanOrEqual(16 * 1024);
    // summary.json carries the headline totals shown on the home page
    const summary = JSON.parse(readFileSync(join(outDir, 'summary.json'), 'utf8')) as {
      itemised: { projects: number; fundsInvestedWan: { sum: number } };
    };
    expect(html('')).toContain(`data-value="${summary.itemised.projects}"`);
    expect(html('')).toContain(`data-value="${summary.itemised.fundsInvestedWan.sum}"`);
  });

  it('prints 示意图 under every map by default (the 审图号 of an approved base map: tests/build/later.test.ts), and nothing for maintainers', () => {
    for (const page of ['', 'map/', 'regions/540000/']) {
      const html = pageHtml(site, page);
      expect(html).toMatch(/<strong[^>]*>示意图<\/strong>/u);
      expect(html).not.toMatch(/site\.config|npm 包|echarts@/u);
    }
    // a figure's source in prose is named as the pages name it, never by the source's id
    const tips = [...pageHtml(site, 'cases/fuping-edible-fungi-association/').matchAll(/title="来源：([^"]*)"/gu)].map((m) => m[1]!);
    expect(tips.length).toBeGreaterThan(0);
    for (const t of tips) expect(t).toMatch(/^《/u);
  });

  it('draws the 南海诸岛 inset on every national map: the map pages, the download, the embed and the share card', () => {
    const inset = /<g class="inset"[^>]*>\s*<path d="M[^"]+"[^>]*\/?>(?:<\/path>)?\s*<text[^>]*>南海诸岛<\/text>/u;
    expect(pageHtml(site, 'map/')).toMatch(inset);
    expect(pageHtml(site, '')).toMatch(inset);
    expect(readFileSync(join(site.outDir, 'charts/key-county-map.svg'), 'utf8')).toContain('>南海诸岛</tspan>');
    expect(pageHtml(site, 'embed/key-county-map/')).toContain('>南海诸岛</tspan>');
    // a province's map is not a map of China: no inset
    expect(pageHtml(site, 'regions/540000/')).not.toContain('南海诸岛');
  });

  it('links every province on the national map to its page and county map, projects or none', () => {
    const provinces = REGION_ROWS.filter((r) => r[2] === 'province').map((r) => r[0]);
    expect(provinces.length).toBeGreaterThanOrEqual(31);
    const linked = new Set([...pageHtml(site, 'map/').matchAll(/<a href="[^"]*\/regions\/(\d{6})\/"/gu)].map((m) => m[1]));
    for (const code of provinces) expect(linked, code).toContain(code);
    // a province with no project: its county map, no figures, no project table, and the organizations based there
    const beijing = pageHtml(site, 'regions/110000/');
    expect(beijing).toContain('本站暂无以北京市或其下辖地区为帮扶地区的项目记录');
    expect(beijing).toMatch(/所在地在北京市的社会组织（\d+ 家）/u);
    expect(beijing).toContain('class="map-svg"');
    expect(beijing).not.toContain('<h2>帮扶项目</h2>');
    expect(beijing).not.toContain('<ul class="legend"');
  });

  it("names project tables' organizations and places as the page needs them: partners on an organization's page, places below the shared region on a region's", () => {
    const org = pageHtml(site, 'organizations/beijing-bethune-foundation/');
    const table = org.slice(org.indexOf('<table'));
    expect(table).toContain('合作组织');
    expect(table).not.toMatch(/<td><a [^>]*>北京白求恩公益基金会<\/a>/u);
    expect(table).toMatch(/<td><a [^>]*>北京奇安信公益基金会<\/a><\/td>/u);
    const shigatse = pageHtml(site, 'regions/540200/');
    expect(shigatse).toMatch(/>山南市<\/a>、<a [^>]*>林芝市<\/a>、<a [^>]*>日喀则市<\/a>/u);
    expect(shigatse).toContain('>新疆维吾尔自治区/喀什地区</a>');
  });

  it('links every page under the base path the site is deployed in', () => {
    const files = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const html = readFileSync(join(site.outDir, f), 'utf8');
      // a root-relative href or src that does not start with the base path would 404 when deployed
      const stray = [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/gu)].map((m) => m[1]!).filter((u) => !u.startsWith(site.base));
      expect(stray, f).toEqual([]);
    }
  });

  // every other build of the suite goes through scripts/build.ts too, and so replaces its output whole
  it('npm run build leaves the previous output untouched when a build fails, and no staging folder behind', () => {
    const r = failedBuild();
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('仍是上一次成功构建的内容');
    expect(readFileSync(join(r.outDir, 'index.html'), 'utf8')).toBe('previous build');
    expect(readdirSync(dirname(r.outDir)).filter((n) => n.startsWith(basename(r.outDir)) && n !== basename(r.outDir))).toEqual([]);
  });

  it('stops on must-fix errors with the same report data:check prints', () => {
    const r = failedBuild();
    const cli = check(['tests/fixtures/bad/type-error']);
    expect(cli.status).toBe(1);
    const errorLine = cli.stdout.split('\n').find((l) => l.includes('[type-error]'))!;
    expect(errorLine).toBeTruthy();
    expect(`${r.stdout}\n${r.stderr}`).toContain(errorLine.trim());
  });

  it('builds another data folder given as DATA_DIR, escaping markup in data', () => {
    // content/ names records of the bundled data, so another data folder comes with its own content (none here)
    const { output, outDir } = hostileSite();
    // its brands.csv has a header and no row: the build says so instead of building without a word
    expect(output).toMatch(/brands\.csv 第 1 行：\[header-only\]/u);
    const page = readFileSync(join(outDir, 'projects/index.html'), 'utf8');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // no page and no chart SVG carries the markup as markup (set:html is only for the charts' own SVG)
    const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|svg)$/u.test(f));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      // inside a quoted attribute value (a page's description) `<` is text, not markup
      const text = readFileSync(join(outDir, f), 'utf8').replace(/="[^"]*"/gu, '=""');
      expect(text.includes('<img src=x onerror') || text.includes('<script>alert(2)'), f).toBe(false);
    }
  });
});

describe('data:check exit codes', () => {
  it.each([
    { args: [], status: 0 },
    { args: ['tests/fixtures/bad/foreign-key'], status: 1 },
    { args: ['no/such/folder'], status: 2 },
    { args: ['--bogus'], status: 2 },
  ])('$args → $status', ({ args, status }) => {
    expect(check(args).status).toBe(status);
  });

  it('reads a file named on the command line whatever its name, lists the files a folder check skips, and reports a looping link', () => {
    const dir = temp.make('check-listing-');
    writeFileSync(join(dir, 'README.csv'), '项目名称,社会组织名称,帮扶地区,项目性质\n修路,甲基金会,舟曲县,教育\n');
    writeFileSync(join(dir, '~$projects.xlsx'), 'lock');
    writeFileSync(join(dir, 'notes.md'), '# notes');
    symlinkSync(join(dir, 'loop'), join(dir, 'loop'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync(dir, join(dir, 'sub', 'back'));
    const named = JSON.parse(check(['--json', join(dir, 'README.csv')]).stdout) as { files: { file: string; rowsAccepted: number }[] };
    expect(named.files.filter((f) => f.file.endsWith('README.csv')).map((f) => f.rowsAccepted)).toEqual([1]);
    const folder = check(['--json', dir]);
    expect(folder.status).toBe(1);
    const j = JSON.parse(folder.stdout) as { skipped: { file: string }[]; errors: { code: string; file: string }[]; files: unknown[] };
    expect(j.skipped.map((f) => basename(f.file)).sort()).toEqual(['README.csv', 'notes.md', '~$projects.xlsx']);
    expect(j.errors.map((e) => [e.code, basename(e.file)]).sort()).toEqual([
      ['file-error', 'back'],
      ['file-error', 'loop'],
    ]);
  });

  it('says so when a folder holds no data file', () => {
    const dir = temp.make('check-empty-');
    const r = check(['--json', dir]);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { advisories: { code: string }[] }).advisories.map((a) => a.code)).toEqual(['no-data-files']);
  });

  it('--json prints one object with the documented keys', () => {
    const r = check(['--json', 'tests/fixtures/bad/unknown-region']);
    const j = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(j).sort()).toEqual([
      'advisories',
      'errors',
      'files',
      'organizationsFromNames',
      'projectReports',
      'rowsAccepted',
      'rowsIn',
      'rowsRejected',
      'rowsSkipped',
      'skipped',
      'totals',
    ]);
    expect((j['errors'] as { code: string }[])[0]).toMatchObject({
      code: 'unknown-region',
      row: 2,
      column: 'targetRegions',
      value: '舟区县',
    });
    expect(Object.keys(j['totals'] as object).sort()).toEqual([
      'beneficiaries',
      'fundsInvestedWan',
      'fundsPledgedWan',
      'organizations',
      'projects',
      'staffDeployed',
    ]);
  });
});
