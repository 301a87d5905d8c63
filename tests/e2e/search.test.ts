/**
 * Search in a real browser (Debian Chromium) against the built site: the header's plain form
 * opens the search page, which loads Pagefind's bundle and lists results as text and links;
 * hostile excerpts stay text; a missing index and a browser without JavaScript get clear words.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bundledSite, serveForFile } from '../sites.ts';
import { browserForFile, watchProblems } from './browser.ts';
import { axeViolations } from './axe.ts';
import { REGION_ROWS } from '../../src/lib/regionTable.ts';

/** The bundled site, served for this file: http://127.0.0.1:<port>/showcase/ */
const served = serveForFile(bundledSite);
/** The site's base path: links on its pages start with it. */
const sitePath = bundledSite().base;
const ZHOUQU = REGION_ROWS.find((r) => r[1] === '舟曲县')![0];
/** A text page (no JavaScript of its own) to start from. */
const TEXT_PAGE = 'organizations/beijing-bethune-foundation/';

const browser = browserForFile();

/** A page that records console errors, page errors and failed requests. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser().newPage();
  return { page, problems: watchProblems(page, { httpErrors: false }) };
}

const results = (page: Page) => page.locator('[data-search-results] > li');
const status = (page: Page) => page.locator('[data-search-status]');

describe('search', () => {
  it('the header form on a text page opens the search page, which lists the county page first', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(served.url + TEXT_PAGE);
    expect(await page.locator('script').count()).toBe(0);
    await page.getByRole('searchbox', { name: '搜索地区、社会组织、帮扶项目' }).fill('舟曲县');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === `${sitePath}search/` && u.searchParams.get('q') === '舟曲县');
    await results(page).first().waitFor();
    const first = results(page).first();
    expect(await first.locator('a').getAttribute('href')).toBe(`${sitePath}regions/${ZHOUQU}/`);
    expect(await first.locator('a').innerText()).toBe('舟曲县');
    expect(await first.locator('.search-kind').innerText()).toBe('地区');
    expect(await first.locator('.search-excerpt mark').count()).toBeGreaterThan(0);
    expect(await status(page).innerText()).toMatch(/^找到 \d+ 个含有“舟曲县”的页面。$/u);
    // the search page's own box shows the query
    expect(await page.locator('#search-q').inputValue()).toBe('舟曲县');
    await first.locator('a').click();
    await page.waitForURL(new RegExp(`/regions/${ZHOUQU}/$`, 'u'));
    expect(await page.locator('h1').innerText()).toBe('舟曲县');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works from the keyboard: type, Enter, then Tab to the results; the URL keeps the query and the kind', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${served.url}search/`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.type('舟曲');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === '舟曲');
    await results(page).first().waitFor();
    expect(await results(page).first().locator('a').getAttribute('href')).toBe(`${sitePath}regions/${ZHOUQU}/`);
    const all = await results(page).count();
    // the list is complete when the status says how many were found; focus moves only then
    await page.waitForFunction(() => /^找到 \d+ 个/u.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    // input → submit button → kind select → the project list's search → first result
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`${sitePath}regions/${ZHOUQU}/`);
    // projects are one link away, in the project list's name search
    expect(await page.locator('[data-search-projects] a').getAttribute('href')).toBe(
      `${sitePath}projects/?q=${encodeURIComponent('舟曲')}`,
    );
    await page.selectOption('#search-kind', '地区');
    await page.waitForURL((u) => u.searchParams.get('kind') === '地区');
    // the list is emptied while the new search runs: wait for results, all of them regions
    await page.waitForFunction(() => {
      const kinds = [...document.querySelectorAll('[data-search-results] .search-kind')];
      return kinds.length > 0 && kinds.every((e) => e.textContent === '地区');
    });
    const regions = await results(page).count();
    expect(regions).toBeGreaterThan(0);
    expect(regions).toBeLessThan(all);
    expect(await status(page).innerText()).toMatch(/^地区页面中找到 \d+ 个/u);
    // reloading the URL restores the same search
    await page.reload();
    await results(page).first().waitFor();
    expect(await page.locator('#search-kind').inputValue()).toBe('地区');
    expect(await results(page).count()).toBe(regions);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(['没有这个词语的页面xyzzy', '火星基地', '量子计算机', '航空母舰'])(
    'says 没有找到 for words the site does not contain (%s), never pages matched on single characters',
    async (word) => {
      const page = await browser().newPage();
      await page.goto(`${served.url}search/?q=${encodeURIComponent(word)}`);
      await page.waitForFunction(() => /没有找到|找到 \d+/u.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
      expect(await status(page).innerText()).toMatch(/没有找到/u);
      expect(await results(page).count()).toBe(0);
      await page.close();
    },
  );

  it('renders excerpts, titles and kinds as text, marks only the query, and links only to the site', async () => {
    const page = await browser().newPage();
    // a stand-in for Pagefind's bundle that returns hostile data
    await page.route('**/pagefind/pagefind.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `
          export async function options() {}
          const hostile = {
            url: '${sitePath}regions/${ZHOUQU}/',
            excerpt: '&lt;img src=x onerror=alert(1)&gt; <mark>舟曲</mark>县 <img src=x onerror="window.__xss=1"><script>window.__xss=2</script><mark onclick="window.__xss=5">x</mark>',
            meta: { title: '<img src=x onerror="window.__xss=3">舟曲县' },
            filters: { kind: ['<b>地区</b>'] },
          };
          const offsite = { url: 'javascript:window.__xss=4', excerpt: 'x', meta: { title: '外链' }, filters: {} };
          export async function search() {
            return { results: [hostile, offsite].map((d, i) => ({ id: String(i), data: async () => d })) };
          }`,
      }),
    );
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${served.url}search/?q=x`);
    await results(page).first().waitFor();
    const tags = await page
      .locator('[data-search-results] *')
      .evaluateAll((els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))].sort());
    expect(tags).toEqual(['a', 'li', 'mark', 'p', 'span']);
    expect(await page.locator('[data-search-results] [onclick], [data-search-results] [onerror]').count()).toBe(0);
    expect(await results(page).count()).toBe(1);
    const li = results(page).first();
    expect(await li.locator('a').innerText()).toBe('<img src=x onerror="window.__xss=3">舟曲县');
    expect(await li.locator('.search-kind').innerText()).toBe('<b>地区</b>');
    const excerpt = await li.locator('.search-excerpt').innerText();
    expect(excerpt).toContain('<img src=x onerror=alert(1)> 舟曲县 <img src=x onerror="window.__xss=1"><script>window.__xss=2</script>');
    // marks are the reader's own query term (x), wherever it occurs; Pagefind's marks are not taken over
    expect([...new Set(await li.locator('mark').allInnerTexts())]).toEqual(['x']);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('says so to the reader when the index is missing (as under the dev server) instead of failing silently, without maintainer commands', async () => {
    const page = await browser().newPage();
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${served.url}search/?q=${encodeURIComponent('舟曲')}`);
    await page.waitForFunction(() => /搜索暂时无法使用/u.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await status(page).innerText()).not.toMatch(/npm/u);
    expect(await results(page).count()).toBe(0);
    await page.close();
  });

  it('without JavaScript the header form still opens the search page, which says what it needs', async () => {
    const ctx = await browser().newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(served.url + TEXT_PAGE);
    await page.locator('#site-search-q').fill('舟曲县');
    await page.locator('form.site-search button').click();
    await page.waitForURL((u) => u.pathname === `${sitePath}search/` && u.searchParams.get('q') === '舟曲县');
    expect(await page.locator('main').innerText()).toContain('搜索结果需要浏览器启用 JavaScript');
    await ctx.close();
  });

  it('has no serious or critical accessibility violation with results shown (axe, WCAG 2.2 AA)', async () => {
    const page = await browser().newPage();
    await page.goto(`${served.url}search/?q=${encodeURIComponent('舟曲')}`);
    await results(page).first().waitFor();
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await page.close();
  });
});
