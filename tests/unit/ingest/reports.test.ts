/**
 * The same project in two years' 附件2, or from two reporting units, is two reports of one project,
 * not a duplicate; the same year from the same unit is a duplicate. Identity: an explicit 项目编号,
 * else organizations + name + target regions, never the figures.
 */
import { describe, expect, it } from 'vitest';
import { ingest, type InputFile } from '../../../src/lib/ingest/pipeline.ts';
import { formatReport } from '../../../src/lib/ingest/formatReport.ts';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const HEADER = '社会组织名称,帮扶地区（省/市/县）,项目名称,项目性质,投入资金（万元）,投入人员数,受益人数\n';
const sheet = (name: string, year: number, unit: string, rows: string): InputFile => ({
  name,
  bytes: enc(`${year}年社会组织开展乡村振兴项目明细表\n单位（盖章）：${unit}\n${HEADER}${rows}`),
});
const run = (files: InputFile[]) => ingest(files, { regionRows: REGION_ROWS });

const Y2021 = sheet(
  '附件2-2021.csv',
  2021,
  '测试省民政厅',
  '甲促进会,甘肃省/甘南藏族自治州/舟曲县,花椒种植技术培训,产业帮扶,300,10,200\n乙基金会,甘肃省/定西市/岷县,卫生室设备,医疗卫生帮扶,50,2,800\n',
);
const Y2022 = sheet(
  '附件2-2022.csv',
  2022,
  '测试省民政厅',
  '甲促进会,甘肃省/甘南藏族自治州/舟曲县,花椒种植技术培训,产业帮扶,"1,200",12,300\n丙协会,甘肃省/临夏回族自治州/东乡族自治县,助学金发放,教育帮扶,45.5,3,120\n',
);

describe('several reports of one project', () => {
  it('reads the same project in two years as one project with two reports', async () => {
    const { dataset, report } = await run([Y2021, Y2022]);
    expect(report.errors).toEqual([]);
    expect(report.rowsAccepted).toBe(4);
    expect(report.projectReports).toBe(4);
    expect(report.totals.projects).toBe(3);
    expect(dataset.projects).toHaveLength(3);
    const p = dataset.projects.find((x) => x.name === '花椒种植技术培训')!;
    expect(p.reports?.map((r) => [r.year, r.fundsInvestedWan, r.reportingUnit])).toEqual([
      [2021, 300, '测试省民政厅'],
      [2022, 1200, '测试省民政厅'],
    ]);
    // invested: the years' flows added; people: the latest year, not added
    expect(p).toMatchObject({ year: 2022, fundsInvestedWan: 1500, staffDeployed: 12, beneficiaries: 300 });
    // the totals count the project once and add its in-year amounts
    expect(report.totals.fundsInvestedWan.sum).toBe(1500 + 50 + 45.5);
    expect(report.totals.staffDeployed.sum).toBe(12 + 2 + 3);
    expect(formatReport(report)).toContain('帮扶项目 3 个（4 条报告）');
  });

  it('keeps the project id when the figures change (identity is never the amounts)', async () => {
    const a = await run([Y2021]);
    const b = await run([Y2021, Y2022]);
    const id = (d: typeof a.dataset) => d.projects.find((x) => x.name === '花椒种植技术培训')!.id;
    expect(id(b.dataset)).toBe(id(a.dataset));
  });

  it('rejects the same project twice in one year from one unit, naming the first row', async () => {
    // files are read in name order: this one before 附件2-2022.csv
    const again = sheet(
      '附件2-2022-补报.csv',
      2022,
      '测试省民政厅',
      '甲促进会,甘肃省/甘南藏族自治州/舟曲县,花椒种植技术培训,产业帮扶,900,12,300\n',
    );
    const { report, dataset } = await run([Y2021, Y2022, again]);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ code: 'unique-error', file: '附件2-2022.csv', row: 4 });
    expect(report.errors[0]!.message).toContain('的 2022 年度报告重复：与 附件2-2022-补报.csv 第 4 行相同');
    expect(dataset.projects.find((x) => x.name === '花椒种植技术培训')!.fundsInvestedWan).toBe(300 + 900);
  });

  it('takes two units’ reports of one year once, the larger figure, and says so when they differ', async () => {
    // read first (name order)
    const city = sheet(
      '附件2-2022-州.csv',
      2022,
      '甘南州民政局',
      '甲促进会,甘肃省/甘南藏族自治州/舟曲县,花椒种植技术培训,产业帮扶,1000,12,300\n',
    );
    const { report, dataset } = await run([Y2022, city]);
    expect(report.errors).toEqual([]);
    expect(report.totals.projects).toBe(2);
    const p = dataset.projects.find((x) => x.name === '花椒种植技术培训')!;
    expect(p.fundsInvestedWan).toBe(1200); // never 2,200
    expect(p.reports).toHaveLength(2);
    const differs = report.advisories.filter((a) => a.code === 'report-differs');
    expect(differs).toHaveLength(1);
    expect(differs[0]).toMatchObject({ file: '附件2-2022.csv', row: 4, column: '投入资金（万元）', value: '1,200' });
    expect(differs[0]!.message).toContain('同一项目 2022 年度已由甘南州民政局在 附件2-2022-州.csv 第 4 行报告');
    expect(differs[0]!.message).toContain('取较大值，不相加');
  });

  it('takes an explicit 项目编号 as the identity, across a renamed project, and says what differs', async () => {
    const h = '项目编号,社会组织名称,帮扶地区,项目名称,项目性质,投入资金（万元）\n';
    const y1 = {
      name: '2021.csv',
      bytes: enc(`2021年项目明细表\n${h}GS-2021-007,甲促进会,甘肃省/定西市/岷县,卫生室设备,医疗卫生帮扶,50\n`),
    };
    const y2 = {
      name: '2022.csv',
      bytes: enc(`2022年项目明细表\n${h}GS-2021-007,甲促进会,甘肃省/定西市/岷县,村卫生室设备更新,医疗卫生帮扶,30\n`),
    };
    const { report, dataset } = await run([y1, y2]);
    expect(report.errors).toEqual([]);
    expect(dataset.projects).toHaveLength(1);
    const p = dataset.projects[0]!;
    expect(p).toMatchObject({ id: 'gs-2021-007', code: 'GS-2021-007', name: '村卫生室设备更新', fundsInvestedWan: 80 });
    const a = report.advisories.find((x) => x.code === 'report-differs')!;
    expect(a).toMatchObject({ file: '2022.csv', column: '项目名称', value: '村卫生室设备更新' });
    expect(a.message).toContain('“卫生室设备”');
  });

  it('gives a 项目编号 that is not an id (Chinese, spaces) a stable hashed id', async () => {
    const h = '项目编号,社会组织名称,帮扶地区,项目名称,项目性质\n';
    const f = { name: 'a.csv', bytes: enc(`${h}甘民〔2022〕7号,甲促进会,甘肃省/定西市/岷县,卫生室设备,医疗卫生帮扶\n`) };
    const one = await run([f]);
    const two = await run([f]);
    expect(one.report.errors).toEqual([]);
    expect(one.dataset.projects[0]!.id).toMatch(/^p-[0-9a-z]+$/u);
    expect(two.dataset.projects[0]!.id).toBe(one.dataset.projects[0]!.id);
  });

  it('reads a 填报单位 column as the row’s reporting unit', async () => {
    const h = '填报单位,社会组织名称,帮扶地区,项目名称,项目性质,投入资金（万元）\n';
    const f = {
      name: 'a.csv',
      bytes: enc(
        `2022年项目明细表\n单位（盖章）：省厅\n${h}南京市民政局,甲促进会,甘肃省/定西市/岷县,卫生室设备,医疗卫生帮扶,50\n,乙会,甘肃省/定西市/岷县,助学,教育帮扶,5\n`,
      ),
    };
    const { dataset } = await run([f]);
    expect(dataset.projects.map((p) => p.reportingUnit)).toEqual(['南京市民政局', '省厅']);
  });
});
