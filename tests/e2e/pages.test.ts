/**
 * Every page template in a real browser (Debian Chromium): renders with no console errors, reads
 * with JavaScript off, and axe-core (WCAG 2.2 AA tags) finds no serious or critical violation.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, sideways, watchProblems } from './browser.ts';
import { axeViolations } from './axe.ts';

const base = inject('baseUrl');

/** One page per template, from the bundled data. */
const TEMPLATES: [string, string][] = [
  ['home', ''],
  ['map', 'map/'],
  ['coverage', 'coverage/'],
  ['totals', 'totals/'],
  ['project list', 'projects/'],
  ['project', 'projects/tj-xiling-village-school-grounds/'],
  ['organization', 'organizations/beijing-bethune-foundation/'],
  ['county (key county)', 'regions/623023/'],
  ['prefecture', 'regions/540200/'],
  ['province', 'regions/540000/'],
  ['domain', 'domains/education/'],
  ['data quality', 'data/quality/'],
  ['cases', 'cases/'],
  ['case', 'cases/kangbao-nanqiaojiaying-new-village/'],
  ['brands', 'brands/'],
  ['brand family', 'brands/family/construction/'],
  ['brand', 'brands/huxinyun-project/'],
  ['exemplary organizations', 'exemplary/'],
  ['campaigns', 'campaigns/'],
  ['campaign', 'campaigns/jjj-social-orgs-poverty-alleviation-action/'],
  ['editions', 'reports/'],
  ['edition', 'reports/2022/'],
  ['open data', 'data/'],
  ['data dictionary', 'data/dictionary/'],
  ['charts', 'charts/'],
  ['chart', 'charts/funds-by-domain/'],
  ['chart embed', 'embed/funds-by-domain/'],
  ['search results', 'search/?q=%E8%88%9F%E6%9B%B2'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(TEMPLATES)('%s page', (_name, path) => {
  // one load at 1280 px serves the policy, console, accessibility and (resized) phone checks
  let page: Page;
  let status: number | undefined;
  let problems: string[];
  beforeAll(async () => {
    page = await browser.newPage();
    problems = watchProblems(page);
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
      );
    });
    status = (await page.goto(base + path, { waitUntil: 'networkidle' }))?.status();
  });
  afterAll(async () => {
    await page?.close();
  });

  it('renders under its Content-Security-Policy with no violation, console error or failed request', async () => {
    expect(status).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toMatch(/script-src 'self'/u);
    // hover text: the charts' hydration runs under the policy too
    if ((await page.locator('[data-echart-hover]').count()) > 0) await page.locator('[data-echart-hover] svg').first().hover();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('has no serious or critical accessibility violation (axe, WCAG 2.2 AA)', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('fits a phone: nothing but wide tables (in their own scroll box) scrolls sideways at 375 px', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await sideways(page)).toEqual({ width: 375, culprits: [] });
  });

  it('reads with JavaScript disabled: its heading, every figure and working links', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await ctx.newPage();
    await noJs.goto(base + path);
    const read = await noJs.evaluate(() => ({
      h1: document.querySelector('h1')?.textContent?.trim() ?? '',
      text: document.querySelector('main')?.textContent?.trim().length ?? 0,
      // a figure's raw value is in data-value; its text is what a reader sees
      figures: [...document.querySelectorAll('main [data-value]')].filter((e) => (e.textContent ?? '').trim() === '').length,
      links: [...document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href') ?? ''),
    }));
    expect(read.h1.length).toBeGreaterThan(0);
    expect(read.text).toBeGreaterThan(20);
    expect(read.figures, 'figures with no text').toBe(0);
    expect(read.links.filter((h) => h === '' || h === '#' || /^javascript:/iu.test(h))).toEqual([]);
    await ctx.close();
  });
});

describe('interactions', () => {
  it('map: a key county links through to its page, and the metric switch recolours', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}map/`, { waitUntil: 'networkidle' });
    const link = page.locator('#national-map .regions a[data-code="623023"]');
    const before = await link.locator('path').getAttribute('fill');
    await page.locator('#national-map input[value="paired"]').check();
    const after = await link.locator('path').getAttribute('fill');
    expect(after).not.toBe(before);
    await link.click();
    await page.waitForURL(/regions\/623023\/$/u);
    expect(await page.locator('h1').innerText()).toBe('舟曲县');
    await page.close();
  });

  it('map: a click on a province (where its prefectures do not cover it) opens its page and county map', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    await page.goto(`${base}map/`, { waitUntil: 'networkidle' });
    // a point of the map where the topmost link is Tibet's own, as a reader would click it
    const point = await page.evaluate(() => {
      const a = document.querySelector('#national-map .regions a[data-code="540000"]')!;
      const b = a.getBoundingClientRect();
      for (let i = 1; i < 12; i++)
        for (let j = 1; j < 12; j++) {
          const [x, y] = [b.left + (b.width * i) / 12, b.top + (b.height * j) / 12];
          if (document.elementFromPoint(x, y)?.closest('a') === a) return { x, y };
        }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.waitForURL(/regions\/540000\/$/u);
    expect(await page.locator('h1').innerText()).toBe('西藏自治区');
    expect(await page.locator('#province-map .provinces path').count()).toBeGreaterThan(50);
    await page.close();
  });

  it('project list: filters from the URL and writes the filter back to it', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}projects/?domain=health`, { waitUntil: 'networkidle' });
    const healthRows = await page.locator('[data-project-table] tbody tr').count();
    const all = await page.locator('[data-count]').innerText();
    expect(all).toMatch(new RegExp(`显示 ${healthRows} / \\d+ 个项目`, 'u'));
    await page.selectOption('select[name="domain"]', 'education');
    await page.waitForURL(/domain=education/u);
    const eduRows = await page.locator('[data-project-table] tbody tr').count();
    expect(eduRows).toBeGreaterThan(0);
    expect(eduRows).not.toBe(healthRows);
    await page.selectOption('select[name="sort"]', 'funds-desc');
    await page.waitForURL(/sort=funds-desc/u);
    await page.close();
  });
});
