import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  approxTarget,
  csvColumns,
  csvHeader,
  entityCsv,
  entityRows,
  fieldCell,
  OPEN_ENTITIES,
  renderContext,
  type RenderContext,
} from '../../../src/lib/opendata/entities.ts';
import { describeField, describeSchema } from '../../../src/lib/opendata/fields.ts';
import { projectSchema } from '../../../src/lib/schema/project.ts';
import { organizationSchema } from '../../../src/lib/schema/organization.ts';
import { keyCountySchema } from '../../../src/lib/schema/keyCounty.ts';
import type { Dataset } from '../../../src/lib/ingest/pipeline.ts';
import { makeOrganization, makeProject } from '../../fixtures/makeProjects.ts';
import { fixtureDataset } from './fixture.ts';

const ctx: RenderContext = {
  regionPath: (code) => (code === '623023' ? '甘肃省/甘南藏族自治州/舟曲县' : `路径${code}`),
  orgName: (id) => (id === 'org-a' ? '甲基金会' : null),
};
const entity = (name: string) => OPEN_ENTITIES.find((e) => e.entity === name)!;
const parse = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

describe('OPEN_ENTITIES', () => {
  it('publishes every table of the dataset, so a new table cannot be left out', async () => {
    const { dataset } = await fixtureDataset();
    const published = new Set(OPEN_ENTITIES.map((e) => e.json));
    expect(Object.keys(dataset).filter((k) => !published.has(k as keyof Dataset))).toEqual([]);
  });

  it('has one file name per entity', () => {
    const names = OPEN_ENTITIES.map((e) => e.entity);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z][a-z-]*$/u);
  });
});

describe('csvHeader', () => {
  it.each([
    { label: '项目名称', unit: null, key: 'name', expected: '项目名称（name）' },
    { label: '认领/计划资金', unit: '万元', key: 'fundsPledgedWan', expected: '认领/计划资金（万元）（fundsPledgedWan）' },
  ])('$expected', ({ label, unit, key, expected }) => {
    expect(csvHeader(label, unit, key)).toBe(expected);
  });
});

describe('approxTarget', () => {
  const fields = describeSchema(projectSchema);
  it.each([
    { flag: 'fundsPledgedApprox', target: 'fundsPledgedWan' },
    { flag: 'fundsInvestedApprox', target: 'fundsInvestedWan' },
    { flag: 'beneficiariesApprox', target: 'beneficiaries' },
    { flag: 'domain', target: null },
  ])('$flag → $target', ({ flag, target }) => {
    expect(approxTarget(fields.find((f) => f.key === flag)!, fields)?.key ?? null).toBe(target);
  });
});

describe('csvColumns', () => {
  it('projects: schema order, each qualifier in a column after its figure, organization names after the ids', () => {
    const cols = csvColumns(entity('projects'));
    const keys = cols.map((c) => c.key);
    expect(keys.slice(0, 5)).toEqual(['id', 'code', 'name', 'organizationIds', 'organizationNames']);
    expect(keys).not.toContain('fundsPledgedApprox');
    expect(keys).not.toContain('beneficiariesApprox');
    expect(cols.find((c) => c.key === 'fundsInvestedWan')).toMatchObject({
      header: '投入/拨付资金（万元）（fundsInvestedWan）',
      approxKey: 'fundsInvestedApprox',
    });
    // every schema field but the approximate flags (which say no more than the qualifiers) has a column
    expect(keys.filter((k) => k !== 'organizationNames')).toEqual(Object.keys(projectSchema.shape).filter((k) => !k.endsWith('Approx')));
    expect(keys.slice(keys.indexOf('fundsInvestedWan'), keys.indexOf('fundsInvestedWan') + 2)).toEqual([
      'fundsInvestedWan',
      'fundsInvestedQualifier',
    ]);
  });

  it('projects: writes labels, region names, 约, 是/否 and empty cells for unknown', () => {
    const cols = csvColumns(entity('projects'));
    const p = makeProject({
      id: 'p1',
      organizationIds: ['org-a', 'org-x'],
      targetRegions: ['623023', '632300'],
      domain: 'health',
      fundsPledgedWan: 20,
      fundsPledgedApprox: true,
      fundsInvestedWan: 0,
      beneficiaries: 800,
      beneficiariesApprox: true,
      beneficiariesQualifier: '余',
      beneficiaryUnit: 'household',
      status: 'planned',
    });
    const cell = (k: string) => cols.find((c) => c.key === k)!.value(p as unknown as Record<string, unknown>, ctx);
    expect(cell('organizationIds')).toBe('org-a;org-x');
    expect(cell('organizationNames')).toBe('甲基金会;org-x');
    expect(cell('targetRegions')).toBe('甘肃省/甘南藏族自治州/舟曲县;路径632300');
    expect(cell('domain')).toBe('健康');
    expect(cell('status')).toBe('计划/已认领');
    expect(cell('fundsPledgedWan')).toBe('约20'); // approximate with no qualifier kept: 约 in the cell
    expect(cell('fundsPledgedQualifier')).toBeNull();
    expect(cell('fundsInvestedWan')).toBe(0); // a known zero stays 0
    expect(cell('beneficiaries')).toBe(800); // a number a spreadsheet can add up …
    expect(cell('beneficiariesQualifier')).toBe('余'); // … and the source's qualifier beside it
    expect(cell('staffDeployed')).toBeNull(); // unknown is empty, not 0
    expect(cell('beneficiaryUnit')).toBe('户');
    expect(cell('village')).toBeNull();
  });

  it('keeps codes in columns whose label says 代码', () => {
    const f = describeField('code', keyCountySchema.shape.code);
    expect(fieldCell(f, '623023', ctx)).toBe('623023');
    const home = describeField('homeRegion', organizationSchema.shape.homeRegion);
    expect(fieldCell(home, '623023', ctx)).toBe('甘肃省/甘南藏族自治州/舟曲县');
  });

  it('refuses to write a list of sub-records into a cell', () => {
    const reported = describeSchema(entity('campaigns').schema).find((f) => f.key === 'reported')!;
    expect(() => fieldCell(reported, [], ctx)).toThrow(/子记录/u);
    expect(csvColumns(entity('campaigns')).map((c) => c.key)).not.toContain('reported');
  });
});

describe('entityCsv', () => {
  it('writes untrusted names as text and defuses formulas', () => {
    const orgs = [
      makeOrganization({ id: 'o1', name: '<img src=x onerror=alert(1)>基金会', type: 'foundation', isCharity: true }),
      makeOrganization({ id: 'o2', name: '@SUM(1+1)*cmd', source: '-2+3' }),
    ];
    const rows = parse(entityCsv(entity('organizations'), orgs, ctx));
    const col = (k: string) => csvColumns(entity('organizations')).findIndex((c) => c.key === k);
    expect(rows[1]![col('name')]).toBe('<img src=x onerror=alert(1)>基金会');
    expect(rows[1]![col('type')]).toBe('基金会');
    expect(rows[1]![col('isCharity')]).toBe('是');
    expect(rows[1]![col('isIndustryAssociation')]).toBe('');
    expect(rows[2]![col('name')]).toBe("'@SUM(1+1)*cmd");
    expect(rows[2]![col('source')]).toBe("'-2+3");
  });

  it('writes the campaign reported totals as a long table, one row per total, with the unit', async () => {
    const { dataset, regions } = await fixtureDataset();
    const e = entity('campaign-reported-totals');
    const rows = parse(entityCsv(e, entityRows(e, dataset), renderContext(dataset.organizations, regions)));
    expect(rows[0]).toEqual([
      '行动标识（campaignId）',
      '指标（metric）',
      '数值（value）',
      '单位（unit）',
      '受益单位（beneficiaryUnit）',
      '约数（approximate）',
      '限定词（qualifier）',
      '原文（text）',
      '口径（scope）',
      '与逐项记录比较（compare）',
    ]);
    // the qualifier as the source writes it: 约 before the number, 多 after it
    expect(rows.slice(1)).toEqual([
      ['test-campaign', '涉及资金（未区分计划与投入）', '218800', '万元', '', '是', '约', '约21.88亿元', '涉及资金', '是'],
      ['test-campaign', '受益人数', '2800000', '人次', '人次', '是', '多', '280多万人次', '', '是'],
    ]);
  });
});
