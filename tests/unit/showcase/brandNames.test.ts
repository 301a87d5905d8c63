import { describe, expect, it } from 'vitest';
import type { Brand } from '../../../src/lib/schema/brand.ts';
import { alikeBrands, brandOwner, namesAlike } from '../../../src/lib/showcase/brandNames.ts';

const brand = (id: string, name: string, organizationIds: string[] = [], source = 'x：“…”', regions: string[] = []): Brand =>
  ({ id, name, organizationIds, source, regions }) as unknown as Brand;

describe('brands whose names read alike', () => {
  it('tells a one-character difference in a long name, quotes and dots aside, from different names', () => {
    expect(namesAlike('“邻里守望”关爱行动', '“邻里守望”关心行动')).toBe(true);
    expect(namesAlike('韩红爱心·关爱藏区公益在行动', '韩红爱心关爱藏区公益在行动')).toBe(true);
    expect(namesAlike('结对帮扶助振兴', '消费帮扶助振兴')).toBe(false); // two of seven characters: other actions
    expect(namesAlike('公益品牌助振兴', '结对帮扶助振兴')).toBe(false);
    expect(namesAlike('护心云工程', '海通·爱朗读')).toBe(false);
  });

  it('pairs each such brand with the others, and no brand with itself', () => {
    const m = alikeBrands([brand('hn', '“邻里守望”关爱行动'), brand('js', '“邻里守望”关心行动'), brand('x', '牵手圆梦')]);
    expect(m.get('hn')!.map((b) => b.id)).toEqual(['js']);
    expect(m.get('js')!.map((b) => b.id)).toEqual(['hn']);
    expect(m.has('x')).toBe(false);
  });

  it("names a brand's organizations, else its source's issuer, else its provinces, else nothing", () => {
    const orgs = new Map([['o1', '甲基金会']]);
    const issuers = new Map([['jiangsu-notice-2021', '江苏省民政厅']]);
    const provinces = new Map([['460000', '海南省']]);
    const owner = (b: Brand) =>
      brandOwner(
        b,
        (id) => orgs.get(id),
        (id) => issuers.get(id),
        (c) => provinces.get(c),
      );
    expect(owner(brand('a', 'A', ['o1']))).toBe('甲基金会');
    expect(owner(brand('b', 'B', [], 'jiangsu-notice-2021：“邻里守望”'))).toBe('江苏省民政厅');
    expect(owner(brand('c', 'C', [], 'hainan-meeting：“邻里守望”', ['460000', '460000']))).toBe('海南省');
    expect(owner(brand('d', 'D', [], '一份未登记的文件'))).toBeNull();
  });
});
