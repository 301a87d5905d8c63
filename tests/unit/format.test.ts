import { describe, expect, it } from 'vitest';
import { formatBeneficiaries, formatCount, formatNumber, formatWan, formatWanOr, qualify, whenText } from '../../src/lib/format.ts';

describe('formatNumber', () => {
  const intl = (n: number, digits: number) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: digits }).format(n);

  it('writes whole numbers as Intl does, without Intl', () => {
    const edge = [
      0,
      -0,
      1,
      -1,
      999,
      1000,
      -1000,
      12_345,
      999_999,
      1_000_000,
      -9_876_543,
      Number.MAX_SAFE_INTEGER,
      -Number.MAX_SAFE_INTEGER,
    ];
    // a fixed pseudo-random spread over every length of digits
    let seed = 7;
    const spread = Array.from({ length: 2000 }, (_, i) => {
      seed = (seed * 48271) % 2147483647;
      const n = Math.floor((seed / 2147483647) * 10 ** (1 + (i % 16)));
      return i % 2 ? -n : n;
    });
    for (const n of [...edge, ...spread, 2 ** 53, 1e21, 0.5, 1234.5678, Number.NaN]) expect(formatNumber(n), String(n)).toBe(intl(n, 2));
    expect(formatNumber(1234.5678, 1)).toBe('1,234.6');
  });
});

describe('formatWan', () => {
  it.each([
    { input: null, approximate: false, expected: '未知' },
    { input: null, approximate: true, expected: '未知' },
    { input: 0, approximate: false, expected: '0 万元' },
    { input: 0.001, approximate: false, expected: '0 万元' },
    { input: 0.5, approximate: false, expected: '0.5 万元' },
    { input: 1.005, approximate: false, expected: '1.01 万元' },
    { input: 26.5, approximate: false, expected: '26.5 万元' },
    { input: 26.5, approximate: true, expected: '约 26.5 万元' },
    { input: 3089.5, approximate: false, expected: '3,089.5 万元' },
    { input: 3089.456, approximate: false, expected: '3,089.46 万元' },
    { input: 9999.99, approximate: false, expected: '9,999.99 万元' },
    { input: 9999.994, approximate: false, expected: '9,999.99 万元' },
    // would round to "10,000 万元": shown in 亿元 instead
    { input: 9999.999, approximate: false, expected: '1 亿元' },
    { input: 10_000, approximate: false, expected: '1 亿元' },
    { input: 10_500, approximate: false, expected: '1.05 亿元' },
    { input: 10_500, approximate: true, expected: '约 1.05 亿元' },
    { input: 218_800, approximate: false, expected: '21.88 亿元' },
    { input: 218_800, approximate: true, expected: '约 21.88 亿元' },
    { input: 123_456_789, approximate: false, expected: '12,345.68 亿元' },
  ])('$input (approx $approximate) → $expected', ({ input, approximate, expected }) => {
    expect(formatWan(input, approximate)).toBe(expected);
  });

  it('defaults to exact', () => {
    expect(formatWan(26.5)).toBe('26.5 万元');
  });
});

describe('formatCount', () => {
  it.each([
    { input: null, unit: '', expected: '未知' },
    { input: null, unit: '人', expected: '未知' },
    { input: 0, unit: '', expected: '0' },
    { input: 0, unit: '人', expected: '0 人' },
    { input: 7, unit: '家', expected: '7 家' },
    { input: 1160, unit: '', expected: '1,160' },
    { input: 15_000, unit: '户', expected: '15,000 户' },
    { input: 99_999, unit: '人', expected: '99,999 人' },
    { input: 100_000, unit: '人', expected: '10 万 人' },
    { input: 150_000, unit: '', expected: '15 万' },
    { input: 1_234_567, unit: '人次', expected: '123.46 万 人次' },
    { input: 2_800_000, unit: '人次', expected: '280 万 人次' },
  ])('$input $unit → $expected', ({ input, unit, expected }) => {
    expect(formatCount(input, unit)).toBe(expected);
  });

  it('defaults to no unit', () => {
    expect(formatCount(1160)).toBe('1,160');
  });
});

describe('formatBeneficiaries', () => {
  it.each([
    { v: 4000, u: 'person' as const, a: true, expected: '约 4,000 人' },
    { v: 94, u: 'household' as const, a: false, expected: '94 户' },
    { v: 2_800_000, u: 'personTime' as const, a: true, expected: '约 280 万 人次' },
    { v: null, u: 'person' as const, a: false, expected: '未知' },
    { v: 5, u: null, a: false, expected: '未知' },
  ])('$v $u → $expected', ({ v, u, a, expected }) => {
    expect(formatBeneficiaries(v, u, a)).toBe(expected);
  });
  it('uses the given text for unknown', () => {
    expect(formatBeneficiaries(null, null, false, '—')).toBe('—');
  });
});

describe('formatWanOr', () => {
  it.each([
    { v: 26.5, a: false, expected: '26.5 万元' },
    { v: 800, a: true, expected: '约 800 万元' },
    { v: null, a: false, expected: '—' },
  ])('$v → $expected', ({ v, a, expected }) => {
    expect(formatWanOr(v, a, '—')).toBe(expected);
  });
});

describe('qualifiers as the source writes them', () => {
  it.each([
    [800, '余', '800 余万元'],
    [218800, '约', '约 21.88 亿元'],
    [300000, '超过', '超过 30 亿元'],
    [300000, '以上', '30 亿元以上'],
    [3000, null, '3,000 万元'],
    [3000, true, '约 3,000 万元'],
  ] as const)('%s 万元 with %s → %s', (wan, q, text) => {
    expect(formatWan(wan, q)).toBe(text);
  });
  it('places 多 and 近 in counts as Chinese writes them', () => {
    expect(qualify(formatCount(2_800_000, '人次'), '多')).toBe('280 多万 人次');
    expect(qualify(formatCount(400, '人'), '近')).toBe('近 400 人');
    expect(qualify(formatCount(6300, '家'), '多')).toBe('6,300 多家');
  });
});

describe('whenText', () => {
  it('gives the report years, else the start of the period with 起, else a dash', () => {
    expect(whenText([2021, 2022], '2020')).toBe('2021、2022');
    expect(whenText([], '2022-06')).toBe('2022-06 起');
    expect(whenText([], null)).toBe('—');
  });
});
