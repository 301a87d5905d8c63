import { describe, expect, it } from 'vitest';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';
import { inScope, scopeOf } from '../../../src/lib/site/scope.ts';

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
