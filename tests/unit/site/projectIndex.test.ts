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
  year: null,
  pairingKind: null,
  fundsInvestedWan: null,
  fundsInvestedApprox: false,
  fundsPledgedWan: null,
  fundsPledgedApprox: false,
  ...o,
});
const items = [
  item({ id: 'a', name: '乙', domain: 'health', provinces: ['540000'], orgTypes: ['foundation'], year: 2022, fundsInvestedWan: 10 }),
  item({
    id: 'b',
    name: '甲',
    domain: 'education',
    provinces: ['620000', '630000'],
    orgTypes: ['association', 'foundation'],
    year: 2021,
    pairingKind: 'eastWest',
    fundsPledgedWan: 30,
  }),
  item({ id: 'c', name: '丙', domain: 'health', provinces: ['650000'], year: null }),
];

describe('filterProjects', () => {
  it.each([
    { filter: {}, expected: ['a', 'b', 'c'] },
    { filter: { domain: 'health' }, expected: ['a', 'c'] },
    { filter: { province: '630000' }, expected: ['b'] },
    { filter: { orgType: 'foundation' }, expected: ['a', 'b'] },
    { filter: { year: '2022' }, expected: ['a'] },
    { filter: { pairingKind: 'eastWest' }, expected: ['b'] },
    { filter: { domain: 'health', province: '620000' }, expected: [] },
    { filter: { sort: 'funds-desc' as const }, expected: ['b', 'a', 'c'] },
    { filter: { sort: 'funds-asc' as const }, expected: ['a', 'b', 'c'] },
  ])('$filter → $expected', ({ filter, expected }) => {
    expect(filterProjects(items, filter).map((i) => i.id)).toEqual(expected);
  });

  it('keeps unknown funds last in both directions (unknown is not zero)', () => {
    expect(filterProjects(items, { sort: 'funds-asc' }).at(-1)!.id).toBe('c');
    expect(filterProjects(items, { sort: 'funds-desc' }).at(-1)!.id).toBe('c');
  });
});
