/**
 * The blank official templates `npm run new` writes (src/lib/site/newSite.ts): filled in as a clerk
 * would, they load without a single error or advisory; the 附件2 carries its drop-down and checks.
 */
import { strFromU8, unzipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/pipeline.ts';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';
import { annex1Blank, annex2Blank, ANNEX2_NATURES, annex2Validations } from '../../../src/lib/site/newSite.ts';
import { withValidations } from '../../../src/lib/site/xlsxValidation.ts';

type Grid = (string | number | null)[][];
const xlsx = async (grid: Grid): Promise<Uint8Array> =>
  new Uint8Array(await writeXlsxFile(grid.map((row) => row.map((v) => (v === null ? null : { value: v })))).toBuffer());

describe('the blank 附件2', () => {
  it('has the 项目性质 drop-down, number checks and prompts, after the sheet data', async () => {
    const bytes = withValidations(await xlsx(annex2Blank(2023)), annex2Validations());
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain(`<formula1>"${ANNEX2_NATURES.join(',')}"</formula1>`);
    expect(sheet).toMatch(/<dataValidation type="list"[^>]*sqref="D5:D2000"/u);
    expect(sheet).toMatch(/<dataValidation type="decimal" operator="greaterThanOrEqual"[^>]*prompt="单位为万元/u);
    expect(sheet.indexOf('</sheetData>')).toBeLessThan(sheet.indexOf('<dataValidations'));
    expect(sheet.indexOf('<dataValidations')).toBeLessThan(sheet.indexOf('</worksheet>'));
  });

  it('filled in correctly, loads with no error and no advisory', async () => {
    const grid: Grid = annex2Blank(2023).map((r) => [...r]);
    grid[1]![0] = '单位（盖章）：测试省民政厅';
    grid.push(
      ['测试乡村发展促进会', '甘肃省/甘南藏族自治州/舟曲县', '花椒种植技术培训', '产业帮扶', 300, 10, 200],
      ['测试公益基金会', '甘肃省/临夏回族自治州/东乡族自治县', '助学金发放', '教育帮扶', 40.5, 3, 120],
      ['测试慈善协会', '甘肃省/定西市/岷县', '村卫生室设备', '医疗卫生帮扶', null, 2, null],
    );
    const bytes = withValidations(await xlsx(grid), annex2Validations());
    const { report, dataset } = await ingest([{ name: '附件2-2023-项目明细表.xlsx', bytes }], { regionRows: REGION_ROWS });
    expect(report.errors).toEqual([]);
    expect(report.advisories).toEqual([]);
    expect(dataset.projects.map((p) => [p.year, p.reportingUnit, p.fundsInvestedWan])).toEqual([
      [2023, '测试省民政厅', 300],
      [2023, '测试省民政厅', 40.5],
      [2023, '测试省民政厅', null],
    ]);
    expect(report.organizationsFromNames).toBe(3);
  });
});

describe('the blank 附件1', () => {
  it('filled in correctly (省外 and 省内 rows, a 合计 that agrees), loads with no error and no advisory', async () => {
    const grid: Grid = annex1Blank(2023).map((r) => [...r]);
    grid[1]![0] = '单位（盖章）：测试市民政局';
    const total = grid.pop()!;
    grid.push(['省外', '陕西省', 2, 1, 3, 1, 120, 20, 8, 2, 500, 100], ['省内', '宿迁市', 1, null, 1, null, 30, null, 2, null, 80, null]);
    total.splice(2, 10, 3, 1, 4, 1, 150, 20, 10, 2, 580, 100);
    grid.push(total);
    const { report, dataset } = await ingest([{ name: '附件1.xlsx', bytes: await xlsx(grid) }], { regionRows: REGION_ROWS });
    expect(report.errors).toEqual([]);
    expect(report.advisories).toEqual([]);
    expect(dataset.regionStats.length).toBeGreaterThanOrEqual(2);
  });
});
