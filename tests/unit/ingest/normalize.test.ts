import { describe, expect, it } from 'vitest';
import {
  cleanText,
  isBlank,
  parseAmount,
  parseBool,
  parseCount,
  parseDate,
  parseYear,
  cleanOrNull,
  splitHeaderUnit,
  splitList,
  toHalfWidth,
  type MoneyUnit,
} from '../../../src/lib/ingest/normalize.ts';
import { ContentHash, shortHash } from '../../../src/lib/ingest/fast/index.ts';

describe('toHalfWidth', () => {
  it.each([
    { input: '', expected: '' },
    { input: 'abc123', expected: 'abc123' },
    { input: '１２３４５', expected: '12345' },
    { input: 'ＡＢＣｘｙｚ', expected: 'ABCxyz' },
    { input: '１２，３４５．６', expected: '12,345.6' },
    { input: '（万元）', expected: '(万元)' },
    { input: '！～', expected: '!~' },
    { input: 'a\u3000b', expected: 'a b' },
    { input: '甲、乙', expected: '甲、乙' },
    { input: '12。5', expected: '12.5' },
    { input: '社会组织', expected: '社会组织' },
    { input: '￥', expected: '￥' }, // U+FFE5 lies outside FF01–FF5E
  ])('$input → $expected', ({ input, expected }) => {
    expect(toHalfWidth(input)).toBe(expected);
  });
});

describe('cleanText', () => {
  it.each([
    { input: '', expected: '' },
    { input: '   ', expected: '' },
    { input: '  甘肃  舟曲 ', expected: '甘肃 舟曲' },
    { input: '\u3000全角\u3000空格\u3000', expected: '全角 空格' },
    { input: 'a\u00a0\u00a0b', expected: 'a b' },
    { input: '\ufeff带BOM', expected: '带BOM' },
    { input: 'line1\r\n\tline2', expected: 'line1 line2' },
    { input: 'no-change', expected: 'no-change' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe('isBlank', () => {
  it.each([
    { input: '', expected: true },
    { input: '   ', expected: true },
    { input: '\u3000', expected: true },
    { input: '-', expected: true },
    { input: '--', expected: true },
    { input: '—', expected: true },
    { input: '——', expected: true },
    { input: '/', expected: true },
    { input: '／', expected: true }, // full-width slash
    { input: '\\', expected: true },
    { input: '无', expected: true },
    { input: ' 不详 ', expected: true },
    { input: '暂无', expected: true },
    { input: '未知', expected: true },
    { input: '空', expected: true },
    { input: 'N/A', expected: true },
    { input: 'na', expected: true },
    { input: 'NULL', expected: true },
    { input: '#N/A', expected: true },
    { input: '0', expected: false },
    { input: '无锡', expected: false },
    { input: 'abc', expected: false },
    { input: '-5', expected: false },
    { input: '?', expected: false },
  ])('$input → $expected', ({ input, expected }) => {
    expect(isBlank(input)).toBe(expected);
  });
});

describe('parseAmount', () => {
  type Case = { input: string; unit?: MoneyUnit; expected: { wan: number; approximate: boolean; qualifier?: string | null } | null };
  const ok: Case[] = [
    // unknown markers → null, never 0
    { input: '', expected: null },
    { input: '  ', expected: null },
    { input: '—', expected: null },
    { input: '-', expected: null },
    { input: '无', expected: null },
    { input: '不详', expected: null },
    { input: '暂无', expected: null },
    { input: '/', expected: null },
    // plain numbers in the header's unit (default 万元)
    { input: '0', expected: { wan: 0, approximate: false } },
    { input: '26.5', expected: { wan: 26.5, approximate: false } },
    { input: ' 26.5 ', expected: { wan: 26.5, approximate: false } },
    { input: '26.5', unit: 'wan', expected: { wan: 26.5, approximate: false } },
    { input: '265000', unit: 'yuan', expected: { wan: 26.5, approximate: false } },
    { input: '0.01', unit: 'yuan', expected: { wan: 0.000001, approximate: false } },
    { input: '2.5', unit: 'yi', expected: { wan: 25000, approximate: false } },
    // unit in the cell overrides the header
    { input: '300,000元', expected: { wan: 30, approximate: false } },
    { input: '300000元', unit: 'yi', expected: { wan: 30, approximate: false } },
    { input: '800万元', unit: 'yuan', expected: { wan: 800, approximate: false } },
    { input: '800万', unit: 'yuan', expected: { wan: 800, approximate: false } },
    { input: '1.2亿元', unit: 'yuan', expected: { wan: 12000, approximate: false } },
    { input: '1.2亿', expected: { wan: 12000, approximate: false } },
    { input: '500人民币', expected: { wan: 0.05, approximate: false } },
    { input: '¥1,000', unit: 'yuan', expected: { wan: 0.1, approximate: false } },
    { input: '￥10000元', expected: { wan: 1, approximate: false } },
    // thousands separators, full-width digits and comma
    { input: '12,345', expected: { wan: 12345, approximate: false } },
    { input: '１２，３４５', expected: { wan: 12345, approximate: false } },
    { input: '１２，３４５．５万元', expected: { wan: 12345.5, approximate: false } },
    { input: '12 345', expected: { wan: 12345, approximate: false } },
    // approximate markers
    { input: '约21.88亿元', expected: { wan: 218800, approximate: true, qualifier: '约' } },
    { input: '近100万元', expected: { wan: 100, approximate: true, qualifier: '近' } },
    { input: '超过50万元', expected: { wan: 50, approximate: true, qualifier: '超过' } },
    { input: '超50万', expected: { wan: 50, approximate: true } },
    { input: '逾50万', expected: { wan: 50, approximate: true } },
    { input: '大约50', expected: { wan: 50, approximate: true } },
    { input: '800余万元', expected: { wan: 800, approximate: true, qualifier: '余' } },
    { input: '56万余元', expected: { wan: 56, approximate: true } },
    { input: '800多万元', expected: { wan: 800, approximate: true } },
    { input: '100+', expected: { wan: 100, approximate: true } },
    { input: '100万元以上', expected: { wan: 100, approximate: true, qualifier: '以上' } },
    { input: '100万元左右', expected: { wan: 100, approximate: true } },
    { input: '3000元左右', expected: { wan: 0.3, approximate: true } },
    { input: '约１００万元', expected: { wan: 100, approximate: true } },
    // totals are exact
    { input: '共计100万元', expected: { wan: 100, approximate: false } },
    { input: '累计100万元', expected: { wan: 100, approximate: false } },
    { input: '合计100万元', expected: { wan: 100, approximate: false } },
    { input: '计100万元', expected: { wan: 100, approximate: false } },
    { input: '累计100余万元', expected: { wan: 100, approximate: true } },
  ];
  it.each(ok)('$input ($unit) → $expected', ({ input, unit, expected }) => {
    expect(parseAmount(input, unit)).toMatchObject({ ok: true, value: expected });
  });

  it.each([
    { input: 'abc' },
    { input: '-5' },
    { input: '-5万元' },
    { input: '5万美元' },
    { input: '1.2.3' },
    { input: '约' },
    { input: '万元' },
    { input: '.5' },
    { input: '5e3' },
    { input: '100万元(追加)' },
  ])('$input → not an amount', ({ input }) => {
    const r = parseAmount(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('不是金额');
  });
});

describe('parseCount', () => {
  it.each([
    { input: '', expected: null },
    { input: '—', expected: null },
    { input: '不详', expected: null },
    { input: '0', expected: { value: 0, approximate: false, unit: null } },
    { input: '1,160', expected: { value: 1160, approximate: false, unit: null } },
    { input: '１，１６０', expected: { value: 1160, approximate: false, unit: null } },
    { input: '4000多人', expected: { value: 4000, approximate: true, qualifier: '多', unit: '人' } },
    { input: '1.5万户', expected: { value: 15000, approximate: false, unit: '户' } },
    { input: '280多万人次', expected: { value: 2800000, approximate: true, unit: '人次' } },
    { input: '280万余人次', expected: { value: 2800000, approximate: true, unit: '人次' } },
    { input: '120名', expected: { value: 120, approximate: false, unit: '名' } },
    { input: '11家', expected: { value: 11, approximate: false, unit: '家' } },
    { input: '3个', expected: { value: 3, approximate: false, unit: '个' } },
    { input: '约300人', expected: { value: 300, approximate: true, unit: '人' } },
    { input: '近300人', expected: { value: 300, approximate: true, unit: '人' } },
    { input: '超过300人', expected: { value: 300, approximate: true, unit: '人' } },
    { input: '300人以上', expected: { value: 300, approximate: true, unit: '人' } },
    { input: '300人左右', expected: { value: 300, approximate: true, unit: '人' } },
    { input: '300+', expected: { value: 300, approximate: true, unit: null } },
    { input: '共300人', expected: { value: 300, approximate: false, unit: '人' } },
    { input: '累计300人次', expected: { value: 300, approximate: false, unit: '人次' } },
  ])('$input → $expected', ({ input, expected }) => {
    expect(parseCount(input)).toMatchObject({ ok: true, value: expected });
  });

  it.each([
    { input: '2.5人', reason: '数量应为整数' },
    { input: '0.5', reason: '数量应为整数' },
    { input: '1.23456万', reason: '数量应为整数' },
    { input: 'abc', reason: '不是数量' },
    { input: '-5', reason: '不是数量' },
    { input: '5吨', reason: '不是数量' },
    { input: '人', reason: '不是数量' },
  ])('$input → not ok ($reason)', ({ input, reason }) => {
    expect(parseCount(input)).toEqual({ ok: false, reason });
  });
});

describe('parseDate', () => {
  it.each([
    { input: '', expected: null },
    { input: '不详', expected: null },
    { input: '2022', expected: '2022' },
    { input: '2022年', expected: '2022' },
    { input: '２０２２年５月', expected: '2022-05' },
    { input: '2022年5月', expected: '2022-05' },
    { input: '2022年12月', expected: '2022-12' },
    { input: '2022-05', expected: '2022-05' },
    { input: '2022.5', expected: '2022-05' },
    { input: '2022/5/7', expected: '2022-05-07' },
    { input: '2022.5.7', expected: '2022-05-07' },
    { input: '2022-05-07', expected: '2022-05-07' },
    { input: '2022年5月7日', expected: '2022-05-07' },
    { input: ' 2022 / 5 / 7 ', expected: '2022-05-07' },
    { input: '2022-05-07T00:00:00.000Z', expected: '2022-05-07' },
    { input: '2024-02-29', expected: '2024-02-29' },
    { input: '2000-02-29', expected: '2000-02-29' },
    { input: '2023-12-31', expected: '2023-12-31' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(parseDate(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    { input: '2022-13', reason: '月份应在 1–12 之间' },
    { input: '2022-00', reason: '月份应在 1–12 之间' },
    { input: '2023-02-30', reason: '该月只有 28 天' },
    { input: '2023-02-29', reason: '该月只有 28 天' },
    { input: '1900-02-29', reason: '该月只有 28 天' },
    { input: '2022-04-31', reason: '该月只有 30 天' },
    { input: '2022-05-00', reason: '该月只有 31 天' },
    { input: '22年5月', reason: '不是日期' },
    { input: '五月', reason: '不是日期' },
    { input: 'abc', reason: '不是日期' },
    { input: '2022-5-7-1', reason: '不是日期' },
  ])('$input → not ok', ({ input, reason }) => {
    expect(parseDate(input)).toEqual({ ok: false, reason });
  });
});

describe('parseYear', () => {
  it.each([
    { input: '', expected: { ok: true, value: null } },
    { input: '—', expected: { ok: true, value: null } },
    { input: '2022', expected: { ok: true, value: 2022 } },
    { input: '２０２２', expected: { ok: true, value: 2022 } },
    { input: '2022年', expected: { ok: true, value: 2022 } },
    { input: '2022年度', expected: { ok: true, value: 2022 } },
    { input: ' 2022 年度 ', expected: { ok: true, value: 2022 } },
    { input: '22', expected: { ok: false, reason: '年度应为四位数字' } },
    { input: '2022-05', expected: { ok: false, reason: '年度应为四位数字' } },
    { input: '二〇二二', expected: { ok: false, reason: '年度应为四位数字' } },
  ])('$input → $expected', ({ input, expected }) => {
    expect(parseYear(input)).toEqual(expected);
  });
});

describe('parseBool', () => {
  it.each([
    { input: '', expected: { ok: true, value: null } },
    { input: '不详', expected: { ok: true, value: null } },
    { input: '是', expected: { ok: true, value: true } },
    { input: ' 是 ', expected: { ok: true, value: true } },
    { input: 'TRUE', expected: { ok: true, value: true } },
    { input: 'Yes', expected: { ok: true, value: true } },
    { input: 'y', expected: { ok: true, value: true } },
    { input: '1', expected: { ok: true, value: true } },
    { input: '１', expected: { ok: true, value: true } },
    { input: '√', expected: { ok: true, value: true } },
    { input: '✓', expected: { ok: true, value: true } },
    { input: '有', expected: { ok: true, value: true } },
    { input: '否', expected: { ok: true, value: false } },
    { input: 'false', expected: { ok: true, value: false } },
    { input: 'NO', expected: { ok: true, value: false } },
    { input: 'n', expected: { ok: true, value: false } },
    { input: '0', expected: { ok: true, value: false } },
    { input: '×', expected: { ok: true, value: false } },
    { input: '✗', expected: { ok: true, value: false } },
    { input: '不是', expected: { ok: true, value: false } },
    { input: '也许', expected: { ok: false, reason: '应填“是”或“否”' } },
    { input: '2', expected: { ok: false, reason: '应填“是”或“否”' } },
  ])('$input → $expected', ({ input, expected }) => {
    expect(parseBool(input)).toEqual(expected);
  });
});

describe('splitList', () => {
  it.each([
    { input: '', expected: [] },
    { input: ' ; ；、', expected: [] },
    { input: '甲', expected: ['甲'] },
    { input: '甲;乙', expected: ['甲', '乙'] },
    { input: '甲；乙', expected: ['甲', '乙'] },
    { input: '甲、乙、丙', expected: ['甲', '乙', '丙'] },
    { input: '甲\n乙\r\n丙', expected: ['甲', '乙', '丙'] },
    { input: ' 甲 ;; 乙 ', expected: ['甲', '乙'] },
    { input: '甲,乙', expected: ['甲,乙'] }, // commas are not separators
  ])('$input → $expected', ({ input, expected }) => {
    expect(splitList(input)).toEqual(expected);
  });
});

describe('splitHeaderUnit', () => {
  it.each([
    { input: '', expected: { name: '', unit: null } },
    { input: '项目名称', expected: { name: '项目名称', unit: null } },
    { input: '投入资金(万元)', expected: { name: '投入资金', unit: 'wan' } },
    { input: '投入资金（万元）', expected: { name: '投入资金', unit: 'wan' } },
    { input: '投入资金（元）', expected: { name: '投入资金', unit: 'yuan' } },
    { input: '投入资金[亿元]', expected: { name: '投入资金', unit: 'yi' } },
    { input: '投入资金(万)', expected: { name: '投入资金', unit: 'wan' } },
    { input: '投入资金(亿)', expected: { name: '投入资金', unit: 'yi' } },
    { input: ' 投入 资金 （万元） ', expected: { name: '投入资金', unit: 'wan' } },
    { input: '受益人数(人)', expected: { name: '受益人数(人)', unit: null } },
    { input: '资金(美元)', expected: { name: '资金(美元)', unit: null } },
    { input: '资金(万元)备注', expected: { name: '资金(万元)备注', unit: null } },
  ])('$input → $expected', ({ input, expected }) => {
    expect(splitHeaderUnit(input)).toEqual(expected);
  });
});

describe('shortHash', () => {
  it.each([{ input: '' }, { input: 'a' }, { input: '甘肃省甘南州舟曲县' }, { input: 'x'.repeat(10_000) }])(
    '$input → prefix + 16 hex digits (64 bits), stable',
    ({ input }) => {
      const h = shortHash('p-', input);
      expect(h).toMatch(/^p-[0-9a-f]{16}$/u);
      expect(shortHash('p-', input)).toBe(h);
    },
  );

  it('does not collide over a million distinct inputs (a 32-bit hash would, many times)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1_000_000; i++) seen.add(shortHash('p-', `合成测试机构${i % 2000}`, `合成项目${i}`, String(620000 + (i % 997))));
    expect(seen.size).toBe(1_000_000);
  });

  it.each([
    { a: 'a', b: 'b' },
    { a: 'ab', b: 'ba' },
    { a: 'project-1', b: 'project-2' },
    { a: '舟曲县', b: '舟曲' },
  ])('$a ≠ $b', ({ a, b }) => {
    expect(shortHash('', a)).not.toBe(shortHash('', b));
  });

  it('is distinct over many inputs', () => {
    const hashes = new Set(Array.from({ length: 2000 }, (_, i) => shortHash('', `row-${i}`)));
    expect(hashes.size).toBe(2000);
  });

  it('gives the same ids as before (derived ids are stable across versions)', () => {
    expect(shortHash('p-', '')).toBe('p-3f66ae361efc6d8a');
    expect(shortHash('p-', '合成测试第905慈善协会', '|', '合成项目1', '|', '220171')).toBe('p-389e5267680f5048');
    expect(shortHash('org-', '合成测试第905慈善协会')).toBe('org-650d3e713d75e704');
    expect(shortHash('', 'a', 'b')).toBe('42ca3604bb028d5c');
    expect(shortHash('prefix-', 'x'.repeat(100))).toBe('prefix-28a45f0e6ec6faed');
  });

  it('built part by part (ContentHash) equals the one-call form', () => {
    const h = new ContentHash();
    const ids = ['a-1', 'b-2'];
    const names = ['合成测试第905慈善协会'];
    const regions = ['220171', '620000'];
    expect(h.reset().addAll(ids).add('|').addAll(names).add('|').add('合成项目1').add('|').addAll(regions).digest('p-')).toBe(
      shortHash('p-', ...ids, '|', ...names, '|', '合成项目1', '|', ...regions),
    );
    expect(h.reset().add('x').digest('org-')).toBe(shortHash('org-', 'x'));
    expect(h.reset().digest('')).toBe(shortHash(''));
  });
});

describe('cleanOrNull', () => {
  it.each([
    '',
    ' ',
    '无',
    ' 无 ',
    '—',
    'N/A',
    'ｎｕｌｌ',
    '暂无',
    '\u3000',
    '产业帮扶',
    ' 产业 帮扶 ',
    '12',
    '0',
    '合成项目1',
    '甘肃省/甘南藏族自治州',
    'a\u00a0b',
    '＿',
    'null',
    'Na',
  ])('%j is isBlank ? null : cleanText', (s) => {
    expect(cleanOrNull(s)).toBe(isBlank(s) ? null : cleanText(s));
  });
});
