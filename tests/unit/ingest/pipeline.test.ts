import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest, type InputFile } from '../../../src/lib/ingest/pipeline.ts';
import { shortHash } from '../../../src/lib/ingest/fast/index.ts';
import { computeTotals } from '../../../src/lib/aggregate/totals.ts';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';
import { annex1Xlsx, annex2Xlsx } from '../../fixtures/templates.ts';

const regionRows = REGION_ROWS;
const enc = new TextEncoder();
const file = (name: string, text: string): InputFile => ({ name, bytes: enc.encode(text) });
const run = (files: InputFile[]) => ingest(files, { regionRows });

const ORGS =
  'id,name,type,registrationLevel,homeRegion,source\nfund-a,甲公益基金会,基金会,省级,江苏省,t\nassoc-b,乙商会,社会团体,市级,江苏省/南京市,t\n';

describe('ingest: the 附件2 项目明细表 as clerks fill it in', () => {
  it('reads an XLSX with title, 单位（盖章） and 联系人 rows above the header, keeping spreadsheet row numbers', async () => {
    const bytes = await annex2Xlsx(2021, '南京市民政局', [
      { org: '甲公益基金会', region: '新疆克州', name: '牵手圆梦助学', nature: '教育帮扶', funds: 12.5, staff: 3, beneficiaries: '150人' },
      {
        org: '乙商会；甲公益基金会',
        region: '陕西省/汉中市/略阳县',
        name: '茶叶消费帮扶',
        nature: '消费帮扶',
        funds: '30万元',
        staff: '',
        beneficiaries: '200户',
      },
      { org: '丙志愿者协会', region: '火星县', name: '义诊', nature: '医疗卫生帮扶', funds: 'abc', staff: 2, beneficiaries: 10 },
    ]);
    const { dataset, report } = await run([file('orgs.csv', ORGS), { name: 'annex2.xlsx', bytes }]);
    const f = report.files.find((x) => x.file === 'annex2.xlsx')!;
    expect(f).toMatchObject({
      table: 'projects',
      headerRow: 4,
      rowsIn: 3,
      rowsAccepted: 2,
      rowsRejected: 1,
      encoding: 'Excel 工作簿（XLSX）',
    });
    expect(f.rowsSkipped).toBe(2); // the blank line and the 备注 line
    const [a, b] = dataset.projects;
    expect(a).toMatchObject({
      name: '牵手圆梦助学',
      targetRegions: ['653000'],
      domain: 'education',
      fundsInvestedWan: 12.5,
      staffDeployed: 3,
      beneficiaries: 150,
      beneficiaryUnit: 'person',
      year: 2021,
      organizationIds: ['fund-a'],
    });
    // 组团帮扶: one project, two organizations matched by name
    expect(b).toMatchObject({
      domain: 'consumption',
      fundsInvestedWan: 30,
      beneficiaryUnit: 'household',
      organizationIds: ['assoc-b', 'fund-a'],
    });
    const rowErrors = report.errors.filter((e) => e.file === 'annex2.xlsx');
    expect(rowErrors.map((e) => [e.code, e.row, e.column, e.value])).toEqual([
      ['unknown-region', 7, '帮扶地区 (省/市/县)', '火星县'],
      ['type-error', 7, '投入资金 (万元)', 'abc'],
    ]);
  });

  it('reads the GB18030 CSV Excel saves, with full-width digits and a 合计 line', async () => {
    const bytes = readFileSync(new URL('../../fixtures/good/annex2-gbk.csv', import.meta.url));
    const { dataset, report } = await run([{ name: 'annex2-gbk.csv', bytes }]);
    expect(report.files[0]).toMatchObject({
      encoding: 'GB18030/GBK',
      headerRow: 3,
      rowsIn: 2,
      rowsAccepted: 2,
      rowsRejected: 0,
      rowsSkipped: 1,
    });
    expect(
      dataset.projects.map((p) => [p.fundsInvestedWan, p.staffDeployed, p.beneficiaries, p.beneficiaryUnit, p.targetRegions[0]]),
    ).toEqual([
      [1200, 12, 300, 'personTime', '623023'],
      [45.5, 3, 120, 'person', '610727'],
    ]);
    expect(report.advisories.some((a) => a.code === 'total-row' && a.row === 6)).toBe(true);
    // organizations known only by name are created, with the type the name makes plain
    expect(dataset.organizations.map((o) => [o.name, o.type])).toEqual([
      ['测试乡村发展促进会', 'association'],
      ['测试公益基金会', 'foundation'],
    ]);
  });

  it('reads UTF-8 with a BOM and says so', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(ORGS)]);
    const { report } = await run([{ name: 'orgs.csv', bytes: bom }]);
    expect(report.files[0]).toMatchObject({ encoding: 'UTF-8（带 BOM）', rowsAccepted: 2 });
  });
});

describe('ingest: the 附件1 统计表', () => {
  it('reads the two-row merged header and carries 省外/省内 down', async () => {
    const bytes = await annex1Xlsx(2021, '苏州市民政局', [
      { group: '省外', region: '新疆克州', values: [3, 1, 4, 1, 25.5, 5, 6, 2, 300, 100] },
      { group: null, region: '省外其它地区', values: [1, 0, 1, 0, 2, 0, 1, 0, 10, 0] },
      { group: '省内', region: '丰县', values: [2, 2, 2, 2, null, null, 4, 4, 50, 50] },
      { group: null, region: '青海省', values: Array(10).fill(null) },
    ]);
    const { dataset, report } = await run([{ name: 'annex1.xlsx', bytes }]);
    expect(report.files[0]).toMatchObject({ table: 'regionStats', headerRow: 4, rowsIn: 3, rowsAccepted: 3, rowsRejected: 0 });
    expect(dataset.regionStats.map((r) => [r.scope, r.regionLabel, r.regionCode, r.fundsInvestedWan, r.reporter, r.year])).toEqual([
      ['outside', '新疆克州', '653000', 25.5, '苏州市民政局', 2021],
      ['outside', '省外其它地区', null, 2, '苏州市民政局', 2021],
      ['inside', '丰县', '320321', null, '苏州市民政局', 2021],
    ]);
  });
});

describe('ingest: the 附件1 合计 row', () => {
  it('is checked against the sum of the region rows, figure by figure, leaving blanks uncompared', async () => {
    const bytes = await annex1Xlsx(2021, '苏州市民政局', [
      { group: '省外', region: '新疆克州', values: [3, 1, 4, 1, 25.5, 5, 6, 2, null, 100] },
      { group: '省内', region: '丰县', values: [2, 2, 2, 2, 10, null, 4, 4, 50, 50] },
      { group: null, region: '合计', values: [5, 3, 7, 3, 35.5, 5, 10, 6, 999, 150] },
    ]);
    const { report } = await run([{ name: 'annex1.xlsx', bytes }]);
    const found = report.advisories.filter((a) => a.code === 'total-mismatch');
    // 开展帮扶项目数·总数: 4 + 2 = 6, stated 7; 受益人数·总数 is blank for 新疆克州, so not compared
    expect(found.map((a) => [a.row, a.column, a.value])).toEqual([[7, '开展帮扶项目数·总数', '7']]);
    expect(found[0]!.message).toContain('各地区之和为 6');
    expect(report.errors).toEqual([]);
  });
});

describe('ingest: data values are text, never markup', () => {
  it('keeps a name with HTML in it verbatim as data', async () => {
    const evil = '<img src=x onerror=alert(1)>基金会';
    const { dataset, report } = await run([file('orgs.csv', `name,type,source\n"${evil}",基金会,t\n`)]);
    expect(report.errors).toEqual([]);
    expect(dataset.organizations[0]!.name).toBe(evil);
  });
});

describe('ingest: JSON tables', () => {
  it('reads a projects.json array through the same checks as CSV', async () => {
    const projects = [
      {
        id: 'p-json',
        name: '助学',
        organizationIds: ['fund-a'],
        targetRegions: ['舟曲县'],
        domain: '教育',
        fundsPledgedWan: '约20万元',
        source: 't',
      },
      { id: 'p-bad', name: '助学', organizationIds: ['nobody'], targetRegions: ['舟曲县'], domain: '教育', source: 't' },
    ];
    const { dataset, report } = await run([file('orgs.csv', ORGS), file('projects.json', JSON.stringify(projects))]);
    expect(dataset.projects.map((p) => [p.id, p.fundsPledgedWan, p.fundsPledgedApprox])).toEqual([['p-json', 20, true]]);
    expect(report.errors.map((e) => [e.code, e.file, e.row, e.value])).toEqual([['foreign-key', 'projects.json', 2, 'nobody']]);
    expect(report.files.find((f) => f.file === 'projects.json')).toMatchObject({ rowsIn: 2, rowsAccepted: 1, rowsRejected: 1 });
  });
});

describe('ingest: references are checked against what was accepted', () => {
  it('says when a project names an organization whose own row was rejected', async () => {
    const orgs = 'id,name,type,source\nfund-bad,甲基金会,不知道的类型,t\n';
    const projects = 'id,name,organizationIds,targetRegions,domain,source\np-x,助学,fund-bad,舟曲县,教育,t\n';
    const { report } = await run([file('orgs.csv', orgs), file('projects.csv', projects)]);
    const fk = report.errors.find((e) => e.code === 'foreign-key')!;
    expect(fk).toMatchObject({ file: 'projects.csv', row: 2, value: 'fund-bad' });
    expect(fk.message).toContain('该组织所在行有错误未被接收');
    expect(report.rowsRejected).toBe(2);
  });

  it('creates an organization from a template name only when the row is accepted', async () => {
    const rows = '社会组织名称,帮扶地区(省/市/县),项目名称,项目性质\n好的基金会,舟曲县,助学,教育帮扶\n坏的基金会,火星县,助学,教育帮扶\n';
    const { dataset } = await run([file('annex2.csv', rows)]);
    expect(dataset.organizations.map((o) => o.name)).toEqual(['好的基金会']);
  });
});

describe('derived project ids', () => {
  it('are the content hash of ids | names | name | regions, also when names repeat', async () => {
    const csv =
      '社会组织名称,帮扶地区(省/市/县),项目名称,项目性质\n甲基金会,甘肃省/甘南藏族自治州/舟曲县,助学一,教育帮扶\n甲基金会,620000,助学二,教育帮扶\n乙协会;甲基金会,舟曲县,助学三,教育帮扶\n';
    const { dataset } = await run([{ name: 'p.csv', bytes: new TextEncoder().encode(csv) }]);
    expect(dataset.projects.map((p) => p.id)).toEqual([
      shortHash('p-', '|', '甲基金会', '|', '助学一', '|', '623023'),
      shortHash('p-', '|', '甲基金会', '|', '助学二', '|', '620000'),
      shortHash('p-', '|', '乙协会', '甲基金会', '|', '助学三', '|', '623023'),
    ]);
  });
});

describe('ingest: project records kept in columns (ProjectStore) until dataset.projects is read', () => {
  const CSV = `社会组织名称,帮扶地区(省/市/县),项目名称,项目性质,投入资金(万元),投入人员数,受益人数
甲公益基金会,甘肃省/甘南藏族自治州/舟曲县,助学,教育帮扶,约12.5万元,3,150人
乙商会；甲公益基金会,陕西省汉中市略阳县,茶叶,消费帮扶,"1,200",,200户
甲公益基金会,舟曲县,义诊,医疗卫生帮扶,,2,30人次
`;

  it('builds the records once, on first read, and the report totals equal those of the records', async () => {
    const { dataset, report } = await run([file('orgs.csv', ORGS), file('annex2.csv', CSV)]);
    const first = dataset.projects;
    expect(dataset.projects).toBe(first); // the same array (and objects) on every read
    expect(first.map((p) => [p.name, p.fundsInvestedWan, p.fundsInvestedApprox, p.beneficiaryUnit, p.sourceRow])).toEqual([
      ['助学', 12.5, true, 'person', 2],
      ['茶叶', 1200, false, 'household', 3],
      ['义诊', null, false, 'personTime', 4],
    ]);
    expect(report.totals).toEqual(computeTotals(dataset));
    expect(JSON.parse(JSON.stringify(dataset)).projects).toEqual(first);
  });

  it('lets a caller replace the list', async () => {
    const { dataset } = await run([file('orgs.csv', ORGS), file('annex2.csv', CSV)]);
    dataset.projects = dataset.projects.slice(1);
    expect(dataset.projects.map((p) => p.name)).toEqual(['茶叶', '义诊']);
  });

  it('reports a repeated project id with the row of the first, read from the columns', async () => {
    const csv =
      'id,name,organizationIds,targetRegions,domain,source\np-a1,项目一,fund-a,江苏省,教育,t\np-b2,项目二,fund-a,江苏省,教育,t\np-a1,项目三,fund-a,江苏省,教育,t\n';
    const { dataset, report } = await run([file('orgs.csv', ORGS), file('projects.csv', csv)]);
    expect(dataset.projects.map((p) => p.name)).toEqual(['项目一', '项目二']);
    expect(report.errors.map((e) => [e.code, e.row, e.message.includes('第 2 行')])).toEqual([['unique-error', 4, true]]);
  });
});

describe('ingest: a large CSV’s delimiter is guessed from its head', () => {
  it('reads a tab-separated file of over 1 M characters whose later rows hold commas, every row kept', async () => {
    const head = 'id\tname\torganizationIds\ttargetRegions\tdomain\tfundsInvestedWan\tsource\n';
    const rows = Array.from({ length: 30000 }, (_, i) => `p-${i}\t项目，第${i}号,甲,乙\tfund-a\t南京市\t教育\t${i % 50}\tt`);
    const text = head + rows.join('\n');
    expect(text.length).toBeGreaterThan(1 << 20);
    const r = await run([file('organizations.csv', ORGS), file('projects.tsv', text)]);
    const sheet = r.report.files.find((f) => f.file === 'projects.tsv')!;
    expect([sheet.rowsIn, sheet.rowsAccepted]).toEqual([30000, 30000]);
    expect(r.dataset.projects.find((p) => p.id === 'p-29999')?.name).toBe('项目，第29999号,甲,乙');
  });
});
