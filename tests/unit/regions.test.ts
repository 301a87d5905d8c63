import { describe, expect, it } from 'vitest';
import { REGION_ROWS } from '../../src/lib/regionTable.ts';
import { BUILT_IN_ABBREVIATIONS, RegionIndex, shortNames, type AliasInput, type RegionLevel } from '../../src/lib/regions.ts';

const rows = REGION_ROWS;

const SHUICHENG: AliasInput = { alias: '水城县', code: '520204', oldCode: '520221', kind: 'renamed', effective: '2020-07' };
const KEZHOU: AliasInput = { alias: '克州', code: '653000', oldCode: null, kind: 'abbreviation', effective: null };

const plain = new RegionIndex(rows);
const withAliases = new RegionIndex(rows, [SHUICHENG, KEZHOU]);

describe('RegionIndex.resolve', () => {
  it.each([
    { input: '甘肃省/甘南藏族自治州/舟曲县', expected: '623023' },
    { input: '甘肃省甘南州舟曲县', expected: '623023' },
    { input: '甘肃省甘南藏族自治州舟曲县', expected: '623023' },
    { input: '甘肃 甘南 舟曲', expected: '623023' },
    { input: '甘肃省>甘南州>舟曲县', expected: '623023' },
    { input: '甘肃省-舟曲县', expected: '623023' },
    { input: '甘肃省／甘南州／舟曲县', expected: '623023' }, // full-width slashes
    { input: '舟曲县', expected: '623023' },
    { input: '舟曲', expected: '623023' },
    { input: ' 舟曲县\u3000', expected: '623023' },
    { input: '620000', expected: '620000' },
    { input: '６２００００', expected: '620000' },
    { input: '623023', expected: '623023' },
    { input: '甘肃省', expected: '620000' },
    { input: '甘肃', expected: '620000' },
    { input: '北京市朝阳区', expected: '110105' },
    { input: '北京朝阳', expected: '110105' },
    { input: '北京市/朝阳区', expected: '110105' },
    { input: '北京市', expected: '110000' },
    { input: '重庆市巫溪县', expected: '500238' },
    { input: '巫溪县', expected: '500238' },
    { input: '东乡县', expected: '622926' },
    { input: '东乡族自治县', expected: '622926' },
    { input: '临夏州东乡县', expected: '622926' },
    { input: '蔚县', expected: '130726' },
    { input: '河北省蔚县', expected: '130726' },
    { input: '广西', expected: '450000' },
    { input: '融水', expected: '450225' },
    { input: '融水县', expected: '450225' },
    { input: '新疆', expected: '650000' },
    { input: '吉林市', expected: '220200' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(plain.resolve(input)).toEqual({ ok: true, code: expected, renamed: null });
  });

  it.each([
    { input: '朝阳区', expected: ['北京市/朝阳区（110105）', '吉林省/长春市/朝阳区（220104）'] },
    { input: '东乡', expected: ['江西省/抚州市/东乡区（361003）', '甘肃省/临夏回族自治州/东乡族自治县（622926）'] },
    { input: '甘南', expected: ['黑龙江省/齐齐哈尔市/甘南县（230225）', '甘肃省/甘南藏族自治州（623000）'] },
  ])('$input → ambiguous', ({ input, expected }) => {
    expect(plain.resolve(input)).toEqual({ ok: false, reason: 'ambiguous', candidates: expected });
  });

  it.each([
    { input: '', suggestions: [] },
    { input: '999999', suggestions: [] },
    { input: '520221', suggestions: [] },
    { input: '不存在的地方', suggestions: [] },
  ])('$input → unknown', ({ input, suggestions }) => {
    expect(plain.resolve(input)).toEqual({ ok: false, reason: 'unknown', suggestions });
  });

  it.each([{ input: '舟区县' }, { input: '舟典县' }])('typo $input → unknown with a suggestion', ({ input }) => {
    const r = plain.resolve(input);
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== 'unknown') throw new Error('expected unknown');
    expect(r.suggestions).toContain('甘肃省/甘南藏族自治州/舟曲县');
    expect(r.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('returns the same (memoized) resolution for the same text', () => {
    expect(plain.resolve('舟曲')).toBe(plain.resolve('舟曲'));
  });
});

describe('RegionIndex.resolve with aliases', () => {
  it.each([
    { input: '水城县', expected: { ok: true, code: '520204', renamed: SHUICHENG } },
    { input: '520221', expected: { ok: true, code: '520204', renamed: SHUICHENG } },
    { input: '贵州省六盘水市水城县', expected: { ok: true, code: '520204', renamed: SHUICHENG } },
    { input: '水城区', expected: { ok: true, code: '520204', renamed: null } },
    { input: '520204', expected: { ok: true, code: '520204', renamed: null } },
    { input: '新疆克州', expected: { ok: true, code: '653000', renamed: null } },
    { input: '克州', expected: { ok: true, code: '653000', renamed: null } },
    { input: '克孜勒苏柯尔克孜自治州', expected: { ok: true, code: '653000', renamed: null } },
  ])('$input → $expected.code', ({ input, expected }) => {
    expect(withAliases.resolve(input)).toEqual(expected);
  });

  it.each([{ input: '水城县' }, { input: '520221' }, { input: '贵州省六盘水市水城县' }])(
    'without the alias table $input is unknown',
    ({ input }) => {
      const r = plain.resolve(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toBe('unknown');
    },
  );

  it.each([
    { input: '克州', expected: '653000' },
    { input: '新疆克州', expected: '653000' },
    { input: '新疆维吾尔自治区/克州', expected: '653000' },
    { input: '博州', expected: '652700' },
    { input: '新疆巴州', expected: '652800' },
  ])('built-in abbreviation $input → $expected without an alias table', ({ input, expected }) => {
    expect(plain.resolve(input)).toEqual({ ok: true, code: expected, renamed: null });
  });

  it('bare 巴州 is ambiguous with 巴中市巴州区', () => {
    expect(plain.resolve('巴州')).toEqual({
      ok: false,
      reason: 'ambiguous',
      candidates: ['四川省/巴中市/巴州区（511902）', '新疆维吾尔自治区/巴音郭楞蒙古自治州（652800）'],
    });
  });

  it.each(BUILT_IN_ABBREVIATIONS.map((a) => ({ alias: a.alias, code: a.code })))('built-in $alias names an existing $code', ({ code }) => {
    expect(plain.get(code)).toBeDefined();
  });

  it('ignores an alias whose target code is not in the table', () => {
    const idx = new RegionIndex(rows, [{ alias: '幻想县', code: '999999', oldCode: '999998', kind: 'renamed', effective: null }]);
    expect(idx.resolve('幻想县').ok).toBe(false);
    expect(idx.resolve('999998').ok).toBe(false);
  });
});

describe('RegionIndex.pathName / chain / get / provinceOf', () => {
  it.each([
    { input: '623023', expected: '甘肃省/甘南藏族自治州/舟曲县' },
    { input: '623000', expected: '甘肃省/甘南藏族自治州' },
    { input: '620000', expected: '甘肃省' },
    { input: '500238', expected: '重庆市/巫溪县' }, // skips the 县 pseudo-prefecture
    { input: '110105', expected: '北京市/朝阳区' }, // skips 市辖区
    { input: '429004', expected: '湖北省/仙桃市' }, // skips 省直辖县级行政区划
    { input: '999999', expected: '' },
  ])('pathName($input) → $expected', ({ input, expected }) => {
    expect(plain.pathName(input)).toBe(expected);
    expect(plain.fullName(input)).toBe(expected.replaceAll('/', ''));
  });

  it.each([
    { input: '500238', expected: ['500000', '500238'] },
    { input: '623023', expected: ['620000', '623000', '623023'] },
    { input: '999999', expected: [] },
  ])('chain($input) → $expected', ({ input, expected }) => {
    expect(plain.chain(input).map((r) => r.code)).toEqual(expected);
  });

  it.each([
    { input: '623023', expected: { code: '623023', name: '舟曲县', level: 'county', parentCode: '623000' } },
    { input: '500200', expected: { code: '500200', name: '县', level: 'prefecture', parentCode: '500000' } },
    { input: '620000', expected: { code: '620000', name: '甘肃省', level: 'province', parentCode: null } },
    { input: '999999', expected: undefined },
  ])('get($input)', ({ input, expected }) => {
    expect(plain.get(input)).toEqual(expected);
  });

  it.each([
    { input: '623023', expected: '620000' },
    { input: '500238', expected: '500000' },
    { input: '110000', expected: '110000' },
  ])('provinceOf($input) → $expected', ({ input, expected }) => {
    expect(plain.provinceOf(input)).toBe(expected);
  });
});

describe('RegionIndex.isWithin', () => {
  it.each([
    { code: '623023', ancestor: '620000', expected: true },
    { code: '623023', ancestor: '623000', expected: true },
    { code: '623023', ancestor: '623023', expected: true },
    { code: '500238', ancestor: '500000', expected: true },
    { code: '500238', ancestor: '500200', expected: true },
    { code: '620000', ancestor: '623023', expected: false },
    { code: '623023', ancestor: '110000', expected: false },
    { code: '110105', ancestor: '220000', expected: false },
    { code: '999999', ancestor: '620000', expected: false },
  ])('$code within $ancestor → $expected', ({ code, ancestor, expected }) => {
    expect(plain.isWithin(code, ancestor)).toBe(expected);
  });
});

describe('shortNames', () => {
  it.each<{ name: string; level: RegionLevel; expected: string[] }>([
    { name: '甘南藏族自治州', level: 'prefecture', expected: ['甘南', '甘南州'] },
    { name: '广西壮族自治区', level: 'province', expected: ['广西'] },
    { name: '融水苗族自治县', level: 'county', expected: ['融水', '融水县'] },
    { name: '阿勒泰地区', level: 'prefecture', expected: ['阿勒泰'] },
    { name: '东乡族自治县', level: 'county', expected: ['东乡', '东乡县'] },
    { name: '新疆维吾尔自治区', level: 'province', expected: ['新疆'] },
    { name: '内蒙古自治区', level: 'province', expected: ['内蒙古'] },
    { name: '西藏自治区', level: 'province', expected: ['西藏'] },
    { name: '克孜勒苏柯尔克孜自治州', level: 'prefecture', expected: ['克孜勒苏', '克孜勒苏州'] },
    { name: '湘西土家族苗族自治州', level: 'prefecture', expected: ['湘西', '湘西州'] },
    { name: '大通回族土族自治县', level: 'county', expected: ['大通', '大通县'] },
    { name: '莫力达瓦达斡尔族自治旗', level: 'county', expected: ['莫力达瓦', '莫力达瓦旗'] },
    { name: '鄂伦春自治旗', level: 'county', expected: ['鄂伦春', '鄂伦春旗'] },
    { name: '甘肃省', level: 'province', expected: ['甘肃'] },
    { name: '北京市', level: 'province', expected: ['北京'] },
    { name: '锡林郭勒盟', level: 'prefecture', expected: ['锡林郭勒'] },
    { name: '舟曲县', level: 'county', expected: ['舟曲'] },
    { name: '朝阳区', level: 'county', expected: ['朝阳'] },
    { name: '神农架林区', level: 'county', expected: ['神农架'] },
    { name: '香格里拉市', level: 'county', expected: ['香格里拉'] },
    { name: '蔚县', level: 'county', expected: [] }, // one-character base is not shortened
    { name: '', level: 'county', expected: [] },
  ])('$name ($level) → $expected', ({ name, level, expected }) => {
    expect(shortNames(name, level).sort()).toEqual([...expected].sort());
  });
});

describe('prefecture-level cities without counties (regression: the source lists them twice)', () => {
  const idx = new RegionIndex(REGION_ROWS);
  it.each([
    { input: '广东省东莞市', code: '441900', path: '广东省/东莞市' },
    { input: '中山市', code: '442000', path: '广东省/中山市' },
    { input: '海南省/儋州市', code: '460400', path: '海南省/儋州市' },
  ])('$input → $code', ({ input, code, path }) => {
    const r = idx.resolve(input);
    expect(r).toMatchObject({ ok: true, code });
    expect(idx.pathName(code)).toBe(path);
  });
  it('every code in the table appears once and has a finite chain', () => {
    const rows = REGION_ROWS;
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    for (const [code] of rows) expect(idx.chain(code).length).toBeLessThanOrEqual(3);
  });
});
