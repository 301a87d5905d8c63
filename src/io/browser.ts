/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), with the flags this
 * kind of machine needs; $CHROMIUM_PATH overrides the path. Used by the browser tests and by
 * scripts/edition-pdf.ts.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Prints a page to an A4 PDF the way a reader's "print" would, with the page's own @page rules. */
export async function printToPdf(browser: Browser, url: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
  } finally {
    await page.close();
  }
}
