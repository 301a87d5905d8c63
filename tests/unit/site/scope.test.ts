import { describe, expect, it } from 'vitest';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';
import { inScope, outreachOf, scopeOf, scopeRole } from '../../../src/lib/site/scope.ts';

describe('a site’s scope', () => {
  it('is the country, or one province by name, short name or code', () => {
    expect(scopeOf('全国', REGION_ROWS)).toEqual({ kind: 'national' });
    for (const s of ['甘肃省', '甘肃', '620000'])
      expect(scopeOf(s, REGION_ROWS)).toEqual({ kind: 'province', code: '620000', name: '甘肃省' });
    expect(scopeOf('甘南州', REGION_ROWS)).toBeNull();
  });

  it('holds the counties of its province only', () => {
    const gansu = scopeOf('甘肃省', REGION_ROWS)!;
    expect(inScope(gansu, '623023')).toBe(true);
    expect(inScope(gansu, '130624')).toBe(false);
    expect(inScope({ kind: 'national' }, '130624')).toBe(true);
  });
});

describe('scopeRole and outreachOf', () => {
  const jiangsu = { kind: 'province', code: '320000', name: '江苏省' } as const;
  const gansu = { kind: 'province', code: '620000', name: '甘肃省' } as const;
  it('tells a province that receives help (key counties listed) from one that gives it', () => {
    expect(scopeRole(gansu, ['623023', '540102'])).toBe('receiving');
    expect(scopeRole(jiangsu, ['623023', '540102'])).toBe('helping');
    expect(scopeRole({ kind: 'national' }, [])).toBe('national');
  });
  it('splits projects into 省内 and 省外, counting a project with both in each', () => {
    const o = outreachOf(
      [
        { targetRegions: ['611024'] },
        { targetRegions: ['632127', '321324'] },
        { targetRegions: ['321324'] },
        { targetRegions: ['653001'] },
      ],
      jiangsu,
    );
    expect(o).toEqual({ inside: { projects: 2, regions: 1 }, outside: { projects: 3, provinces: 3 } });
  });
});
