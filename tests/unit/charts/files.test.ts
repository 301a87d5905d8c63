import { describe, expect, it } from 'vitest';
import { barSpec } from '../../../src/lib/charts/catalog.ts';
import { chartCsv, chartJson, embedHeight, pngSize, svgSize } from '../../../src/lib/charts/files.ts';
import type { SiteIdentity } from '../../../src/lib/charts/citation.ts';

const site: SiteIdentity = {
  name: '站名',
  publisher: '主办',
  url: 'https://example.gov.cn',
  base: '/',
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};
const spec = barSpec({
  id: 'funds-by-domain',
  title: '教育领域投入资金最多（1.2 亿元）',
  categories: ['教育', '=HYPERLINK("http://x")', '健康, "养老"'],
  values: [12_000, 3.5, null],
  measure: '投入/拨付资金',
  unit: '万元',
  by: '帮扶领域',
  noun: '领域',
  source: '本站逐项记录',
  dataDate: '2022 年',
  pages: [{ path: 'totals/#domain', label: '统计' }],
});

describe('chartCsv', () => {
  const csv = chartCsv(spec);

  it('starts with the UTF-8 BOM and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5); // header, 3 rows, final empty string
    expect(csv.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
  });

  it('writes the header with the unit, raw numbers, unknown as an empty cell, quoted and defused text', () => {
    expect(csv.slice(1).split('\r\n')).toEqual([
      '帮扶领域,投入/拨付资金（万元）',
      '教育,12000',
      `"'=HYPERLINK(""http://x"")",3.5`,
      '"健康, ""养老""",',
      '',
    ]);
  });
});

describe('chartJson', () => {
  const j = chartJson(spec, site);

  it('carries the data with null for unknown, and says so', () => {
    expect(j['series']).toEqual([{ name: '投入/拨付资金', values: [12_000, 3.5, null] }]);
    expect(j['unit']).toBe('万元');
    expect(JSON.stringify(j['conventions'])).toContain('null 表示未知，不是 0');
  });

  it('carries provenance, citation, licence and links', () => {
    expect(j).toMatchObject({
      id: 'funds-by-domain',
      source: '本站逐项记录',
      dataDate: '2022 年',
      publisher: '主办',
      license: site.license,
      permalink: 'https://example.gov.cn/charts/funds-by-domain/',
      embed: 'https://example.gov.cn/embed/funds-by-domain/',
      appearsOn: [{ label: '统计', url: 'https://example.gov.cn/totals/#domain' }],
    });
    expect(j['citation']).toBe(
      '主办. 教育领域投入资金最多（1.2 亿元）[EB/OL]. 站名, (数据截至 2022 年). https://example.gov.cn/charts/funds-by-domain/. 许可：CC BY 4.0.',
    );
    expect(j['generatedBy']).toMatch(/src\/pages\/charts\//u);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
});

describe('sizes', () => {
  it('reads a PNG size from its IHDR chunk, and refuses what is not a PNG', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x05, 0x60, 0, 0, 0x02, 0xd0,
    ]);
    expect(pngSize(png)).toEqual({ width: 1376, height: 720 });
    expect(() => pngSize(new Uint8Array(24))).toThrow(/not a PNG/u);
  });

  it('reads an SVG size from its root element', () => {
    expect(
      svgSize('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="688" height="650.5" viewBox="0 0 688 650.5">'),
    ).toEqual({ width: 688, height: 650.5 });
    expect(() => svgSize('<p>')).toThrow();
  });

  it('gives the embed iframe room for the chart and its credit', () => {
    expect(embedHeight(spec)).toBeGreaterThan(200 + 100);
  });
});
