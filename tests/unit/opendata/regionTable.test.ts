import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import readXlsx from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';
import { RegionIndex } from '../../../src/lib/regions.ts';
import { computeTotals } from '../../../src/lib/aggregate/totals.ts';
import { checkPaths } from '../../../src/io/dataSource.ts';
import {
  flatHeader,
  REGION_TABLE_COLUMNS,
  REGION_TABLE_NOTES,
  regionTable,
  regionTableCsv,
  regionTableSheet,
  type RegionTableRow,
} from '../../../src/lib/opendata/regionTable.ts';
import { xlsxBytes } from '../../../src/lib/opendata/xlsx.ts';
import { makeOrganization, makeProject } from '../../fixtures/makeProjects.ts';
import { mulberry32, pick } from '../../fixtures/random.ts';

const regionRows = REGION_ROWS;
const regions = new RegionIndex(regionRows);
const ZHOUQU = '623023';
const MAQU = '623025';
const GANNAN = '623000';
const GANSU = '620000';
const HUANGNAN = '632300';
const WUXI = '500238'; // 重庆市巫溪县: a county directly under the municipality

const row = (rows: RegionTableRow[], code: string | null) => rows.find((r) => r.code === code)!;
const fa = makeOrganization({ id: 'fa', type: 'foundation' });
const sb = makeOrganization({ id: 'sb', type: 'association' });
const ux = makeOrganization({ id: 'ux', type: null });

describe('regionTable', () => {
  it('is just a 合计 row of zeros and unknowns for no projects', () => {
    const [total, ...rest] = regionTable([], [], regions);
    expect(rest).toEqual([]);
    expect(total).toMatchObject({
      code: null,
      name: '合计',
      level: null,
      projects: 0,
      organizations: 0,
      fundsInvestedWan: { sum: 0, known: 0 },
    });
    // unknown is not zero: a sum nobody gave is an empty cell
    const cells = REGION_TABLE_COLUMNS.map((c) => c.value(total!));
    expect(cells[REGION_TABLE_COLUMNS.findIndex((c) => c.key === 'fundsInvestedWan')]).toBeNull();
    expect(cells[REGION_TABLE_COLUMNS.findIndex((c) => c.key === 'fundsInvestedWanKnown')]).toBe(0);
  });

  it('lists each region under its parent, provinces by code, 合计 first', () => {
    const rows = regionTable(
      [makeProject({ targetRegions: [HUANGNAN] }), makeProject({ targetRegions: [ZHOUQU] }), makeProject({ targetRegions: [WUXI] })],
      [fa],
      regions,
    );
    expect(rows.map((r) => [r.code, r.level, r.depth])).toEqual([
      [null, null, 0],
      ['500000', 'province', 0],
      [WUXI, 'county', 1],
      [GANSU, 'province', 0],
      [GANNAN, 'prefecture', 1],
      [ZHOUQU, 'county', 2],
      ['630000', 'province', 0],
      [HUANGNAN, 'prefecture', 1],
    ]);
    expect(row(rows, ZHOUQU).path).toBe('甘肃省/甘南藏族自治州/舟曲县');
  });

  it('counts a project once in a region however many of its targets lie there, and marks projects shared at a level', () => {
    const p = makeProject({ targetRegions: [ZHOUQU, MAQU], fundsInvestedWan: 10, organizationIds: ['fa'] });
    const rows = regionTable([p], [fa], regions);
    expect(row(rows, GANNAN)).toMatchObject({ projects: 1, shared: 0, fundsInvestedWan: { sum: 10, known: 1 } });
    expect(row(rows, ZHOUQU)).toMatchObject({ projects: 1, shared: 1, fundsInvestedWan: { sum: 10, known: 1 } });
    expect(row(rows, MAQU)).toMatchObject({ projects: 1, shared: 1 });
    // funds are not split: the counties add up to more than 合计, and say so
    expect(row(rows, null)).toMatchObject({ projects: 1, shared: 0, fundsInvestedWan: { sum: 10, known: 1 } });
  });

  it('imputes nothing downwards: a province-wide project counts for the province only', () => {
    const rows = regionTable([makeProject({ targetRegions: [GANSU] }), makeProject({ targetRegions: [ZHOUQU] })], [], regions);
    expect(row(rows, GANSU).projects).toBe(2);
    expect(row(rows, GANNAN).projects).toBe(1);
  });

  it('counts a co-funded project once, and each of its organizations once, by type', () => {
    const ps = [
      makeProject({ organizationIds: ['fa', 'sb'], targetRegions: [ZHOUQU] }),
      makeProject({ organizationIds: ['fa', 'ux'], targetRegions: [ZHOUQU] }),
    ];
    const z = row(regionTable(ps, [fa, sb, ux], regions), ZHOUQU);
    expect(z.projects).toBe(2);
    expect(z.organizations).toBe(3);
    expect(z.organizationsByType).toEqual({ association: 1, foundation: 1, serviceInstitution: 0, unknown: 1 });
  });

  it('keeps pledged and invested apart, unknown out of sums, beneficiaries per unit, approximate counted', () => {
    const ps = [
      makeProject({
        targetRegions: [ZHOUQU],
        fundsPledgedWan: 100,
        fundsInvestedWan: null,
        beneficiaries: 40,
        beneficiaryUnit: 'household',
      }),
      makeProject({
        targetRegions: [ZHOUQU],
        fundsPledgedWan: null,
        fundsInvestedWan: 30,
        fundsInvestedApprox: true,
        beneficiaries: 500,
        beneficiaryUnit: 'personTime',
        beneficiariesApprox: true,
      }),
      makeProject({ targetRegions: [ZHOUQU], staffDeployed: 3 }),
    ];
    const z = row(regionTable(ps, [], regions), ZHOUQU);
    expect(z.fundsPledgedWan).toEqual({ sum: 100, known: 1, approximate: 0 });
    expect(z.fundsInvestedWan).toEqual({ sum: 30, known: 1, approximate: 1 });
    expect(z.staffDeployed).toEqual({ sum: 3, known: 1, approximate: 0 });
    expect(z.beneficiaries).toEqual({
      person: { sum: 0, known: 0, approximate: 0 },
      personTime: { sum: 500, known: 1, approximate: 1 },
      household: { sum: 40, known: 1, approximate: 0 },
    });
    const cell = (k: string) => REGION_TABLE_COLUMNS.find((c) => c.key === k)!.value(z);
    expect([cell('beneficiaries_person'), cell('beneficiaries_personTime'), cell('beneficiaries_household')]).toEqual([null, 500, 40]);
  });

  it.each([1, 2, 3, 4, 5, 6])('合计 equals computeTotals (random projects, seed %i)', (seed) => {
    const rnd = mulberry32(seed);
    const codes = [ZHOUQU, MAQU, GANNAN, GANSU, HUANGNAN, WUXI, '130723', '540000'];
    const orgs = [fa, sb, ux];
    const amount = () => (rnd() < 0.3 ? null : Math.round(rnd() * 1e4) / 100);
    const ps = Array.from({ length: 1 + Math.floor(rnd() * 60) }, () =>
      makeProject({
        targetRegions: [...new Set([pick(rnd, codes), pick(rnd, codes)])],
        organizationIds: [...new Set([pick(rnd, orgs).id, pick(rnd, orgs).id])],
        fundsPledgedWan: amount(),
        fundsPledgedApprox: rnd() < 0.2,
        fundsInvestedWan: amount(),
        fundsInvestedApprox: rnd() < 0.2,
        staffDeployed: rnd() < 0.5 ? null : Math.floor(rnd() * 20),
        beneficiaries: rnd() < 0.4 ? null : Math.floor(rnd() * 1000),
        beneficiaryUnit: pick(rnd, ['person', 'personTime', 'household', null] as const),
      }),
    );
    const t = computeTotals({ organizations: orgs, projects: ps });
    const total = regionTable(ps, orgs, regions)[0]!;
    expect(total.projects).toBe(t.projects);
    expect(total.fundsPledgedWan).toEqual(t.fundsPledgedWan);
    expect(total.fundsInvestedWan).toEqual(t.fundsInvestedWan);
    expect(total.staffDeployed).toEqual(t.staffDeployed);
    expect(total.beneficiaries).toEqual(t.beneficiaries);
  });

  it('合计 equals computeTotals on the bundled dataset', async () => {
    const { dataset, report } = await checkPaths([fileURLToPath(new URL('../../../data/', import.meta.url))]);
    expect(report.errors).toEqual([]);
    const total = regionTable(dataset.projects, dataset.organizations, regions)[0]!;
    const { organizations: _all, ...t } = report.totals;
    expect({
      projects: total.projects,
      fundsPledgedWan: total.fundsPledgedWan,
      fundsInvestedWan: total.fundsInvestedWan,
      staffDeployed: total.staffDeployed,
      beneficiaries: total.beneficiaries,
    }).toEqual(t);
    // organizations: those named by at least one project
    expect(total.organizations).toBe(new Set(dataset.projects.flatMap((p) => p.organizationIds)).size);
  });
});

describe('regionTableCsv', () => {
  it('has one header row (group·label) and 合计 first, with empty cells for unknown', () => {
    const rows = regionTable([makeProject({ targetRegions: [ZHOUQU], fundsInvestedWan: 12.5 })], [], regions);
    const [header, total, ...rest] = Papa.parse<string[]>(regionTableCsv(rows).slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual(REGION_TABLE_COLUMNS.map(flatHeader));
    expect(header).toContain('投入/拨付资金（万元）·金额');
    const at = (r: string[], k: string) => r[REGION_TABLE_COLUMNS.findIndex((c) => c.key === k)];
    expect([
      at(total!, 'region'),
      at(total!, 'code'),
      at(total!, 'fundsInvestedWan'),
      at(total!, 'fundsPledgedWan'),
      at(total!, 'fundsPledgedWanKnown'),
    ]).toEqual(['合计', '', '12.5', '', '0']);
    expect(rest.map((r) => at(r, 'region'))).toEqual(['甘肃省', '甘肃省/甘南藏族自治州', '甘肃省/甘南藏族自治州/舟曲县']);
  });
});

describe('regionTableSheet → XLSX', () => {
  it('reads back with read-excel-file: title, two header rows, 合计, regions, notes; numbers as numbers, unknown empty', async () => {
    const rows = regionTable(
      [
        makeProject({ targetRegions: [ZHOUQU, MAQU], fundsInvestedWan: 12.5, organizationIds: ['fa'] }),
        makeProject({ targetRegions: [HUANGNAN], staffDeployed: 4, organizationIds: ['sb'] }),
      ],
      [fa, sb],
      regions,
    );
    const sheet = regionTableSheet(rows, {
      title: '测试统计表',
      dataAsOf: '2022 年',
      publisher: '测试单位',
      license: 'CC BY 4.0',
      generatedBy: 'tests',
    });
    const bytes = await xlsxBytes({ name: '按地区统计', rows: sheet, widths: REGION_TABLE_COLUMNS.map(() => 10), stickyRows: 4 });
    const [read] = await readXlsx(bytes.buffer);
    expect(read!.sheet).toBe('按地区统计');
    const data = read!.data;
    const col = (k: string) => REGION_TABLE_COLUMNS.findIndex((c) => c.key === k);
    expect(data[0]![0]).toBe('测试统计表');
    expect(String(data[1]![0])).toContain('数据截至：2022 年');
    // two header rows: a group over its columns, then the labels under it
    expect(data[2]![col('organizations')]).toBe('参与社会组织数（家）');
    expect(data[3]![col('organizations')]).toBe('合计');
    expect(data[3]![col('organizations_foundation')]).toBe('基金会');
    expect(data[2]![col('region')]).toBe('地区');
    const total = data[4]!;
    expect(total[col('region')]).toBe('合计');
    expect(total[col('projects')]).toBe(2);
    expect(total[col('fundsInvestedWan')]).toBe(12.5);
    expect(typeof total[col('fundsInvestedWan')]).toBe('number');
    expect(total[col('fundsPledgedWan')]).toBeNull(); // unknown, not 0
    expect(total[col('fundsPledgedWanKnown')]).toBe(0);
    expect(total[col('staffDeployed')]).toBe(4);
    const names = data.slice(5, 5 + rows.length - 1).map((r) => r[col('region')]);
    expect(names).toEqual(rows.slice(1).map((r) => r.name));
    expect(data.slice(5, 5 + rows.length - 1).map((r) => r[col('code')])).toEqual(rows.slice(1).map((r) => r.code));
    const notes = data
      .slice(5 + rows.length)
      .map((r) => r[0])
      .filter((v) => v !== null);
    expect(notes).toHaveLength(REGION_TABLE_NOTES.length);
    expect(String(notes[0])).toMatch(/^备注：1\. /u);
  });
});
