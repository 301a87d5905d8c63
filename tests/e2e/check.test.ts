/**
 * The browser checker (/check/) in Chromium: files set on its input are checked by the same code
 * as the command line, with the same report text, and each sheet downloads with a 问题 column.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSite, serveForFile } from '../sites.ts';
import { browserForFile, watchProblems } from './browser.ts';

const served = serveForFile(bundledSite);
const browser = browserForFile();

const BAD = ['tests/fixtures/bad/type-error/organizations.csv', 'tests/fixtures/bad/type-error/projects.csv'];
const GBK = 'tests/fixtures/good/annex2-gbk.csv';

describe('the data checker in the browser', () => {
  it('reports a bad file’s rows as the command line does, sends nothing, and downloads the sheet with a 问题 column', async () => {
    const page = await browser().newPage();
    const problems = watchProblems(page);
    const requests: string[] = [];
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(e.violatedDirective));
    });
    await page.goto(`${served.url}check/`, { waitUntil: 'networkidle' });
    page.on('request', (r) => requests.push(r.url()));
    await page.locator('[data-check-input]').setInputFiles([...BAD, GBK]);
    await page.locator('[data-check-result]').waitFor({ state: 'visible' });
    const report = await page.locator('[data-check-report]').innerText();
    // the same lines the command line prints for the same file
    const cli = spawnSync(process.execPath, ['scripts/data-check.ts', ...BAD], { encoding: 'utf8' }).stdout;
    const cliError = cli.split('\n').find((l) => l.includes('[type-error]'))!;
    expect(report).toContain(cliError.trim().replace(/^\S*projects\.csv/u, 'projects.csv'));
    expect(report).toContain('annex2-gbk.csv（帮扶项目表，GB18030/GBK，表头在第 3 行）');
    expect(await page.locator('[data-check-verdict]').innerText()).toContain('有 1 条必须修改的错误');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-check-downloads] a', { hasText: 'projects.csv' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/,问题$/u);
    expect(csv).toContain('[必须修改]');
    // nothing left the page: no request after the files were chosen
    expect(requests.filter((u) => !u.startsWith('blob:'))).toEqual([]);
    expect(problems).toEqual([]);
    // the checking ran under the page's policy (no eval: zod is told not to compile parsers)
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await page.close();
  });

  it('offers the blank templates, which the checker itself reads as the 附件2 and 附件1 they are', async () => {
    const page = await browser().newPage();
    await page.goto(`${served.url}check/`, { waitUntil: 'load' });
    const links = page.locator('a[download$=".xlsx"]');
    expect(await links.count()).toBe(2);
    const year = new Date().getFullYear();
    expect(await links.first().getAttribute('download')).toBe(`附件2-${year}-项目明细表.xlsx`);
    const dir = mkdtempSync(join(tmpdir(), 'templates-'));
    try {
      const files: string[] = [];
      for (const link of await links.all()) {
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        const path = join(dir, download.suggestedFilename());
        await download.saveAs(path);
        files.push(path);
      }
      await page.locator('[data-check-input]').setInputFiles(files);
      await page.locator('[data-check-result]').waitFor({ state: 'visible' });
      const report = await page.locator('[data-check-report]').innerText();
      expect(report).toMatch(/附件2-\d{4}-项目明细表\.xlsx（帮扶项目表，Excel 工作簿（XLSX），表头在第 4 行）/u);
      expect(report).toMatch(/附件1-\d{4}-情况统计表\.xlsx（社会组织参与乡村振兴情况统计表（附件1）/u);
      expect(report).toContain('必须修改的错误 / Must-fix errors：0 条');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await page.close();
    }
  });
});
