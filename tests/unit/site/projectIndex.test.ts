import { describe, expect, it } from 'vitest';
import { filterProjects, type ProjectListItem } from '../../../src/lib/site/projectIndex.ts';

const item = (o: Partial<ProjectListItem>): ProjectListItem => ({
  id: 'p',
  name: '项目',
  orgs: [],
  orgTypes: [],
  provinces: [],
  regions: [],
  domain: 'education',
  years: [],
  pairingKind: null,
  fundsInvestedWan: null,
  fundsInvestedApprox: false,
  fundsPledgedWan: null,
  fundsPledgedApprox: false,
  ...o,
});
const items = [
  item({ id: 'a', name: '乙', domain: 'health', provinces: ['540000'], orgTypes: ['foundation'], years: [2022], fundsInvestedWan: 10 }),
  item({
    id: 'b',
    name: '甲',
    domain: 'education',
    provinces: ['620000', '630000'],
    orgTypes: ['association', 'foundation'],
    years: [2021],
    pairingKind: 'eastWest',
    fundsPledgedWan: 30,
  }),
  item({ id: 'c', name: '丙', domain: 'health', provinces: ['650000'] }),
  item({
    id: 'd',
    name: '丁',
    domain: 'industry',
    years: [2021, 2022],
    fundsInvestedWan: 12,
    perYear: {
      2021: { fundsInvestedWan: 5, fundsInvestedApprox: false, fundsPledgedWan: null, fundsPledgedApprox: false },
      2022: { fundsInvestedWan: 7, fundsInvestedApprox: false, fundsPledgedWan: null, fundsPledgedApprox: false },
    },
  }),
];

describe('filterProjects', () => {
  it.each([
    { filter: {}, expected: ['a', 'b', 'c', 'd'] },
    { filter: { domain: 'health' }, expected: ['a', 'c'] },
    { filter: { province: '630000' }, expected: ['b'] },
    { filter: { orgType: 'foundation' }, expected: ['a', 'b'] },
    { filter: { year: '2022' }, expected: ['a', 'd'] },
    { filter: { year: '2021' }, expected: ['b', 'd'] },
    { filter: { pairingKind: 'eastWest' }, expected: ['b'] },
    { filter: { domain: 'health', province: '620000' }, expected: [] },
    { filter: { sort: 'funds-desc' as const }, expected: ['b', 'd', 'a', 'c'] },
    { filter: { sort: 'funds-asc' as const }, expected: ['a', 'd', 'b', 'c'] },
    // by year, a project of several years sorts and shows with that year's funds (7 < 10)
    { filter: { year: '2022', sort: 'funds-desc' as const }, expected: ['a', 'd'] },
  ])('$filter → $expected', ({ filter, expected }) => {
    expect(filterProjects(items, filter).map((i) => i.id)).toEqual(expected);
  });

  it('shows a project of several years with the chosen year’s funds', () => {
    expect(filterProjects(items, { year: '2021' }).find((i) => i.id === 'd')!.fundsInvestedWan).toBe(5);
    expect(filterProjects(items, {}).find((i) => i.id === 'd')!.fundsInvestedWan).toBe(12);
  });

  it('keeps unknown funds last in both directions (unknown is not zero)', () => {
    expect(filterProjects(items, { sort: 'funds-asc' }).at(-1)!.id).toBe('c');
    expect(filterProjects(items, { sort: 'funds-desc' }).at(-1)!.id).toBe('c');
  });
});
