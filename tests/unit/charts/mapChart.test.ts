import { describe, expect, it } from 'vitest';
import { PAIRED_LEGEND, type MapLegend, type RegionFigures } from '../../../src/lib/geo/mapFigures.ts';
import { checkCatalog } from '../../../src/lib/charts/catalog.ts';
import {
  keyCountyMapSpec,
  mapNote,
  mapSvg,
  mapSvgHeight,
  provinceMapSpec,
  type KeyCountyMapInput,
  type ProvinceMapInput,
} from '../../../src/lib/charts/mapChart.ts';
import { legendItems, legendLabel, mapColours, regionFill } from '../../../src/lib/charts/mapStyle.ts';
import { NO_DATA, SEQUENTIAL } from '../../../src/lib/charts/palette.ts';
import { standaloneSvg } from '../../../src/lib/charts/standalone.ts';
import { shareCardSvg } from '../../../src/lib/charts/card.ts';
import { qrMatrix } from '../../../src/lib/charts/qr.ts';
import { renderPng } from '../../../src/io/fonts.ts';
import { decodeRgba } from '../../fixtures/png.ts';

const fig = (code: string, projects: number, isKeyCounty: boolean, cls: number): RegionFigures => ({
  code,
  projects,
  funds: projects > 0 ? projects * 10 : null,
  fundsKnown: projects > 0 ? 1 : 0,
  orgs: projects,
  isKeyCounty,
  classes: { projects: projects > 0 ? cls : -1, funds: -1, orgs: -1, paired: isKeyCounty ? (projects > 0 ? 1 : 0) : -1 },
});
const legends: MapLegend[] = [
  {
    metric: 'projects',
    breaks: [2],
    ranges: [
      [1, 1],
      [2, 7],
    ],
    classes: 2,
  },
  { metric: 'funds', breaks: [], ranges: [], classes: 1 },
  { metric: 'orgs', breaks: [], ranges: [], classes: 1 },
  PAIRED_LEGEND,
];
const fundsLegend: MapLegend = {
  metric: 'funds',
  breaks: [500],
  ranges: [
    [26.5, 43],
    [500, 10_500],
  ],
  classes: 2,
};
const square = (x: number): string => `M${x} 0h10v10h-10z`;
const input: KeyCountyMapInput = {
  id: 'key-county-map',
  data: {
    view: {
      width: 100,
      height: 50,
      provinces: [{ code: '620000', name: '甘肃省', d: 'M0 0h100v50h-100z' }],
      regions: [
        { code: '623023', name: '', d: square(0) },
        { code: '623021', name: '', d: square(20) },
        { code: '540000', name: '', d: square(40) },
      ],
      flows: [],
      centroids: new Map(),
      inset: { d: 'M90 40h5v8h-5z', labelX: 92, labelY: 50 },
    },
    figures: [fig('540000', 3, false, 1), fig('623021', 0, true, -1), fig('623023', 1, true, 0)],
    legends,
    names: new Map([
      ['623023', '甘肃省/甘南藏族自治州/舟曲县'],
      ['623021', '甘肃省/甘南藏族自治州/临潭县'],
      ['540000', '<b>西藏自治区</b>'],
    ]),
  },
  listed: 2,
  listSize: 160,
  baseMap: { approvalNumber: null, sourceNote: '底图由本站脚本生成' },
  source: '本站逐项记录',
  dataDate: '2022 年',
  pages: [{ path: 'map/', label: '地图' }],
};

describe('mapStyle', () => {
  it.each([
    { l: legends[0]!, k: 0, expected: '1' },
    { l: legends[0]!, k: 1, expected: '2–7' },
    {
      l: fundsLegend,
      k: 0,
      expected: '26.5–43 万元',
    },
    {
      l: fundsLegend,
      k: 1,
      expected: '500 万元–1.05 亿元',
    },
    { l: { metric: 'funds', breaks: [], ranges: [[800, 800]], classes: 1 } as MapLegend, k: 0, expected: '800 万元' },
    { l: legends[1]!, k: 0, expected: '有数据' },
    { l: legends[3]!, k: 1, expected: '有项目直达' },
    { l: legends[3]!, k: 0, expected: '暂无项目直达' },
  ])('legendLabel($l.metric, $k) = $expected', ({ l, k, expected }) => {
    expect(legendLabel(l, k)).toBe(expected);
  });

  it('fills unknown regions with the no-data grey, never the lowest class', () => {
    const colours = mapColours(legends);
    expect(regionFill(undefined, 'projects', colours)).toBe(NO_DATA);
    expect(regionFill(fig('x', 0, true, -1), 'projects', colours)).toBe(NO_DATA);
    expect(regionFill(fig('x', 1, false, 0), 'projects', colours)).not.toBe(NO_DATA);
    expect(colours['paired']).toEqual(['#ffffff', SEQUENTIAL[3]]);
  });

  it('ends every legend with the no-data swatch', () => {
    const figures = input.data.figures;
    expect(legendItems(legends[0]!, figures).map((i) => i.label)).toEqual(['1（1 个地区）', '2–7（1 个地区）', '无数据']);
    expect(legendItems(legends[3]!, figures).at(-1)).toEqual({ colour: NO_DATA, label: '非重点帮扶县' });
  });
});

describe('keyCountyMapSpec', () => {
  const spec = keyCountyMapSpec(input);

  it('states the finding and the key figure: reached of listed key counties', () => {
    expect(spec.title).toBe('已收录的 2 个重点帮扶县中，1 个有社会组织项目直达');
    expect(spec.keyFigure).toEqual({ value: 1, unit: '个', label: '有项目直达的重点帮扶县（已收录 2/160 个）' });
    expect(spec.summary).toBe(
      '国家乡村振兴重点帮扶县共 160 个，本站已收录有来源的 2 个，其中 1 个有社会组织项目直达；逐项记录的项目涉及 2 个地区，项目最多的是<b>西藏自治区</b>（3 个）。',
    );
  });

  it('tabulates every region, most projects first; unknown funds stay null', () => {
    expect(spec.table.rows).toEqual([
      ['<b>西藏自治区</b>', '否', 3, 30, 3],
      ['甘肃省/甘南藏族自治州/舟曲县', '是', 1, 10, 1],
      ['甘肃省/甘南藏族自治州/临潭县', '是', 0, null, 0],
    ]);
  });

  it('draws regions in their projects colour, key counties outlined, with the 示意图 note', () => {
    expect(spec.map.regions.map((r) => r.key)).toEqual([true, true, false]);
    expect(spec.map.regions[1]?.fill).toBe(NO_DATA);
    expect(spec.map.mapNote).toBe('示意图。底图由本站脚本生成。');
    expect(checkCatalog([spec])).toEqual([spec]);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('prints the 审图号 of an approved base map instead', () => {
    expect(mapNote({ approvalNumber: 'GS(2099)0001号', sourceNote: '底图由发布单位提供' })).toBe(
      '审图号：GS(2099)0001号。底图由发布单位提供。',
    );
  });
});

describe('provinceMapSpec', () => {
  const names = new Map([
    ['623023', '舟曲县'],
    ['623021', '临潭县'],
    ['620100', '兰州市'],
  ]);
  const province = (figures: RegionFigures[]): ProvinceMapInput => ({
    id: 'province-map-620000',
    province: '甘肃省',
    data: { view: input.data.view, figures, legends, names },
    baseMap: input.baseMap,
    source: '本站逐项记录',
    dataDate: '2022 年',
    pages: [{ path: 'regions/620000/', label: '甘肃省' }],
  });

  it.each([
    {
      name: 'with listed key counties: how many of them projects reach',
      figures: [fig('623023', 1, true, 0), fig('623021', 0, true, -1), fig('620100', 2, false, 1)],
      title: '甘肃省已收录重点帮扶县 2 个，其中 1 个有项目直达',
      key: { value: 1, unit: '个', label: '有项目直达的重点帮扶县（甘肃省已收录 2 个）' },
      summary:
        '甘肃省有本站已收录的国家乡村振兴重点帮扶县 2 个，其中 1 个有社会组织项目直达；逐项记录的项目指明了 2 个县（区）或地市，项目最多的是兰州市（2 个）。面向全省的项目不在图上着色。',
    },
    {
      name: 'without key counties: how many counties or prefectures projects name',
      figures: [fig('620100', 2, false, 1)],
      title: '甘肃省：项目指明的县（区）或地市有 1 个',
      key: { value: 1, unit: '个', label: '项目指明的县（区）或地市' },
      summary:
        '甘肃省没有本站已收录的重点帮扶县；逐项记录的项目指明了 1 个县（区）或地市，项目最多的是兰州市（2 个）。面向全省的项目不在图上着色。',
    },
    {
      name: 'projects only for the whole province',
      figures: [],
      title: '甘肃省的项目未指明县（区）或地市',
      key: { value: 0, unit: '个', label: '项目指明的县（区）或地市' },
      summary: '甘肃省没有本站已收录的重点帮扶县；逐项记录的项目未指明县（区）或地市。面向全省的项目不在图上着色。',
    },
  ])('$name', ({ figures, title, key, summary }) => {
    const spec = provinceMapSpec(province(figures));
    expect(spec.title).toBe(title);
    expect(spec.keyFigure).toEqual(key);
    expect(spec.summary).toBe(summary);
    expect(spec.table.rows.map((r) => r[0])).toEqual([...figures].sort((a, b) => b.projects - a.projects).map((f) => names.get(f.code)));
    expect(spec.map.mapNote).toBe('示意图。底图由本站脚本生成。');
    expect(checkCatalog([spec])).toEqual([spec]);
  });
});

describe('mapSvg and the map downloads', () => {
  const spec = keyCountyMapSpec(input);
  const svg = mapSvg(spec.map, { width: 400, id: 'dl-map', ariaLabel: spec.summary });

  it('is one <svg> of the computed height with the legend, escaping its label', () => {
    expect(svg).toMatch(
      new RegExp(
        `^<svg role="img" aria-label="[^"]*&lt;b&gt;西藏自治区&lt;/b&gt;[^"]*" id="dl-map" xmlns="http://www.w3.org/2000/svg" width="400" height="${mapSvgHeight(spec.map, 400)}"`,
        'u',
      ),
    );
    expect(svg).not.toContain('<b>');
    for (const t of ['项目数（个）', '1（1 个地区）', '2–7（1 个地区）', '无数据', '黑色描边：已收录的重点帮扶县'])
      expect(svg).toContain(`>${t}<`);
  });

  it('renders (well-formed) with the key counties outlined in ink', () => {
    const img = decodeRgba(renderPng(svg, null, 2));
    expect(img.width).toBe(800);
    // in the map area (above the legend) the key-county outline is the only ink-coloured (#1f2328) thing
    let outline = 0;
    for (let i = 0; i < img.width * 200 * 4; i += 4) {
      if ((img.data[i] as number) < 70 && (img.data[i + 1] as number) < 70 && (img.data[i + 2] as number) < 80) outline++;
    }
    expect(outline).toBeGreaterThan(800); // two outlined squares of 80 × 80 px
  });

  it('puts the map note on the SVG download and the share card', () => {
    const credit = {
      siteName: '站',
      publisher: '主办',
      permalink: 'https://example.gov.cn/charts/key-county-map/',
      license: { name: 'CC BY 4.0', url: 'u' },
      generator: 'g',
    };
    const plot = { svg: mapSvg(spec.map, { width: 640, id: 'dl', ariaLabel: 'a' }), width: 640, height: mapSvgHeight(spec.map, 640) };
    expect(standaloneSvg(spec, plot, credit)).toContain('>示意图。底图由本站脚本生成。<');
    const card = shareCardSvg({ spec, credit, qr: qrMatrix(credit.permalink), mini: null });
    expect(card).toContain('>示意图。<');
    expect(card).toContain('id="card-key-county-map"');
  });
});
