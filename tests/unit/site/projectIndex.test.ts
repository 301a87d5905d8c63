import { describe, expect, it } from 'vitest';
import {
  filterProjects,
  mergeShards,
  projectListHref,
  regionPrefix,
  shardProjectIndex,
  shardsFor,
  type ProjectListIndex,
  type ProjectListItem,
} from '../../../src/lib/site/projectIndex.ts';

let position = 0;
const item = (o: Partial<ProjectListItem>): ProjectListItem => ({
  n: position++,
  id: 'p',
  name: '项目',
  orgs: [],
  orgTypes: [],
  provinces: [],
  regions: [],
  domain: 'education',
  years: [],
  pairingKind: null,
  brand: null,
  campaign: null,
  families: [],
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

describe('filters an entity page links to', () => {
  const list = [
    item({
      id: 'x',
      name: '舟曲助学',
      regions: [['623023', '舟曲县']],
      provinces: ['620000'],
      orgs: [['o1', '甲基金会']],
      brand: 'b1',
      families: ['development'],
    }),
    item({
      id: 'y',
      name: '拉萨义诊',
      regions: [['540100', '拉萨市']],
      provinces: ['540000'],
      orgs: [['o2', '乙协会']],
      campaign: 'c1',
      families: ['construction'],
    }),
    item({
      id: 'z',
      name: '甘肃全省',
      regions: [['620000', '甘肃省']],
      provinces: ['620000'],
      orgs: [
        ['o1', '甲基金会'],
        ['o2', '乙协会'],
      ],
    }),
  ];
  const ids = (f: Parameters<typeof filterProjects>[1]) => filterProjects(list, f).map((i) => i.id);
  it('region: the region itself and everything inside it', () => {
    expect([regionPrefix('620000'), regionPrefix('623000'), regionPrefix('623023')]).toEqual(['62', '6230', '623023']);
    expect(ids({ region: '620000' })).toEqual(['x', 'z']);
    expect(ids({ region: '623000' })).toEqual(['x']);
    expect(ids({ region: '540000' })).toEqual(['y']);
  });
  it('organization, brand, family, campaign and a name or organization word', () => {
    expect(ids({ org: 'o1' })).toEqual(['x', 'z']);
    expect(ids({ brand: 'b1' })).toEqual(['x']);
    expect(ids({ family: 'construction' })).toEqual(['y']);
    expect(ids({ campaign: 'c1' })).toEqual(['y']);
    expect(ids({ q: '助学' })).toEqual(['x']);
    expect(ids({ q: '乙协会' })).toEqual(['y', 'z']);
    expect(ids({ q: '  ' })).toEqual(['x', 'y', 'z']);
  });
  it('writes the filter into the list URL', () => {
    expect(projectListHref('/', { org: 'o1' })).toBe('/projects/?org=o1');
    expect(projectListHref('/base/', { region: '620000', q: '' })).toBe('/base/projects/?region=620000');
    expect(projectListHref('/', {})).toBe('/projects/');
  });
});

describe('shards by province', () => {
  const index: ProjectListIndex = {
    $generated: 'test',
    items: [
      item({ id: 'a', provinces: ['540000'] }),
      item({ id: 'b', provinces: ['620000', '630000'] }),
      item({ id: 'c', provinces: ['620000'] }),
    ],
    options: { domain: [], province: [], orgType: [], year: [], pairingKind: [] },
    labels: { region: {}, brand: {}, family: {}, campaign: {} },
  };
  const { manifest, shards } = shardProjectIndex(index);
  it('puts a project in the shard of each province it reaches, and lists the shards with their counts', () => {
    expect(manifest.total).toBe(3);
    expect(manifest.shards).toEqual([
      { province: '540000', file: '540000.json', count: 1 },
      { province: '620000', file: '620000.json', count: 2 },
      { province: '630000', file: '630000.json', count: 1 },
    ]);
    expect(shards.get('620000')!.map((i) => i.id)).toEqual(['b', 'c']);
  });
  it('loads one shard for a province or a region inside it, all otherwise, and merges them with each project once', () => {
    expect(shardsFor(manifest, { province: '620000' }).map((s) => s.province)).toEqual(['620000']);
    expect(shardsFor(manifest, { region: '623023' }).map((s) => s.province)).toEqual(['620000']);
    expect(shardsFor(manifest, { org: 'o1' })).toHaveLength(3);
    const all = mergeShards([...manifest.shards].reverse().map((s) => shards.get(s.province)!));
    expect(all.map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });
});
