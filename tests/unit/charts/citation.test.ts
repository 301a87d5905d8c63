import { describe, expect, it } from 'vitest';
import { chartPaths, chartUrls, citationText, embedSnippet, normalizeBase, type SiteIdentity } from '../../../src/lib/charts/citation.ts';

const site: SiteIdentity = {
  name: '社会组织助力乡村振兴数据展示',
  publisher: '某省民政厅',
  url: 'https://example.gov.cn/',
  base: '/showcase',
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' },
};

describe('normalizeBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/showcase', '/showcase/'],
    ['/showcase/', '/showcase/'],
    ['showcase', '/showcase/'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

describe('chartPaths / chartUrls', () => {
  it('puts every file of a chart under the base', () => {
    expect(chartPaths('/showcase', 'flows')).toEqual({
      page: '/showcase/charts/flows/',
      embed: '/showcase/embed/flows/',
      svg: '/showcase/charts/flows.svg',
      png: '/showcase/charts/flows.png',
      csv: '/showcase/charts/flows.csv',
      json: '/showcase/charts/flows.json',
      card: '/showcase/charts/flows-card.png',
    });
  });

  it('makes absolute URLs on the site origin (no double slash)', () => {
    expect(chartUrls(site, 'flows').page).toBe('https://example.gov.cn/showcase/charts/flows/');
    expect(chartUrls({ url: 'http://localhost:4321', base: '/' }, 'flows').card).toBe('http://localhost:4321/charts/flows-card.png');
  });
});

describe('citationText', () => {
  it('follows GB/T 7714 for an online resource: publisher. title[EB/OL]. site, (date). URL. licence', () => {
    expect(citationText({ id: 'projects-by-domain', title: '健康领域项目最多（8 个）', dataDate: '2022 年' }, site)).toBe(
      '某省民政厅. 健康领域项目最多（8 个）[EB/OL]. 社会组织助力乡村振兴数据展示, (数据截至 2022 年). https://example.gov.cn/showcase/charts/projects-by-domain/. 许可：CC BY 4.0.',
    );
  });

  it('uses the configured licence', () => {
    expect(citationText({ id: 'a', title: 't', dataDate: 'd' }, { ...site, license: { name: 'CC BY-SA 4.0', url: 'x' } })).toMatch(
      /许可：CC BY-SA 4\.0\.$/u,
    );
  });
});

describe('embedSnippet', () => {
  it('is a lazy, titled, full-width iframe on the embed page', () => {
    expect(embedSnippet({ id: 'flows', title: '北京市 → 西藏自治区 的项目最多（7 个）' }, site, 548)).toBe(
      '<iframe src="https://example.gov.cn/showcase/embed/flows/" title="北京市 → 西藏自治区 的项目最多（7 个）" width="100%" height="548" style="border:0;max-width:720px" loading="lazy"></iframe>',
    );
  });

  it('escapes a title that is data', () => {
    const s = embedSnippet({ id: 'x', title: '"><img src=x onerror=alert(1)>基金会' }, site, 400);
    expect(s).toContain('title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;基金会"');
    expect(s).not.toContain('<img');
  });
});
