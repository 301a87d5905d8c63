import { describe, expect, it } from 'vitest';
import { campaignComparison, familyCases, familyProjects, relatedCases, type CaseKey } from '../../../src/lib/showcase/showcase.ts';
import { projectYears, campaignYears, computeEditionSnapshot } from '../../../src/lib/showcase/edition.ts';
import { yearChange } from '../../../src/lib/showcase/editionText.ts';
import type { EditionSnapshot } from '../../../src/lib/schema/edition.ts';
import { makeKeyCounty, makeProject } from '../../fixtures/makeProjects.ts';
import type { Campaign } from '../../../src/lib/schema/campaign.ts';
import type { Brand } from '../../../src/lib/schema/brand.ts';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';
import { RegionIndex } from '../../../src/lib/regions.ts';

const regions = new RegionIndex(REGION_ROWS);
const campaign = (over: Partial<Campaign>): Campaign => ({
  id: 'c1',
  name: '测试行动',
  kind: 'campaign',
  theme: null,
  organizers: ['某厅'],
  periodStart: '2018-03',
  periodEnd: '2021',
  regions: [],
  reported: [],
  source: 'fixture',
  inferred: [],
  ...over,
});
const key = (slug: string, over: Partial<CaseKey> = {}): CaseKey => ({
  slug,
  organization: 'o0',
  partners: [],
  places: ['110101'],
  domains: ['industry'],
  brand: null,
  campaign: null,
  publishedAt: new Date('2026-01-01'),
  ...over,
});

describe('projectYears', () => {
  const byId = new Map([
    ['c1', campaign({})],
    ['c2', campaign({ id: 'c2', periodStart: '2022', periodEnd: null })],
  ]);
  it.each([
    { what: 'its own year wins', p: { year: 2020, periodStart: '2018', periodEnd: '2024', campaignId: 'c1' }, want: [2020] },
    {
      what: 'its period, start to end',
      p: { year: null, periodStart: '2022-06', periodEnd: '2024', campaignId: 'c1' },
      want: [2022, 2023, 2024],
    },
    {
      what: 'an open period counts its start year only',
      p: { year: null, periodStart: '2010', periodEnd: null, campaignId: null },
      want: [2010],
    },
    {
      what: 'else its campaign’s years',
      p: { year: null, periodStart: null, periodEnd: null, campaignId: 'c1' },
      want: [2018, 2019, 2020, 2021],
    },
    {
      what: 'a campaign without end: its start year',
      p: { year: null, periodStart: null, periodEnd: null, campaignId: 'c2' },
      want: [2022],
    },
    { what: 'nothing known: in no edition', p: { year: null, periodStart: null, periodEnd: null, campaignId: null }, want: [] },
  ])('$what', ({ p, want }) => {
    expect(projectYears(p, byId)).toEqual(want);
  });
  it('campaign without start is in no year', () => expect(campaignYears({ periodStart: null, periodEnd: '2021' })).toEqual([]));
});

describe('computeEditionSnapshot', () => {
  const data = {
    sources: [],
    organizations: [],
    keyCounties: [makeKeyCounty({ code: '623023', name: '舟曲县' })],
    regionStats: [],
    regionAliases: [],
    brands: [],
    exemplary: [],
    campaigns: [
      campaign({
        reported: [
          {
            metric: 'projects',
            value: 5367,
            beneficiaryUnit: null,
            approximate: false,
            qualifier: null,
            text: '5367个',
            scope: null,
            compare: true,
          },
        ],
      }),
    ],
    projects: [
      makeProject({ id: 'a', year: 2021, targetRegions: ['623023'], fundsInvestedWan: 10, fundsPledgedWan: null }),
      makeProject({ id: 'b', year: null, campaignId: 'c1', targetRegions: ['130624'], fundsInvestedWan: null, fundsPledgedWan: null }),
      makeProject({ id: 'c', year: 2022, targetRegions: ['130624'], fundsInvestedWan: 99, fundsPledgedWan: null }),
      makeProject({ id: 'd', year: null, periodStart: null, periodEnd: null, campaignId: null, targetRegions: ['130624'] }),
    ],
  };
  const s = computeEditionSnapshot(data, regions, 2021, { frozenAt: '2026-11-25', dataAsOf: 'x', generatedBy: 'test' });
  it('counts the year’s projects, unknown funds apart, and reached key counties', () => {
    expect(s.projects.map((p) => p.id)).toEqual(['a', 'b']);
    expect(s.figures.fundsInvestedWan).toEqual({ sum: 10, known: 1, approximate: 0 });
    expect(s.figures.keyCountiesReached).toBe(1);
    expect(s.figures.provinces).toBe(2);
    expect(s.campaigns.map((c) => c.reported[0]!.text)).toEqual(['5367个']);
    expect(s.projectsWithoutYear).toBe(1);
  });
  it('sums only amounts dated to the year: a project listed by its campaign or a multi-year period is listed, its amounts apart', () => {
    const listed = computeEditionSnapshot(
      {
        ...data,
        projects: [
          makeProject({ id: 'dated', year: 2022, fundsPledgedWan: 20, targetRegions: ['623023'] }),
          makeProject({
            id: 'plan',
            year: null,
            periodStart: '2022',
            periodEnd: '2024',
            fundsPledgedWan: 3000,
            fundsInvestedWan: 500,
            fundsInvestedApprox: true,
          }),
          makeProject({ id: 'campaign', year: null, campaignId: 'c1', fundsInvestedWan: 10500 }),
        ],
        campaigns: [campaign({ periodStart: '2022', periodEnd: null })],
      },
      regions,
      2022,
      { frozenAt: '2026-12-06', dataAsOf: 'x', generatedBy: 'test' },
    );
    expect(listed.projects.map((p) => [p.id, p.counted, p.basis])).toEqual([
      ['dated', true, '2022 年度'],
      ['plan', false, '2022—2024 整个期间'],
      ['campaign', false, '来源未注明年度'],
    ]);
    expect(listed.figures.fundsPledgedWan).toEqual({ sum: 20, known: 1, approximate: 0 });
    expect(listed.figures.fundsInvestedWan.known).toBe(0);
    expect(listed.figures.projects).toBe(3);
    expect(listed.amountsNotCounted).toBe(2);
    // the plan is not counted again in the later years it spans
    const y2023 = computeEditionSnapshot(
      { ...data, projects: [makeProject({ id: 'plan', year: null, periodStart: '2022', periodEnd: '2024', fundsPledgedWan: 3000 })] },
      regions,
      2023,
      {
        frozenAt: '2026-12-06',
        dataAsOf: 'x',
        generatedBy: 'test',
      },
    );
    expect(y2023.figures.fundsPledgedWan.known).toBe(0);
  });
});

describe('yearChange', () => {
  const none = { sum: 0, known: 0, approximate: 0 };
  const base: EditionSnapshot = {
    generatedBy: 'test',
    year: 2021,
    frozenAt: '2026-12-06',
    dataAsOf: 'x',
    figures: {
      organizations: 0,
      projects: 0,
      fundsPledgedWan: none,
      fundsInvestedWan: none,
      beneficiariesPerson: none,
      beneficiariesHousehold: none,
      keyCountiesReached: 0,
      provinces: 0,
      campaigns: 0,
    },
    byDomain: [],
    byProvince: [],
    projects: [],
    campaigns: [],
    amountsNotCounted: 0,
    projectsWithoutYear: 0,
  };
  const snap = (year: number, f: Partial<EditionSnapshot['figures']>): EditionSnapshot => ({
    ...base,
    year,
    figures: { ...base.figures, ...f },
  });
  const sum = (v: number, approximate = 0) => ({ sum: v, known: 1, approximate });
  it('gives a difference with its unit and the ratio between like bases', () => {
    expect(
      yearChange(snap(2022, { fundsInvestedWan: sum(500) }), snap(2021, { fundsInvestedWan: sum(14428) }), 'fundsInvestedWan'),
    ).toEqual({
      text: '-13,928 万元（-96.5%）',
      comparable: true,
    });
    expect(yearChange(snap(2022, { organizations: 5 }), snap(2021, { organizations: 0 }), 'organizations')).toEqual({
      text: '+5 家',
      comparable: true,
    });
  });
  it('says 不可比 and why for an unknown year or a sum with approximate figures', () => {
    const known0 = { sum: 0, known: 0, approximate: 0 };
    expect(yearChange(snap(2022, { fundsInvestedWan: known0 }), snap(2021, { fundsInvestedWan: sum(10) }), 'fundsInvestedWan')).toEqual({
      text: '不可比：2022 年度没有注明该年度的数',
      comparable: false,
    });
    expect(
      yearChange(snap(2022, { fundsInvestedWan: sum(500, 1) }), snap(2021, { fundsInvestedWan: sum(10) }), 'fundsInvestedWan').text,
    ).toBe('不可比：含约数（约、余、多等）');
  });
});

describe('relatedCases', () => {
  const cur = key('cur', { organization: 'o1', brand: 'b1', places: ['130624'], domains: ['industry'] });
  it.each([
    {
      what: 'same organization ranks first',
      all: [
        key('dom', { domains: ['industry'], places: ['650000'] }),
        key('org', { organization: 'o1', domains: ['health'], places: ['650000'] }),
      ],
      want: ['org', 'dom'],
    },
    { what: 'nothing shared: not related; never itself', all: [cur, key('none', { domains: ['health'], places: ['650000'] })], want: [] },
    { what: 'same province counts', all: [key('prov', { domains: ['health'], places: ['130723'] })], want: ['prov'] },
  ])('$what', ({ all, want }) => {
    expect(relatedCases(all, cur).map((c) => c.slug)).toEqual(want);
  });
});

describe('familyProjects', () => {
  const brands: Brand[] = [
    {
      id: 'b1',
      name: '品牌',
      family: 'governance',
      kind: 'care',
      organizationIds: [],
      description: null,
      launched: null,
      regions: [],
      source: 'x',
      inferred: [],
    },
  ];
  const ps = [
    makeProject({ id: 'i', domain: 'industry' }),
    makeProject({ id: 'e', domain: 'education' }),
    makeProject({ id: 'x', domain: 'other', brandId: 'b1' }),
    makeProject({ id: 'o', domain: 'other' }),
  ];
  it.each([
    { family: 'development' as const, want: ['i'] },
    { family: 'construction' as const, want: ['e'] },
    { family: 'governance' as const, want: ['x'] },
  ])('$family', ({ family, want }) => {
    expect(familyProjects(ps, brands, family).map((p) => p.id)).toEqual(want);
  });
});

describe('campaignComparison', () => {
  const c = campaign({
    reported: [
      {
        metric: 'projects',
        value: 100,
        beneficiaryUnit: null,
        approximate: false,
        qualifier: null,
        text: '100个',
        scope: null,
        compare: true,
      },
      {
        metric: 'fundsInvestedWan',
        value: 1000,
        beneficiaryUnit: null,
        approximate: true,
        qualifier: null,
        text: '约1000万元',
        scope: null,
        compare: true,
      },
      {
        metric: 'fundsInvolvedWan',
        value: 5000,
        beneficiaryUnit: null,
        approximate: false,
        qualifier: null,
        text: '5000万元',
        scope: null,
        compare: true,
      },
      {
        metric: 'beneficiaries',
        value: 9000,
        beneficiaryUnit: 'personTime',
        approximate: false,
        qualifier: null,
        text: '9000人次',
        scope: null,
        compare: true,
      },
    ],
  });
  const ps = [
    makeProject({
      id: 'a',
      campaignId: 'c1',
      fundsInvestedWan: 200,
      fundsInvestedApprox: false,
      beneficiaries: 50,
      beneficiaryUnit: 'person',
    }),
    makeProject({ id: 'b', campaignId: 'c1', fundsInvestedWan: null }),
    makeProject({ id: 'z', campaignId: null, fundsInvestedWan: 999 }),
  ];
  const rows = campaignComparison(c, ps, [], () => true);
  it('compares like with like, and says when it cannot', () => {
    expect(rows.map((r) => [r.metric, r.itemised?.value ?? null, r.gap, r.share])).toEqual([
      ['projects', 2, 98, 0.02],
      ['fundsInvestedWan', 200, 800, 0.2],
      ['fundsInvolvedWan', null, null, null],
      ['beneficiaries', null, null, null], // persons are not person-times
    ]);
    expect(rows[1]!.itemised).toEqual({ value: 200, known: 1, approximate: 0 });
  });
  it('does not compare a reported figure of other things (compare: false) with the records', () => {
    const other = campaign({ reported: [{ ...c.reported[1]!, compare: false, scope: '会员企业投入' }] });
    const [row] = campaignComparison(other, ps, [], () => true);
    expect([row!.itemised, row!.gap, row!.share]).toEqual([null, null, null]);
  });
});

describe('familyCases', () => {
  const brands: Brand[] = [
    {
      id: 'b1',
      name: '品牌',
      family: 'governance',
      kind: 'care',
      organizationIds: [],
      description: null,
      launched: null,
      regions: [],
      source: 'x',
      inferred: [],
    },
  ];
  const cases = [
    { id: 'ind', brand: null, domains: ['industry'] },
    { id: 'brand', brand: 'b1', domains: ['other'] },
    { id: 'none', brand: null, domains: ['other'] },
  ];
  it.each([
    { family: 'development' as const, want: ['ind'] },
    { family: 'governance' as const, want: ['brand'] },
    { family: 'construction' as const, want: [] },
  ])('$family', ({ family, want }) => {
    expect(familyCases(cases, brands, family).map((c) => c.id)).toEqual(want);
  });
});
