import { describe, expect, it } from 'vitest';
import { countPairedKeyCounties, pairedKeyCountyCodes } from '../../../src/lib/aggregate/coverage.ts';
import { keyCountySchema } from '../../../src/lib/schema/keyCounty.ts';
import type { Project } from '../../../src/lib/schema/project.ts';
import { makeKeyCounty, makeProject } from '../../fixtures/makeProjects.ts';

const ZHOUQU = makeKeyCounty();
const DONGXIANG = makeKeyCounty({ code: '622926', name: '东乡族自治县', prefecture: '临夏回族自治州' });
const WUXI = makeKeyCounty({ code: '500238', name: '巫溪县', prefecture: null, province: '重庆市' });
const KEY = [ZHOUQU, DONGXIANG, WUXI];

describe('fixtures', () => {
  it.each(KEY.map((k) => ({ k, code: k.code })))('key county $code is schema-valid', ({ k }) => {
    expect(keyCountySchema.safeParse(k).success).toBe(true);
  });
});

describe('pairedKeyCountyCodes / countPairedKeyCounties', () => {
  it.each<{ name: string; projects: Project[]; expected: string[] }>([
    { name: 'no projects', projects: [], expected: [] },
    { name: 'project at a listed county', projects: [makeProject({ targetRegions: ['623023'] })], expected: ['623023'] },
    { name: 'project at the province does not count a county', projects: [makeProject({ targetRegions: ['620000'] })], expected: [] },
    { name: 'project at the prefecture does not count a county', projects: [makeProject({ targetRegions: ['623000'] })], expected: [] },
    { name: 'project at an unlisted county', projects: [makeProject({ targetRegions: ['110105'] })], expected: [] },
    {
      name: 'duplicate targets counted once',
      projects: [
        makeProject({ targetRegions: ['623023', '623023'] }),
        makeProject({ targetRegions: ['623023'] }),
        makeProject({ organizationIds: ['org-a', 'org-b'], targetRegions: ['623023', '620000'] }),
      ],
      expected: ['623023'],
    },
    {
      name: 'several counties across projects',
      projects: [makeProject({ targetRegions: ['623023', '622926'] }), makeProject({ targetRegions: ['500238', '500000'] })],
      expected: ['500238', '622926', '623023'],
    },
  ])('$name', ({ projects, expected }) => {
    expect([...pairedKeyCountyCodes(projects, KEY)].sort()).toEqual(expected);
    expect(countPairedKeyCounties(projects, KEY)).toBe(expected.length);
  });

  it('an empty key-county list counts nothing', () => {
    expect(countPairedKeyCounties([makeProject({ targetRegions: ['623023'] })], [])).toBe(0);
  });

  it('a county listed twice is counted once', () => {
    expect(countPairedKeyCounties([makeProject({ targetRegions: ['623023'] })], [ZHOUQU, ZHOUQU])).toBe(1);
  });
});
