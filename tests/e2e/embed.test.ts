/**
 * Charts as other sites use them, in a real browser (Debian Chromium): the iframe snippet copied
 * from a permalink page embeds the chart (inside the frame the SVG is drawn with a real size and
 * the credit links to the permalink, leaving the frame); the copy button copies; permalink and
 * embed pages pass axe (WCAG 2.2 AA, no serious or critical violation).
 */
import { describe, expect, it } from 'vitest';
import { bundledSite, serveForFile } from '../sites.ts';
import { site } from '../../site.config.ts';
import { normalizeBase } from '../../src/lib/charts/citation.ts';
import { axeViolations } from './axe.ts';
import { browserForFile } from './browser.ts';

/** The bundled site, served for this file: http://127.0.0.1:<port>/showcase/ */
const served = serveForFile(bundledSite);
/** Where the build says the site lives (site.config.ts); the test server serves it at `base`. */
const configured = `${site.url.replace(/\/+$/u, '')}${normalizeBase(site.base)}`;
const ID = 'funds-by-domain';

const browser = browserForFile();

describe('embed snippet', () => {
  it('renders the chart inside an iframe on another page, crediting the permalink', async () => {
    const page = await browser().newPage({ viewport: { width: 900, height: 1000 } });
    await page.goto(`${served.url}charts/${ID}/`);
    const snippet = await page.locator('#embed-code').inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="100%" height="\d+" style="[^"]*" loading="lazy"><\/iframe>$/u);
    expect(snippet).toContain(`src="${configured}embed/${ID}/"`);

    // a host page elsewhere: the snippet as copied, pointed at the test server
    const host = await browser().newPage({ viewport: { width: 900, height: 1000 } });
    const problems: string[] = [];
    host.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
    });
    await host.setContent(
      `<!doctype html><html lang="zh-CN"><head><title>转载页面</title></head><body><h1>转载</h1>${snippet.replace(configured, served.url)}</body></html>`,
    );
    const frame = host.frameLocator('iframe');
    const svg = frame.locator('.echart-plot svg').filter({ visible: true }).first();
    await svg.waitFor({ state: 'visible' });
    const box = await svg.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    expect(box?.height ?? 0).toBeGreaterThan(100);
    // no site chrome inside the frame
    expect(await frame.locator('header, footer, nav').count()).toBe(0);
    const credit = frame.locator('a[data-credit]');
    expect(await credit.getAttribute('target')).toBe('_top');
    expect(await credit.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${served.url}charts/${ID}/`);
    // the data table is behind a details element
    expect(await frame.locator('details.echart-data table').count()).toBe(1);
    expect(problems).toEqual([]);
    await host.close();
    await page.close();
  });

  it('fits a phone-wide frame: the narrow chart is shown, nothing scrolls sideways', async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 900 } });
    await page.goto(`${served.url}embed/${ID}/`);
    expect(await page.locator('.echart-narrow svg').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  });
});

describe('permalink page', () => {
  it('copies the citation with the copy button', async () => {
    const ctx = await browser().newContext();
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(served.url).origin });
    const page = await ctx.newPage();
    await page.goto(`${served.url}charts/${ID}/`, { waitUntil: 'networkidle' });
    const citation = await page.locator('#citation').inputValue();
    expect(citation).toContain(`${configured}charts/${ID}/`);
    await page.locator('button[data-copy="citation"]').click();
    await expect.poll(() => page.locator('.copy-status').innerText()).toContain('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    await ctx.close();
  });

  it('reads without JavaScript: snippet and citation are text, copy buttons hidden', async () => {
    const ctx = await browser().newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${served.url}charts/${ID}/`);
    expect(await page.locator('#embed-code').inputValue()).toContain('<iframe');
    expect(await page.locator('button[data-copy]').first().isVisible()).toBe(false);
    await ctx.close();
  });

  it.each([
    ['chart index', 'charts/'],
    ['permalink', `charts/${ID}/`],
    ['embed', `embed/${ID}/`],
  ])('%s page has no serious or critical accessibility violation (axe, WCAG 2.2 AA)', async (_name, path) => {
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(served.url + path, { waitUntil: 'networkidle' });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
