import { describe, expect, it } from 'vitest';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';
import { RegionIndex } from '../../../src/lib/regions.ts';
import {
  flowsBetweenProvinces,
  regionAt,
  rollup,
  sumByDomain,
  sumByOrgType,
  sumByRegion,
  sumByRegistrationLevel,
  sumByYear,
} from '../../../src/lib/aggregate/rollups.ts';
import { keyCountyCoverage } from '../../../src/lib/aggregate/coverage.ts';
import { makeKeyCounty, makeOrganization, makeProject } from '../../fixtures/makeProjects.ts';

const regions = new RegionIndex(REGION_ROWS);
const ZHOUQU = '623023';
const MAQU = '623025';
const GANNAN = '623000';
const GANSU = '620000';
const HUANGNAN = '632300';

describe('rollup', () => {
  it('returns no groups for no projects', () => {
    expect(rollup([], (p) => [p.domain])).toEqual([]);
  });

  it('counts a project once per group even when several of its keys fall in it', () => {
    const p = makeProject({ id: 'p1', targetRegions: [ZHOUQU, MAQU], fundsInvestedWan: 10 });
    const [g] = sumByRegion([p], regions, 'province');
    expect(g).toMatchObject({ key: GANSU, projectIds: ['p1'], shared: 0, fundsInvestedWan: { sum: 10, known: 1 } });
  });

  it('counts a project in every group it falls in, and says it is shared', () => {
    const p = makeProject({ id: 'p1', targetRegions: [ZHOUQU, HUANGNAN], fundsInvestedWan: 10 });
    const groups = sumByRegion([p], regions, 'province');
    expect(groups.map((g) => [g.key, g.projectIds.length, g.shared, g.fundsInvestedWan.sum])).toEqual([
      ['620000', 1, 1, 10],
      ['630000', 1, 1, 10],
    ]);
  });

  it('leaves unknown amounts out of sums and counts only the known ones', () => {
    const ps = [
      makeProject({ domain: 'education', fundsInvestedWan: null }),
      makeProject({ domain: 'education', fundsInvestedWan: 5, fundsInvestedApprox: true }),
    ];
    const [g] = sumByDomain(ps);
    expect(g!.fundsInvestedWan).toEqual({ sum: 5, known: 1, approximate: 1 });
    expect(g!.fundsPledgedWan).toEqual({ sum: 0, known: 0, approximate: 0 });
  });

  it('keeps beneficiaries per unit', () => {
    const ps = [
      makeProject({ beneficiaries: 100, beneficiaryUnit: 'person' }),
      makeProject({ beneficiaries: 30, beneficiaryUnit: 'household' }),
      makeProject({ beneficiaries: 7, beneficiaryUnit: null }),
    ];
    const [g] = sumByDomain(ps);
    expect([g!.beneficiaries.person.sum, g!.beneficiaries.household.sum, g!.beneficiaries.personTime.known]).toEqual([100, 30, 0]);
  });
});

describe('sumByYear', () => {
  it('orders years ascending with unknown last', () => {
    const ps = [makeProject({ year: null }), makeProject({ year: 2022 }), makeProject({ year: 2021 }), makeProject({ year: 2022 })];
    expect(sumByYear(ps).map((g) => [g.key, g.projectIds.length])).toEqual([
      [2021, 1],
      [2022, 2],
      [null, 1],
    ]);
  });
});

describe('sumByRegion', () => {
  it.each([
    { level: 'province' as const, expected: [GANSU] },
    { level: 'prefecture' as const, expected: [GANNAN] },
    { level: 'county' as const, expected: [ZHOUQU] },
  ])('a county project at $level level', ({ level, expected }) => {
    expect(sumByRegion([makeProject({ targetRegions: [ZHOUQU] })], regions, level).map((g) => g.key)).toEqual(expected);
  });

  it('does not impute a province-wide project to its counties', () => {
    const p = makeProject({ targetRegions: [GANSU] });
    expect(sumByRegion([p], regions, 'county')).toEqual([]);
    expect(sumByRegion([p], regions, 'province').map((g) => g.key)).toEqual([GANSU]);
  });

  it('regionAt skips the 市辖区/县 pseudo-level of municipalities', () => {
    expect(regionAt(regions, '500238', 'prefecture')).toBeNull();
    expect(regionAt(regions, '500238', 'province')).toBe('500000');
  });
});

describe('by organization', () => {
  const orgs = new Map(
    [
      makeOrganization({ id: 'f1', type: 'foundation', registrationLevel: 'provincial', homeRegion: '120000' }),
      makeOrganization({ id: 'f2', type: 'foundation', registrationLevel: 'national', homeRegion: '110105' }),
      makeOrganization({ id: 'a1', type: 'association', registrationLevel: null, homeRegion: null }),
    ].map((o) => [o.id, o]),
  );

  it('counts a co-funded project once per type', () => {
    const p = makeProject({ id: 'p', organizationIds: ['f1', 'f2', 'a1'], fundsInvestedWan: 9 });
    expect(sumByOrgType([p], orgs).map((g) => [g.key, g.projectIds.length, g.fundsInvestedWan.sum])).toEqual([
      ['association', 1, 9],
      ['foundation', 1, 9],
    ]);
  });

  it('puts unknown levels under null', () => {
    const p = makeProject({ organizationIds: ['a1'] });
    expect(sumByRegistrationLevel([p], orgs).map((g) => g.key)).toEqual([null]);
  });

  it('flows from home province to target province, once per pair', () => {
    const ps = [
      makeProject({ id: 'tj', organizationIds: ['f1'], targetRegions: [ZHOUQU, MAQU], fundsInvestedWan: 26.5 }),
      makeProject({ id: 'bj-tj', organizationIds: ['f1', 'f2'], targetRegions: [HUANGNAN] }),
      makeProject({ id: 'nohome', organizationIds: ['a1'], targetRegions: [ZHOUQU] }),
    ];
    const { flows, unknownSource } = flowsBetweenProvinces(ps, orgs, regions);
    expect(unknownSource).toBe(1);
    expect(flows.map((f) => [f.from, f.to, f.projectIds, f.fundsInvestedWan.sum])).toEqual([
      ['110000', '630000', ['bj-tj'], 0],
      ['120000', '620000', ['tj'], 26.5],
      ['120000', '630000', ['bj-tj'], 0],
    ]);
  });
});

describe('keyCountyCoverage', () => {
  const kcs = [
    makeKeyCounty({ code: ZHOUQU, name: '舟曲县', province: '甘肃省' }),
    makeKeyCounty({ code: '623021', name: '临潭县', province: '甘肃省' }),
    makeKeyCounty({ code: '500238', name: '巫溪县', province: '重庆市' }),
  ];
  it('lists every listed county by province, reached or not, and who reaches it', () => {
    const ps = [
      makeProject({ id: 'p1', organizationIds: ['o1', 'o2'], targetRegions: [ZHOUQU, ZHOUQU] }),
      makeProject({ id: 'p2', organizationIds: ['o2'], targetRegions: [ZHOUQU] }),
      makeProject({ id: 'p3', targetRegions: [GANSU] }),
    ];
    const cov = keyCountyCoverage(ps, kcs);
    expect(cov.map((c) => [c.code, c.counties.length, c.paired])).toEqual([
      ['500000', 1, 0],
      ['620000', 2, 1],
    ]);
    const zq = cov[1]!.counties.find((c) => c.county.code === ZHOUQU)!;
    expect(zq.projectIds).toEqual(['p1', 'p2']);
    expect(zq.organizationIds).toEqual(['o1', 'o2']);
  });

  it('is empty without listed counties', () => {
    expect(keyCountyCoverage([makeProject()], [])).toEqual([]);
  });
});
