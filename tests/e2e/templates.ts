/**
 * The checks every page template gets in a real browser (Debian Chromium): it renders under its
 * Content-Security-Policy with no console error, axe-core (WCAG 2.2 AA tags) finds no serious or
 * critical violation, it fits a 375 px phone, and it reads with JavaScript off. The templates are
 * split over two test files so that the two workers of a run share them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledSite, serveForFile } from '../sites.ts';
import { axeViolations } from './axe.ts';
import { browserForFile, open, sideways, watchProblems } from './browser.ts';

/** One page per template, from the bundled data. */
export const TEMPLATES: [string, string][] = [
  ['home', ''],
  ['map', 'map/'],
  ['coverage', 'coverage/'],
  ['totals', 'totals/'],
  ['project list', 'projects/'],
  ['project', 'projects/tj-xiling-village-school-grounds/'],
  ['organizations', 'organizations/'],
  ['organizations, filtered and by funds', 'organizations/funds/association/all/'],
  ['organization', 'organizations/beijing-bethune-foundation/'],
  ['county (key county)', 'regions/623023/'],
  ['prefecture', 'regions/540200/'],
  ['province', 'regions/540000/'],
  ['domains', 'domains/'],
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
  ['data check', 'check/'],
  ['sources', 'sources/'],
  ['source', 'sources/hainan-promotion-meeting/'],
];

/** The browser and the served bundled site of one test file. */
export function templateBrowser(): { browser: () => Browser; base: () => string } {
  const served = serveForFile(bundledSite);
  return { browser: browserForFile(), base: () => served.url };
}

/** The template checks for `templates`. */
export function templateChecks(templates: readonly [string, string][]): void {
  const env = templateBrowser();
  describe.each(templates)('%s page', (_name, path) => {
    // one load at 1280 px serves the policy, console, accessibility and (resized) phone checks
    let page: Page;
    let status: number | undefined;
    let problems: string[];
    beforeAll(async () => {
      page = await env.browser().newPage();
      problems = watchProblems(page);
      await page.addInitScript(() => {
        const w = window as unknown as { cspViolations: string[] };
        w.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
        );
      });
      status = await open(page, env.base() + path);
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

    it('reads on a phone: no figure split from its unit, no header broken inside a word, no table cut off without a cue, no text out of its cell', async () => {
      await page.setViewportSize({ width: 375, height: 800 });
      const found = await page.evaluate(() => {
        const lines = (e: Element): number => {
          const r = document.createRange();
          r.selectNodeContents(e);
          // one box per line the text takes
          return new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size;
        };
        return {
          // a figure keeps number and unit on one line, in a card, a table or prose (a narrow card or cell may put its qualifier, 至少 or 约, on a line above)
          figures: [...document.querySelectorAll('main :is(.num-unit, .fig), main .figures .value:not(:has(.num-unit))')]
            .filter((e) => lines(e) > 1)
            .map((e) => e.textContent),
          // a column header is a word or two: on one line
          headers: [...document.querySelectorAll('main thead th')].filter((e) => lines(e) > 1).map((e) => e.textContent),
          // a table wider than its box scrolls in a box that shows it does (scroll shadows)
          uncued: [...document.querySelectorAll<HTMLElement>('main .table-scroll')]
            .filter((e) => e.scrollWidth > e.clientWidth + 1 && !getComputedStyle(e).backgroundImage.includes('gradient'))
            .map((e) => e.querySelector('caption')?.textContent ?? ''),
          // a cell's text stays in its cell (a long key ran under the next column of the dictionary)
          overflowing: [...document.querySelectorAll<HTMLElement>('main :is(td, th)')]
            .filter((e) => e.scrollWidth > e.clientWidth + 1)
            .map((e) => e.textContent),
        };
      });
      expect(found).toEqual({ figures: [], headers: [], uncued: [], overflowing: [] });
    });

    it('reads with JavaScript disabled: its heading, every figure and working links', async () => {
      const ctx = await env.browser().newContext({ javaScriptEnabled: false });
      const noJs = await ctx.newPage();
      await noJs.goto(env.base() + path);
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
}
