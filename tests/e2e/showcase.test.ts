/**
 * The showcase in a real browser: a case page (申报表 facts from the records, the four sections,
 * bound figures, locator map), a brand page, a campaign page (reported beside itemised) and an
 * annual edition (frozen figures with last year's, charts, PDF download); and the edition printed
 * to A4: cover, page numbers, and no chart or case cut across two pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { bundledSite, serveForFile } from '../sites.ts';
import { browserForFile } from './browser.ts';
import { printToPdf } from '../../src/io/browser.ts';

/** The bundled site, served for this file: http://127.0.0.1:<port>/showcase/ */
const served = serveForFile(bundledSite);
const outDir = bundledSite().outDir;

const browser = browserForFile();

/**
 * Text of each page of a PDF, whitespace removed (CJK text comes out in pieces) and NFKC-normalized
 * (the PDF's font maps some characters to look-alikes: 力 comes out as the Kangxi radical ⼒).
 */
async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((it) => ('str' in it ? it.str : ''))
        .join('')
        .normalize('NFKC')
        .replace(/\s+/gu, ''),
    );
  }
  await doc.destroy();
  return pages;
}
const squash = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');
/**
 * `needle` in a PDF page's text. Chromium's PDFs map a few ideographs to CJK radical look-alikes
 * that NFKC does not fold (长 → ⻓ U+2ED3, 民 → ⺠): a radical (U+2E80–U+2FDF) matches any character.
 */
function pdfHas(page: string, needle: string): boolean {
  const p = [...page];
  const n = [...squash(needle)];
  const radical = (c: string): boolean => c >= '\u2E80' && c <= '\u2FDF';
  outer: for (let i = 0; i + n.length <= p.length; i++) {
    for (let j = 0; j < n.length; j++) if (p[i + j] !== n[j] && !radical(p[i + j]!)) continue outer;
    return true;
  }
  return false;
}

describe('case page', () => {
  it('shows the 附件3 facts from the records, the four sections with bound figures, and a locator map', async () => {
    const page = await browser().newPage();
    await page.goto(`${served.url}cases/kangbao-nanqiaojiaying-new-village/`);
    const form = await page.locator('.case-form').innerText();
    expect(form).toContain('组织名称（全称）');
    expect(form).toContain('约 800 万元'); // the project's fundsInvestedWan, not typed in the case
    expect(form).toContain('94 户');
    expect(await page.locator('.case-body h2').allInnerTexts()).toEqual(['背景介绍', '主要做法', '主要成效', '主要经验']);
    expect(await page.locator('.case-body .fig[data-value="800"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.locator svg path').count()).toBeGreaterThan(10);
    expect(await page.locator('table a[href$="/projects/hb-nanqiaojiaying-relocation-village/"]').count()).toBe(1);
    expect(await page.locator('#rel-h').count()).toBe(1);
    await page.close();
  });
});

describe('brand pages', () => {
  it('lists the plan’s three families and a brand’s organizations and projects', async () => {
    const page = await browser().newPage();
    await page.goto(`${served.url}brands/`);
    expect(await page.locator('.family-card h2').allInnerTexts()).toEqual(['乡村发展', '乡村建设', '乡村治理']);
    await page.goto(`${served.url}brands/huxinyun-project/`);
    expect(await page.locator('h1').innerText()).toBe('护心云工程');
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('.facts a[href*="/organizations/"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('campaign page', () => {
  it('sets the reported totals beside what the itemised records add up to', async () => {
    const page = await browser().newPage();
    await page.goto(`${served.url}campaigns/jjj-social-orgs-poverty-alleviation-action/`);
    const row = page.locator('table.compare tbody tr', { hasText: '帮扶项目' });
    const cells = await row.locator('td').allInnerTexts();
    // 报告数, then the itemised records and the difference beside it, then the source's words and scope
    expect(cells[0]).toContain('5,367');
    expect(cells[1]).toBe('9 个');
    expect(cells[2]).toContain('5,358');
    await page.close();
  });
});

describe('annual edition', () => {
  it('shows the frozen figures with last year’s, its charts, and links its PDF', async () => {
    const page = await browser().newPage();
    await page.goto(`${served.url}reports/2022/`);
    const head = await page.locator('#figures thead').innerText();
    expect(head).toContain('2021 年度');
    expect(await page.locator('#charts figure.echart').count()).toBe(2);
    const pdfHref = await page.locator('a[href$="edition-2022.pdf"]').first().getAttribute('href');
    const res = await page.request.get(new URL(pdfHref!, served.url).toString());
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    await page.close();
  });

  it('prints to A4 with a cover, page numbers, and no chart or case cut across pages', async () => {
    const pdf = await printToPdf(browser(), `${served.url}reports/2022/`);
    const pages = await pdfPages(new Uint8Array(pdf));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(pages.length).toBeLessThanOrEqual(30);
    expect(pdfHas(pages[0]!, '2022 年社会组织助力乡村振兴年度展示')).toBe(true);
    expect(pages[0]).not.toMatch(/1\/\d+/u); // no number on the cover
    for (const [i, t] of pages.slice(1).entries()) expect(t).toContain(`${i + 2}/${pages.length}`);
    const page = await browser().newPage();
    await page.goto(`${served.url}reports/2022/`);
    // a chart's title and its source line, and a case's title and its last words, on one page
    const blocks = await page.evaluate(() => [
      ...[...document.querySelectorAll('#charts figure.echart')].map((f) => [
        f.querySelector('h3')!.textContent!,
        f.querySelector('.echart-meta')!.textContent!,
      ]),
      ...[...document.querySelectorAll('.edition-case')].map((c) => [
        c.querySelector('h3')!.textContent!,
        c.querySelector('p:last-child')!.textContent!.slice(-12),
      ]),
    ]);
    await page.close();
    expect(blocks.length).toBeGreaterThan(2);
    for (const [start, end] of blocks) {
      const a = pages.findIndex((t) => pdfHas(t, start!));
      const b = pages.findIndex((t, i) => i >= a && pdfHas(t, end!));
      expect(a, start).toBeGreaterThan(0);
      expect(b, `${start} … ${end}`).toBe(a);
    }
  });

  it('ships the edition’s PDF', async () => {
    const bytes = readFileSync(join(outDir, 'reports', '2022', 'edition-2022.pdf'));
    const pages = await pdfPages(new Uint8Array(bytes));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(pdfHas(pages[0]!, '2022 年社会组织助力乡村振兴年度展示')).toBe(true);
  });
});
