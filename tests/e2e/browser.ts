/** Debian's Chromium driven by playwright-core (no browser download): see src/io/browser.ts. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from '../../src/io/browser.ts';

export { CHROMIUM, launch } from '../../src/io/browser.ts';

/**
 * One Chromium for the test file that calls this (at its top level): launched before its tests,
 * closed after them. Returns the getter of the running browser.
 */
export function browserForFile(): () => Browser {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser;
}

/**
 * Records what goes wrong on a page: console errors, uncaught page errors, failed requests and,
 * with `httpErrors`, responses with status ≥ 400 (off where a test expects a 404, e.g. a missing
 * search index).
 */
export function watchProblems(page: Page, { httpErrors = true }: { httpErrors?: boolean } = {}): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // a request the browser cancels because the page navigates on (a click while the favicon loads) is no fault of the site
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? '';
    if (why !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} ${why}`);
  });
  if (httpErrors) {
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
    });
  }
  return problems;
}

/**
 * How wide the page is, and the elements of <main> that stick out past the viewport (for the failure
 * message) other than those inside a table's own scroll box.
 */
export function sideways(page: Page): Promise<{ width: number; culprits: string[] }> {
  return page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    culprits: [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > innerWidth + 1 && !e.closest('.table-scroll, .echart-table-scroll'))
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}: ${(e.textContent ?? '').slice(0, 40)}`),
  }));
}

/**
 * Opens `url` and waits until it has settled: the load event, and for a page with scripts (charts,
 * the map, search, filters) also no network traffic for half a second, so that what they fetch and
 * do is part of the check. A page without scripts has nothing more to wait for.
 */
export async function open(page: Page, url: string): Promise<number | undefined> {
  const status = (await page.goto(url, { waitUntil: 'load' }))?.status();
  if (await page.evaluate(() => document.scripts.length > 0)) await page.waitForLoadState('networkidle');
  return status;
}
