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

  it('gives every target region, key county and their ancestors a page', () => {
    expect([...m.regionEntries.keys()]).toEqual(['540000', '620000', '623000', '623021', '623023']);
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
