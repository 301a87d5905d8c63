import { describe, expect, it } from 'vitest';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';
import { RegionIndex } from '../../../src/lib/regions.ts';
import { buildSiteModel } from '../../../src/lib/site/model.ts';
import type { Dataset } from '../../../src/lib/ingest/pipeline.ts';
import { makeKeyCounty, makeOrganization, makeProject } from '../../fixtures/makeProjects.ts';

const regions = new RegionIndex(REGION_ROWS);
const dataset = (over: Partial<Dataset>): Dataset => ({
  sources: [],
  organizations: [],
  projects: [],
  keyCounties: [],
  campaigns: [],
  regionStats: [],
  regionAliases: [],
  brands: [],
  exemplary: [],
  ...over,
});

describe('buildSiteModel', () => {
  const data = dataset({
    organizations: [makeOrganization({ id: 'o1' }), makeOrganization({ id: 'o2' })],
    projects: [
      makeProject({ id: 'p1', organizationIds: ['o1', 'o2'], targetRegions: ['623023'] }),
      makeProject({ id: 'p2', organizationIds: ['o2'], targetRegions: ['540000'] }),
    ],
    keyCounties: [makeKeyCounty({ code: '623021', name: '临潭县' })],
  });
  const m = buildSiteModel(data, regions);

  it('gives every province, target region, key county and their ancestors a page', () => {
    const provinces = REGION_ROWS.filter((r) => r[2] === 'province').map((r) => r[0]);
    expect([...m.regionEntries.keys()].filter((c) => !provinces.includes(c))).toEqual(['623000', '623021', '623023']);
    expect(provinces.every((c) => m.regionEntries.has(c))).toBe(true);
    // a province with nothing in it has a page with no projects and no children
    expect(m.regionEntries.get('320000')).toMatchObject({ projects: [], children: [], parent: null });
  });

  it('links regions to their parents and children', () => {
    expect(m.regionEntries.get('623023')!.parent).toBe('623000');
    expect(m.regionEntries.get('620000')!.children).toEqual(['623000']);
    expect(m.regionEntries.get('623000')!.children).toEqual(['623021', '623023']);
  });

  it('lists projects inside a region, and those aimed at it directly', () => {
    expect(m.regionEntries.get('620000')!.projects.map((p) => p.id)).toEqual(['p1']);
    expect(m.regionEntries.get('620000')!.direct).toEqual([]);
    expect(m.regionEntries.get('623021')!.keyCounty?.name).toBe('临潭县');
    expect(m.regionEntries.get('623021')!.projects).toEqual([]);
  });

  it('lists a co-funded project under each organization', () => {
    expect(m.projectsByOrg.get('o1')!.map((p) => p.id)).toEqual(['p1']);
    expect(m.projectsByOrg.get('o2')!.map((p) => p.id)).toEqual(['p1', 'p2']);
  });
});

describe('buildSiteModel groups projects by region in one pass', () => {
  it('gives each region exactly the projects a scan per region would, in data order, each once', async () => {
    const { mulberry32, pick } = await import('../../fixtures/random.ts');
    const rnd = mulberry32(7);
    // counties of two provinces, their prefectures and provinces, so that targets nest and repeat
    const codes = REGION_ROWS.filter((r) => r[0].startsWith('62') || r[0].startsWith('54')).map((r) => r[0]);
    const projects = Array.from({ length: 400 }, (_, i) =>
      makeProject({ id: `r${i}`, targetRegions: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(rnd, codes)) }),
    );
    const m = buildSiteModel(dataset({ projects }), regions);
    // the naive definition: a project is in a region when one of its targets is the region or lies inside it
    const inRegion = (code: string) =>
      projects.filter((p) => p.targetRegions.some((c) => c === code || regions.chain(c).some((r) => r.code === code)));
    expect(m.regionEntries.size).toBeGreaterThan(50);
    for (const [code, e] of m.regionEntries) {
      expect(e.projects.map((p) => p.id)).toEqual(inRegion(code).map((p) => p.id));
      expect(e.direct.map((p) => p.id)).toEqual(projects.filter((p) => p.targetRegions.includes(code)).map((p) => p.id));
    }
  });
});
