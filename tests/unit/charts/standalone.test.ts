import { describe, expect, it } from 'vitest';
import { barInput, barSpec, type ChartSpec } from '../../../src/lib/charts/catalog.ts';
import { barHeight, barOption } from '../../../src/lib/charts/options.ts';
import { renderChartSvg } from '../../../src/lib/charts/render.ts';
import { placeSvg, standaloneSvg, type Credit } from '../../../src/lib/charts/standalone.ts';
import { renderPng } from '../../../src/io/fonts.ts';
import { decodeRgba } from '../../fixtures/png.ts';

const XSS = '<img src=x onerror=alert(1)>基金会';
const ESCAPED = '&lt;img src=x onerror=alert(1)&gt;基金会';

const spec: ChartSpec = barSpec({
  id: 'projects-by-org',
  title: `${XSS}实施项目最多（3 个）`,
  categories: [XSS, '社会团体 & 协会', '"引号"'],
  values: [3, 2, null],
  measure: '项目数',
  unit: '个',
  by: '组织',
  noun: '组织',
  source: `来源 ${XSS}`,
  dataDate: '2022 年',
  pages: [{ path: 'totals/', label: '统计' }],
});
const credit: Credit = {
  siteName: '社会组织助力乡村振兴数据展示',
  publisher: '某省民政厅 <script>',
  permalink: 'https://example.gov.cn/charts/projects-by-org/',
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  generator: 'src/pages/charts/[id].svg.ts',
};
const height = barHeight(barInput(spec));
const plot = { svg: renderChartSvg(barOption(barInput(spec, 640)), { width: 640, height, id: 'dl-x' }), width: 640, height };
const svg = standaloneSvg(spec, plot, credit);

describe('standaloneSvg', () => {
  it('is an XML document with its generator, a title and a description', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!-- 由 src/pages/charts/[id].svg.ts 在构建时生成')).toBe(true);
    expect(svg).toContain(`<title id="projects-by-org-title">${ESCAPED}实施项目最多（3 个）</title>`);
    expect(svg).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="688" height="\d+" viewBox="0 0 688 \d+" role="img"/u);
  });

  it('escapes every data text: no markup from the data survives', () => {
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    expect(svg).toContain(`>${ESCAPED}实施项目最多（3 个）</tspan>`);
    expect(svg).toContain(`来源 ${ESCAPED}`);
    expect(svg).toContain('某省民政厅 &lt;script&gt;');
  });

  it('carries the credit: source, data date, site, permalink and licence', () => {
    for (const t of [
      '数据截至：2022 年',
      '社会组织助力乡村振兴数据展示',
      'https://example.gov.cn/charts/projects-by-org/',
      '许可：CC BY 4.0',
    ])
      expect(svg).toContain(t);
  });

  it('places the plot inside the frame, below the title', () => {
    expect(svg).toMatch(/<svg x="24" y="\d+" role="img"/u);
  });

  it('is well-formed: resvg (a strict XML parser) renders it at its size', () => {
    const img = decodeRgba(renderPng(svg, null, 1));
    expect(img.width).toBe(688);
    // the bars are drawn (Okabe–Ito blue #0072B2)
    let blue = 0;
    for (let i = 0; i < img.data.length; i += 4) if (img.data[i] === 0x00 && img.data[i + 1] === 0x72 && img.data[i + 2] === 0xb2) blue++;
    expect(blue).toBeGreaterThan(1000);
  });
});

describe('placeSvg', () => {
  it('adds x and y to a rendered <svg>, and refuses one that has them', () => {
    expect(placeSvg('<svg width="1" height="1"></svg>', 3, 4.5)).toBe('<svg x="3" y="4.5" width="1" height="1"></svg>');
    expect(() => placeSvg('<svg x="1" width="1"></svg>', 0, 0)).toThrow(/x\/y/u);
    expect(() => placeSvg('<g></g>', 0, 0)).toThrow();
  });
});
