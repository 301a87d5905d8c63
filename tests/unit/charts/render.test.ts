import { afterEach, describe, expect, it, vi } from 'vitest';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { barHoverText, barOption, summarize, type BarInput } from '../../../src/lib/charts/options.ts';
import { renderChartSvg } from '../../../src/lib/charts/render.ts';

const XSS = '<img src=x onerror=alert(1)>基金会';
const ESCAPED = '&lt;img src=x onerror=alert(1)&gt;基金会';

const input: BarInput = {
  categories: ['教育', '产业', '医疗卫生', XSS],
  series: [{ name: `投入"资金'`, values: [10_500, 3000, null, 12] }],
  unit: '万元',
};
const summary = summarize({
  by: '帮扶领域',
  measure: '投入资金',
  noun: '领域',
  unit: '万元',
  categories: input.categories,
  values: input.series[0]?.values ?? [],
});
const size = { width: 640, height: 360 };

// The ECharts instance class, to watch init/render/dispose without a DOM.
const probe = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 10, height: 10 });
const proto = Object.getPrototypeOf(probe) as { dispose: () => void; renderToSVGString: () => string };
probe.dispose();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('renderChartSvg', () => {
  const svg = renderChartSvg(barOption({ ...input, description: summary }), { ...size, id: 'funds' });

  it('is one SVG element with role="img", the aria description and a viewBox', () => {
    expect(svg.startsWith('<svg role="img" aria-label="')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain(`aria-label="${summary.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}"`);
    expect(svg).toContain('viewBox="0 0 640 360"');
    expect(svg).toContain('width="640" height="360"');
  });

  it('draws the Chinese category labels and formatted values as SVG text', () => {
    for (const c of ['教育', '产业', '医疗卫生']) expect(svg).toContain(`>${c}<`);
    expect(svg).toContain('>（未知）<'); // the unknown category is labelled, and has no bar
    expect(svg).toContain('>1.05 亿元<');
    expect(svg).toContain('>3,000 万元<');
    expect(svg).toContain('>亿元<'); // value-axis unit
    expect(svg).toContain('PingFang SC');
  });

  it('escapes markup from the data in text nodes and attributes', () => {
    // the long name is wrapped and shortened: check its escaped start, and a short one whole
    expect(svg).toContain('>&lt;img src=x ');
    const short = renderChartSvg(barOption({ ...input, categories: ['<b>甲</b>', '乙', '丙', '丁'] }), size);
    expect(short).toContain('>&lt;b&gt;甲&lt;/b&gt;<');
    expect(short).not.toContain('<b>');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('onerror=alert(1)>');
    expect(svg).not.toContain('&amp;lt;'); // not double-escaped either
    // every attribute value is a well-formed quoted string: no stray quote from fonts or names
    const tags = svg.match(/<[a-zA-Z][^>]*>/gu) ?? [];
    for (const t of tags) expect(t).toMatch(/^<[a-zA-Z]+(?: [A-Za-z_:-]+(?:="[^"<]*")?)* ?>$/u);
  });

  it('escapes markup in the aria-label it adds', () => {
    const s = renderChartSvg(barOption(input), { ...size, ariaLabel: `${XSS} "x"` });
    expect(s.startsWith(`<svg role="img" aria-label="${ESCAPED} &quot;x&quot;" `)).toBe(true);
    expect(s).not.toContain('<img');
  });

  it('the hover text sent to the client is the data name as text; as HTML it would be escaped', () => {
    // The hydrated chart sets this with textContent, and Astro escapes it into data-echart-hover.
    const t = barHoverText(input)[0]?.[3];
    expect(t).toBe(`${XSS}：12 万元`);
    expect(JSON.stringify(barHoverText(input))).not.toMatch(/&lt;|&amp;/u);
  });

  it('uses the given id for internal ids and classes, so output is deterministic', () => {
    const a = renderChartSvg(barOption({ ...input, decal: true, series: [input.series[0]!, { name: 'b', values: [1, 2, 3, 4] }] }), {
      ...size,
      id: 'x y',
    });
    const b = renderChartSvg(barOption({ ...input, decal: true, series: [input.series[0]!, { name: 'b', values: [1, 2, 3, 4] }] }), {
      ...size,
      id: 'x y',
    });
    expect(a).toBe(b);
    expect(a).not.toMatch(/zr\d+-/u);
    expect(a).toContain('id="x-y-p0"'); // decal pattern
    expect(a).toContain('url(#x-y-p0)');
    expect(a).toContain('class="x-y-cls-');
    // no <style> element: pages allow one only by a hash in their Content-Security-Policy
    expect(a).not.toMatch(/<style\b/u);
  });

  it('carries the data indices the SSR client hydrates with', () => {
    expect(svg).toContain('ecmeta_series_index="0" ecmeta_data_index="0" ecmeta_ssr_type="chart"');
    expect(svg).not.toContain('ecmeta_data_index="2"'); // unknown: no bar at all
  });

  it('role="img" without aria-label when there is no description', () => {
    const s = renderChartSvg(
      { xAxis: { type: 'category', data: ['a'] }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: [1] }] },
      size,
    );
    expect(s.startsWith('<svg role="img" width=')).toBe(true);
  });

  it.each([
    { width: 0, height: 100 },
    { width: 100, height: Number.NaN },
  ])('rejects size $width×$height', (bad) => {
    expect(() => renderChartSvg(barOption(input), bad)).toThrow(RangeError);
  });
});

describe('dispose', () => {
  it('disposes every chart: 50 renders, 50 disposed instances', () => {
    const render = vi.spyOn(proto, 'renderToSVGString');
    const dispose = vi.spyOn(proto, 'dispose');
    const option = barOption(input);
    for (let i = 0; i < 50; i++) renderChartSvg(option, size);
    expect(render).toHaveBeenCalledTimes(50);
    expect(dispose).toHaveBeenCalledTimes(50);
    const disposed = dispose.mock.contexts as { isDisposed: () => boolean }[];
    expect(new Set(disposed).size).toBe(50);
    expect(disposed.every((c) => c.isDisposed())).toBe(true);
  });

  it('disposes when rendering throws', () => {
    const dispose = vi.spyOn(proto, 'dispose');
    const bad: EChartsOption = {
      xAxis: { type: 'category', data: ['a'] },
      yAxis: {
        type: 'value',
        axisLabel: {
          formatter: () => {
            throw new Error('boom');
          },
        },
      },
      series: [{ type: 'bar', data: [1] }],
    };
    expect(() => renderChartSvg(bad, size)).toThrow('boom');
    expect(dispose).toHaveBeenCalledTimes(1);
  });
});
