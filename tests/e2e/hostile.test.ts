/**
 * Hostile text in data (tests/fixtures/site-xss: markup, a direction override, a zero-width
 * character, a 300-character unbroken name) built as its own site once for the run (tests/sites.ts) and read in Chromium: nothing runs,
 * the override stays inside its element, and every page the records reach fits a 375 px phone.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileSite, serveForFile } from '../sites.ts';
import { launch, open, sideways, watchProblems } from './browser.ts';

const server = serveForFile(hostileSite);
let browser: Browser;
let pages: string[] = [];

beforeAll(async () => {
  browser = await launch();
  const page = await browser.newPage();
  await page.goto(`${server.url}projects/`);
  const linked = async (part: string): Promise<string[]> =>
    (
      await page.locator(`main a[href*="/${part}/"]`).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    ).filter((p) => new RegExp(`/${part}/[^/]+/$`, 'u').test(p));
  const projects = await linked('projects');
  const organizations = await linked('organizations');
  pages = [
    ...new Set(['', 'projects/', 'data/quality/', 'totals/', 'map/', 'regions/623023/', 'regions/620000/', ...projects, ...organizations]),
  ].map((p) => p.replace(/^\//u, ''));
  await page.close();
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

describe('hostile text in data', () => {
  it('reaches the pages it should (the four projects and their organizations have pages)', () => {
    expect(pages.filter((p) => p.startsWith('projects/') && p !== 'projects/').length).toBe(4);
    expect(pages.filter((p) => p.startsWith('organizations/')).length).toBe(4);
  });

  it('runs nothing and fits 375 px on every page the records reach', async () => {
    for (const path of pages) {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      const problems = watchProblems(page);
      let dialog = false;
      page.on('dialog', async (d) => {
        dialog = true;
        await d.dismiss();
      });
      await open(page, server.url + path);
      expect({ path, ...(await sideways(page)) }).toEqual({ path, width: 375, culprits: [] });
      expect(dialog, path).toBe(false);
      expect(problems, path).toEqual([]);
      await page.close();
    }
  });

  it('wraps a 300-character name inside its table cell, so the project table fits a 1280 px page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}projects/`, { waitUntil: 'networkidle' });
    const widths = await page.locator('[data-project-table]').evaluate((t) => ({
      table: Math.round(t.getBoundingClientRect().width),
      box: Math.round(t.parentElement!.getBoundingClientRect().width),
    }));
    expect(widths.table).toBeLessThanOrEqual(widths.box);
    await page.close();
  });

  it('keeps a direction override inside the element that shows the name', async () => {
    const page = await browser.newPage();
    const path = pages.find((p) => p.startsWith('projects/') && p !== 'projects/');
    await page.goto(`${server.url}projects/`);
    const isolated = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').includes('\u202e')))
        .map((e) => getComputedStyle(e).unicodeBidi),
    );
    expect(isolated.length, path).toBeGreaterThan(0);
    expect(new Set(isolated)).toEqual(new Set(['isolate']));
    await page.close();
  });
});
