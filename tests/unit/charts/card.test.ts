import { describe, expect, it } from 'vitest';
import { barSpec, type BarData } from '../../../src/lib/charts/catalog.ts';
import { CARD_HEIGHT, CARD_SCALE, CARD_WIDTH, QR_CAPTION, headOf, qrModule, shareCardSvg } from '../../../src/lib/charts/card.ts';
import { barOption } from '../../../src/lib/charts/options.ts';
import { qrMatrix } from '../../../src/lib/charts/qr.ts';
import { renderChartSvg } from '../../../src/lib/charts/render.ts';
import type { Credit } from '../../../src/lib/charts/standalone.ts';
import { renderPng } from '../../../src/io/fonts.ts';
import { decodeRgba, readQr } from '../../fixtures/png.ts';

const XSS = '<img src=x onerror=alert(1)>基金会';
const permalink = 'https://example.gov.cn/charts/flows/';
const credit: Credit = {
  siteName: '社会组织助力乡村振兴数据展示',
  publisher: '某省民政厅',
  permalink,
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  generator: 'src/pages/charts/[id]-card.png.ts',
};
const categories = Array.from({ length: 12 }, (_, i) => (i === 0 ? XSS : `类别${i}`));
const spec = barSpec({
  id: 'flows',
  title: `${XSS}的项目最多（12 个）`,
  categories,
  values: categories.map((_, i) => 12 - i),
  measure: '项目数',
  unit: '个',
  by: '流向',
  noun: '流向',
  source: '本站逐项记录',
  dataDate: '2022 年',
  pages: [{ path: 'totals/#flow', label: '统计' }],
});
const drawn: BarData[] = [];
const mini = (bar: BarData, width: number, height: number): string => {
  drawn.push(bar);
  return renderChartSvg(
    barOption({ categories: bar.categories, series: bar.series, unit: bar.unit, horizontal: bar.horizontal, width, valueLabels: true }),
    { width, height, id: 'card-flows' },
  );
};
const svg = shareCardSvg({ spec, credit, qr: qrMatrix(permalink), mini });

describe('shareCardSvg', () => {
  it('is a portrait, phone-sized document', () => {
    expect(svg).toContain(`width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`);
    expect(CARD_HEIGHT / CARD_WIDTH).toBeCloseTo(16 / 9, 2);
  });

  it('shows the finding, the key figure, source, data date, licence and the QR caption', () => {
    for (const t of ['的项目最多', '>12 个<', '本站逐项记录', '数据截至：2022 年', '许可：CC BY 4.0', QR_CAPTION]) expect(svg).toContain(t);
  });

  it('escapes data text', () => {
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;基金会');
  });

  it('draws the first categories that fit, and says the chart is cut', () => {
    const bar = drawn.at(-1) as BarData;
    expect(bar.categories.length).toBeLessThan(12);
    expect(bar.categories).toEqual(categories.slice(0, bar.categories.length));
    expect(svg).toContain(`图中为前 ${bar.categories.length} 项（共 12 项），完整数据见链接`);
  });

  it('draws no mini chart when no value is known (unknown is not zero)', () => {
    const unknown = barSpec({
      ...spec,
      id: 'u',
      categories: ['甲', '乙'],
      values: [null, null],
      measure: '资金',
      unit: '万元',
      by: '领域',
      noun: '领域',
      source: 's',
      dataDate: 'd',
      pages: spec.pages,
      title: '资金均未知',
    });
    const before = drawn.length;
    const card = shareCardSvg({ spec: unknown, credit, qr: qrMatrix(permalink), mini });
    expect(drawn.length).toBe(before);
    expect(card).toContain('>未知<');
  });

  it('has a QR code that decodes to the permalink in the 2× PNG', () => {
    const png = renderPng(svg, null, CARD_SCALE);
    const img = decodeRgba(png);
    expect([img.width, img.height]).toEqual([CARD_WIDTH * CARD_SCALE, CARD_HEIGHT * CARD_SCALE]);
    expect(readQr(png)).toBe(permalink);
  });
});

describe('qrModule', () => {
  it.each(['x', permalink, `${permalink}${'a'.repeat(120)}`])('whole pixels at 2× and at most 156 units for %s', (text) => {
    const q = qrMatrix(text);
    const m = qrModule(q);
    expect(Number.isInteger(m * CARD_SCALE)).toBe(true);
    expect(m).toBeGreaterThanOrEqual(1);
    expect((q.length + 8) * m).toBeLessThanOrEqual(Math.max(156, (q.length + 8) * 1));
  });
});

describe('headOf', () => {
  it('keeps the first n categories and their values', () => {
    const bar: BarData = {
      categories: ['a', 'b', 'c'],
      series: [{ name: 's', values: [1, null, 3] }],
      unit: '个',
      horizontal: true,
      categoryHeader: 'h',
    };
    expect(headOf(bar, 2)).toEqual({ ...bar, categories: ['a', 'b'], series: [{ name: 's', values: [1, null] }] });
  });
});
