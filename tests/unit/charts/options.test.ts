import { describe, expect, it } from 'vitest';
import type { BarSeriesOption, EChartsOption } from 'echarts';
import {
  FONT_STACK,
  barHeight,
  barHoverText,
  barOption,
  barTable,
  formatValue,
  jsonForHtml,
  shorten,
  summarize,
  tableHoverText,
  valueAxisScale,
  type BarInput,
  type SummaryInput,
} from '../../../src/lib/charts/options.ts';
import { CATEGORICAL, DECALS, SEQUENTIAL, decalOption, sequentialColors } from '../../../src/lib/charts/palette.ts';
import { escapeHtml } from '../../../src/lib/format.ts';

const XSS = '<img src=x onerror=alert(1)>基金会';

type Axis = { type?: string; data?: string[]; name?: string; inverse?: boolean; axisLabel?: { formatter?: unknown } };
const axis = (a: unknown): Axis => a as Axis;
const seriesOf = (o: EChartsOption): BarSeriesOption[] => o.series as BarSeriesOption[];

describe('escapeHtml', () => {
  it.each([
    { input: '', expected: '' },
    { input: '教育', expected: '教育' },
    { input: XSS, expected: '&lt;img src=x onerror=alert(1)&gt;基金会' },
    { input: `a&b "c" 'd'`, expected: 'a&amp;b &quot;c&quot; &#39;d&#39;' },
    { input: '&lt;', expected: '&amp;lt;' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('formatValue', () => {
  it.each([
    { value: null, unit: '万元', expected: '未知' },
    { value: 0, unit: '万元', expected: '0 万元' },
    { value: 3000, unit: '万元', expected: '3,000 万元' },
    { value: 10_500, unit: '万元', expected: '1.05 亿元' },
    { value: 12, unit: '家', expected: '12 家' },
    { value: 280_500, unit: '人', expected: '28.05 万 人' },
    { value: null, unit: '个', expected: '未知' },
  ])('$value $unit → $expected', ({ value, unit, expected }) => {
    expect(formatValue(value, unit)).toBe(expected);
  });
});

describe('valueAxisScale', () => {
  it.each([
    { unit: '万元', max: 9_999, name: '万元', tick: 5000, label: '5,000' },
    { unit: '万元', max: 10_000, name: '亿元', tick: 5000, label: '0.5' },
    { unit: '万元', max: 250_000, name: '亿元', tick: 200_000, label: '20' },
    { unit: '家', max: 120, name: '家', tick: 100, label: '100' },
    { unit: '人', max: 500_000, name: '人', tick: 400_000, label: '40 万' },
  ])('$unit up to $max: axis "$name", $tick → $label', ({ unit, max, name, tick, label }) => {
    const s = valueAxisScale(unit, max);
    expect(s.name).toBe(name);
    expect(s.label(tick)).toBe(label);
  });
});

describe('barOption', () => {
  const base: BarInput = { categories: ['教育', '产业', '医疗'], series: [{ name: '投入资金', values: [10_500, null, 0] }], unit: '万元' };

  it.each([
    { name: 'vertical', input: base, cat: 'xAxis', val: 'yAxis', inverse: false },
    { name: 'horizontal', input: { ...base, horizontal: true }, cat: 'yAxis', val: 'xAxis', inverse: true },
  ] as const)('$name: category axis on $cat, value axis on $val', ({ input, cat, val, inverse }) => {
    const o = barOption(input);
    expect(axis(o[cat]).type).toBe('category');
    expect(axis(o[cat]).data).toEqual(['教育', '产业', '医疗']);
    expect(axis(o[cat]).inverse).toBe(inverse);
    expect(axis(o[val]).type).toBe('value');
    expect(axis(o[val]).name).toBe('亿元'); // max 10,500 万元
  });

  it.each([
    { values: [1, null, 0], data: [1, '-', 0] },
    { values: [null, null, null], data: ['-', '-', '-'] },
    { values: [0, 0, 0], data: [0, 0, 0] },
    { values: [-5, 2.5, null], data: [-5, 2.5, '-'] },
  ])('unknown is "-" (not drawn), 0 stays 0: $values', ({ values, data }) => {
    const o = barOption({ ...base, series: [{ name: 's', values }] });
    expect(seriesOf(o)[0]?.data).toEqual(data);
  });

  it.each([
    { values: [2, 1, null], minInterval: 1 },
    { values: [2.5, 1, null], minInterval: undefined },
  ])('ticks whole values at whole steps only: $values', ({ values, minInterval }) => {
    const o = barOption({ ...base, horizontal: true, series: [{ name: 's', values }] });
    expect((o.xAxis as { minInterval?: number }).minInterval).toBe(minInterval);
  });

  it('static-render defaults: animation off, aria on with description, font stack, palette', () => {
    const o = barOption({ ...base, description: '按帮扶领域统计……' });
    expect(o.animation).toBe(false);
    expect(o.aria).toEqual({ enabled: true, label: { enabled: true, description: '按帮扶领域统计……' }, decal: { show: false } });
    expect(o.textStyle).toMatchObject({ fontFamily: FONT_STACK });
    expect(FONT_STACK).toBe("'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif");
    expect(FONT_STACK).not.toContain('"'); // it ends up inside a double-quoted SVG attribute
    expect(o.color).toEqual(CATEGORICAL);
    expect(o).not.toHaveProperty('tooltip'); // ECharts tooltips render formatters as HTML
  });

  it.each([
    { decal: undefined, show: false },
    { decal: false, show: false },
    { decal: true, show: true },
  ])('decal $decal → aria.decal.show $show', ({ decal, show }) => {
    const o = barOption(decal === undefined ? base : { ...base, decal });
    expect((o.aria as { decal: { show: boolean } }).decal.show).toBe(show);
  });

  it.each([
    { series: 1, legend: false, labels: true },
    { series: 2, legend: true, labels: false },
  ])('$series series: legend $legend, value labels $labels', ({ series, legend, labels }) => {
    const input: BarInput = { ...base, series: Array.from({ length: series }, (_, i) => ({ name: `s${i}`, values: [1, 2, 3] })) };
    const o = barOption(input);
    expect(o.legend !== undefined).toBe(legend);
    expect(seriesOf(o).every((s) => (s.label as { show: boolean }).show === labels)).toBe(true);
  });

  it('value labels format in the unit and are empty for unknown', () => {
    const fmt = (seriesOf(barOption(base))[0]!.label as { formatter: (p: { value?: unknown }) => string }).formatter;
    expect(fmt({ value: 10_500 })).toBe('1.05 亿元');
    expect(fmt({ value: 0 })).toBe('0 万元');
    expect(fmt({ value: '-' })).toBe('');
  });

  it('a category unknown in every series says so under its name', () => {
    const f = axis(barOption(base).xAxis).axisLabel?.formatter as (name: string, i: number) => string;
    expect(f('教育', 0)).toBe('教育');
    expect(f('产业', 1)).toBe('产业\n（未知）');
    expect(f('医疗', 2)).toBe('医疗'); // 0 is data
  });

  it.each([
    { horizontal: true, name: '中国乡村发展基金会', shown: '中国乡村发展基金会' },
    {
      horizontal: true,
      name: '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳',
      shown: '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅…',
    }, // 12 a line
    { horizontal: false, name: '人居环境与基础设施建设', shown: '人居环境与基础设施建设' }, // 3 categories: wide bands
  ])('long category labels shortened to two lines ($shown)', ({ horizontal, name, shown }) => {
    const o = barOption({ ...base, horizontal, categories: [name, '产业', '医疗'], series: [{ name: 's', values: [1, 2, 3] }] });
    const f = axis(horizontal ? o.yAxis : o.xAxis).axisLabel?.formatter as (name: string, i: number) => string;
    expect(f(name, 0)).toBe(shown);
  });

  it.each([
    { text: '', max: 3, expected: '' },
    { text: '教育', max: 2, expected: '教育' },
    { text: '教育产业', max: 3, expected: '教育…' },
    { text: '𠀀𠀁𠀂', max: 2, expected: '𠀀…' }, // code points, not UTF-16 units
  ])('shorten($text, $max) → $expected', ({ text, max, expected }) => {
    expect(shorten(text, max)).toBe(expected);
  });

  it('keeps untrusted names as plain data (ECharts escapes text nodes; no templates)', () => {
    const o = barOption({ ...base, categories: [XSS, '产业', '医疗'], series: [{ name: XSS, values: [1, 2, 3] }] });
    expect(axis(o.xAxis).data?.[0]).toBe(XSS);
    expect(seriesOf(o)[0]?.name).toBe(XSS);
  });

  it.each([
    { name: 'length mismatch', input: { ...base, series: [{ name: 's', values: [1, 2] }] } },
    { name: 'NaN', input: { ...base, series: [{ name: 's', values: [1, Number.NaN, 2] }] } },
    { name: 'Infinity', input: { ...base, series: [{ name: 's', values: [1, Number.POSITIVE_INFINITY, 2] }] } },
  ])('throws on $name', ({ input }) => {
    expect(() => barOption(input)).toThrow(RangeError);
  });

  it('is pure: same input, same option; input not mutated', () => {
    const categories = ['a', 'b'];
    const values = [1, null];
    const input: BarInput = { categories, series: [{ name: 's', values }], unit: '家' };
    expect(JSON.stringify(barOption(input))).toBe(JSON.stringify(barOption(input)));
    expect(categories).toEqual(['a', 'b']);
    expect(values).toEqual([1, null]);
  });
});

describe('barTable, barHoverText, tableHoverText', () => {
  const input: BarInput = {
    categories: ['教育', XSS],
    series: [
      { name: '承诺', values: [10_500, null] },
      { name: '到位', values: [3000, 12.5] },
    ],
    unit: '万元',
  };

  it('table: one row per category, one column per series, null kept', () => {
    expect(barTable(input, '帮扶领域')).toEqual({
      columns: ['帮扶领域', '承诺（万元）', '到位（万元）'],
      rows: [
        ['教育', 10_500, 3000],
        [XSS, null, 12.5],
      ],
    });
  });

  it.each([
    {
      name: 'multi-series',
      input,
      expected: [
        ['教育 · 承诺：1.05 亿元', `${XSS} · 承诺：未知`],
        ['教育 · 到位：3,000 万元', `${XSS} · 到位：12.5 万元`],
      ],
    },
    {
      name: 'single series',
      input: { ...input, series: [{ name: '承诺', values: [1, null] }] },
      expected: [['教育：1 万元', `${XSS}：未知`]],
    },
  ])('hover text, $name: plain text per [series][index]', ({ input: i, expected }) => {
    expect(barHoverText(i)).toEqual(expected);
  });

  it('hover text is text, not markup: the escaped form of the XSS name is what HTML would need', () => {
    const t = barHoverText(input)[0]?.[1] ?? '';
    expect(t.startsWith(XSS)).toBe(true); // set with textContent on the client, never innerHTML
    expect(escapeHtml(t)).toBe('&lt;img src=x onerror=alert(1)&gt;基金会 · 承诺：未知');
  });

  it.each([{ value: barHoverText(input) }, { value: ['a & b', '</script><script>alert(1)</script>', '\u2028'] }, { value: { k: 1 } }])(
    'jsonForHtml: no raw < > & in the markup, JSON.parse gives the text back (%#)',
    ({ value }) => {
      const j = jsonForHtml(value);
      expect(j).not.toMatch(/[<>&\u2028\u2029]/u);
      expect(JSON.parse(j)).toEqual(value);
    },
  );

  it('hover payload carries the XSS name only as \\u003c-escaped JSON', () => {
    expect(jsonForHtml(barHoverText(input))).toContain('\\u003cimg src=x onerror=alert(1)\\u003e基金会 · 承诺：未知');
  });

  it('fallback hover text from a table', () => {
    expect(tableHoverText(barTable(input, '帮扶领域'))).toEqual([
      ['教育 · 承诺（万元）：10,500', `${XSS} · 承诺（万元）：未知`],
      ['教育 · 到位（万元）：3,000', `${XSS} · 到位（万元）：12.5`],
    ]);
  });

  it.each([
    { horizontal: false, n: 7, series: 1, expected: 360 },
    { horizontal: true, n: 1, series: 1, expected: 200 },
    { horizontal: true, n: 7, series: 1, expected: 28 + 48 + 56 * 7 },
    { horizontal: true, n: 7, series: 3, expected: 44 + 48 + 66 * 7 },
  ])('barHeight horizontal=$horizontal n=$n series=$series → $expected', ({ horizontal, n, series, expected }) => {
    const s = Array.from({ length: series }, (_, i) => ({ name: `s${i}`, values: [] }));
    expect(barHeight({ categories: Array.from({ length: n }, (_, i) => `c${i}`), series: s, horizontal })).toBe(expected);
  });
});

describe('summarize', () => {
  const s = (categories: string[], values: (number | null)[], extra: Partial<SummaryInput> = {}): string =>
    summarize({ by: '帮扶领域', measure: '投入资金', noun: '领域', unit: '万元', categories, values, ...extra });

  it.each([
    {
      name: 'example from the brief',
      categories: ['教育', '产业', '医疗', '文化', '生态', '就业', '其他'],
      values: [10_500, 3000, 800, 500, 200, 100, 50],
      expected: '按帮扶领域统计，投入资金最多的是教育（1.05 亿元），其次是产业（3,000 万元）；共 7 个领域有数据。',
    },
    { name: 'empty', categories: [], values: [], expected: '按帮扶领域统计，暂无投入资金数据。' },
    { name: 'all unknown', categories: ['教育', '产业'], values: [null, null], expected: '按帮扶领域统计，2 个领域的投入资金均未知。' },
    { name: 'one known', categories: ['教育'], values: [500], expected: '按帮扶领域统计，只有教育有投入资金数据（500 万元）。' },
    {
      name: 'one known, others unknown',
      categories: ['教育', '产业', '医疗'],
      values: [null, 500, null],
      expected: '按帮扶领域统计，只有产业有投入资金数据（500 万元），另有 2 个领域未知。',
    },
    {
      name: 'unknown counted apart, not as 0',
      categories: ['教育', '产业', '医疗'],
      values: [100, null, 0],
      expected: '按帮扶领域统计，投入资金最多的是教育（100 万元），其次是医疗（0 万元）；共 2 个领域有数据，另有 1 个领域未知。',
    },
    {
      name: 'tie at the top',
      categories: ['产业', '教育', '医疗'],
      values: [3000, 3000, 800],
      expected: '按帮扶领域统计，投入资金最多的是产业和教育（均为 3,000 万元），其次是医疗（800 万元）；共 3 个领域有数据。',
    },
    {
      name: 'tie for second, three names',
      categories: ['甲', '乙', '丙', '丁'],
      values: [9, 5, 5, 5],
      expected: '按帮扶领域统计，投入资金最多的是甲（9 万元），其次是乙、丙和丁（均为 5 万元）；共 4 个领域有数据。',
    },
    {
      name: 'tie for second, more than three names',
      categories: ['甲', '乙', '丙', '丁', '戊'],
      values: [1, 9, 1, 1, 1],
      expected: '按帮扶领域统计，投入资金最多的是乙（9 万元），其次是甲、丙、丁等 4 个领域（均为 1 万元）；共 5 个领域有数据。',
    },
    {
      name: 'all equal',
      categories: ['甲', '乙', '丙'],
      values: [0, 0, 0],
      expected: '按帮扶领域统计，共 3 个领域有数据，投入资金均为 0 万元。',
    },
  ])('$name', ({ categories, values, expected }) => {
    expect(s(categories, values)).toBe(expected);
  });

  it('other units and measure words', () => {
    expect(
      summarize({
        by: '省份',
        measure: '参与机构',
        noun: '省份',
        unit: '家',
        categories: ['四川', '贵州', '云南'],
        values: [12, 30, null],
      }),
    ).toBe('按省份统计，参与机构最多的是贵州（30 家），其次是四川（12 家）；共 2 个省份有数据，另有 1 个省份未知。');
    expect(s(['甲', '乙'], [null, null], { noun: '机构', counter: '家' })).toBe('按帮扶领域统计，2 家机构的投入资金均未知。');
  });

  it('is deterministic: ties keep input order, repeated calls agree', () => {
    const categories = ['丙', '甲', '乙'];
    const values = [7, 7, 7.5];
    const first = s(categories, values);
    expect(first).toBe('按帮扶领域统计，投入资金最多的是乙（7.5 万元），其次是丙和甲（均为 7 万元）；共 3 个领域有数据。');
    for (let i = 0; i < 5; i++) expect(s(categories, values)).toBe(first);
  });

  it.each([
    { name: 'length mismatch', categories: ['a'], values: [1, 2] },
    { name: 'NaN', categories: ['a'], values: [Number.NaN] },
  ])('throws on $name', ({ categories, values }) => {
    expect(() => s(categories, values)).toThrow(RangeError);
  });
});

describe('palette', () => {
  it('categorical: Okabe–Ito, 8 distinct hex colours, dark blue first', () => {
    expect(CATEGORICAL).toHaveLength(8);
    expect(new Set(CATEGORICAL).size).toBe(8);
    expect(CATEGORICAL[0]).toBe('#0072B2');
    for (const c of CATEGORICAL) expect(c).toMatch(/^#[0-9A-F]{6}$/u);
  });

  it('sequential: 6 steps, strictly darker', () => {
    expect(SEQUENTIAL).toHaveLength(6);
    const lum = (h: string): number => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (let i = 1; i < SEQUENTIAL.length; i++) expect(lum(SEQUENTIAL[i] as string)).toBeLessThan(lum(SEQUENTIAL[i - 1] as string));
  });

  it.each([
    { n: 1, expected: ['#084594'] },
    { n: 2, expected: ['#c6dbef', '#084594'] },
    { n: 6, expected: [...SEQUENTIAL] },
  ])('sequentialColors($n)', ({ n, expected }) => {
    expect(sequentialColors(n)).toEqual(expected);
  });

  it.each([0, 7, 2.5])('sequentialColors(%s) throws', (n) => {
    expect(() => sequentialColors(n)).toThrow(RangeError);
  });

  it('decals: one per colour; decalOption on/off', () => {
    expect(DECALS).toHaveLength(CATEGORICAL.length);
    expect(decalOption(true)).toEqual({ show: true, decals: [...DECALS] });
    expect(decalOption(false)).toEqual({ show: false });
  });
});
