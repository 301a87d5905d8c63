import { describe, expect, it } from 'vitest';
import {
  builtFile,
  decodeEntities,
  excerptParts,
  markQuery,
  firstHeading,
  indexedPage,
  kindLabel,
  matchesQuery,
  pageKindOf,
  indexedPart,
  markForIndex,
  prepareForIndex,
  readSearchState,
  resultHref,
  SearchIndexError,
  titleTerms,
  writeSearchState,
  withoutUnindexed,
  PAGE_KINDS,
} from '../../../src/lib/site/search.ts';

const kind = (id: string) => PAGE_KINDS.find((k) => k.id === id)!;

describe('builtFile', () => {
  it.each([
    { path: '/', base: '/', file: 'index.html' },
    { path: '/regions/623023/', base: '/', file: 'regions/623023/index.html' },
    { path: '/showcase/regions/623023/', base: '/showcase/', file: 'regions/623023/index.html' },
    { path: '/showcase', base: '/showcase/', file: 'index.html' },
    { path: '/404', base: '/', file: '404.html' },
    { path: '/feed.xml', base: '/', file: 'feed.xml' },
    { path: '/data/open/projects.csv', base: '/', file: 'data/open/projects.csv' },
    { path: '/cases/%E6%A1%88%E4%BE%8B/', base: '/', file: 'cases/案例/index.html' },
    { path: '/other/page/', base: '/showcase/', file: null },
  ])('$path (base $base) → $file', ({ path, base, file }) => {
    expect(builtFile(path, base)).toBe(file);
  });
});

describe('indexedPage', () => {
  it.each([
    { file: 'index.html', expected: { url: '/', kind: '栏目' } },
    { file: 'regions/623023/index.html', expected: { url: '/regions/623023/', kind: '地区' } },
    {
      file: 'organizations/beijing-bethune-foundation/index.html',
      expected: { url: '/organizations/beijing-bethune-foundation/', kind: '组织' },
    },
    { file: 'projects/index.html', expected: { url: '/projects/', kind: '栏目' } },
    { file: 'organizations/index.html', expected: { url: '/organizations/', kind: '栏目' } },
    { file: 'organizations/funds/foundation/all/index.html', expected: null }, // a view of the index: names only
    { file: 'organizations/projects/all/provincial/2/index.html', expected: null },
    { file: 'projects/p-1/index.html', expected: null }, // found through the project list's own index
    { file: 'domains/education/index.html', expected: { url: '/domains/education/', kind: '领域' } },
    { file: 'data/quality/index.html', expected: { url: '/data/quality/', kind: '栏目' } },
    { file: 'sources/hainan-promotion-meeting/index.html', expected: { url: '/sources/hainan-promotion-meeting/', kind: '来源文件' } },
    { file: 'search/index.html', expected: null },
    { file: '404.html', expected: null },
    { file: 'pagefind/playground/index.html', expected: null },
    { file: 'summary.json', expected: null },
  ])('$file', ({ file, expected }) => {
    const r = indexedPage(file);
    expect(r && { url: r.url, kind: r.kind.label }).toEqual(expected);
  });
});

describe('pageKindOf', () => {
  it.each([
    { dir: '', expected: 'section' },
    { dir: 'regions/', expected: 'section' },
    { dir: 'regions/540000/', expected: 'region' },
    { dir: 'cases/', expected: 'section' },
    { dir: 'cases/a-case/', expected: 'case' },
    { dir: 'brands/family/rural-development/', expected: 'brand' },
    { dir: 'campaigns/hebei-2021/', expected: 'campaign' },
    { dir: 'reports/2021/', expected: 'edition' },
    { dir: 'data/dictionary/', expected: 'section' },
    { dir: 'map/', expected: 'section' },
    { dir: 'totals/', expected: 'section' },
  ])('$dir → $expected', ({ dir, expected }) => {
    expect(pageKindOf(dir).id).toBe(expected);
  });
});

describe('kindLabel', () => {
  it.each([
    { value: 'region', expected: '地区' },
    { value: '项目', expected: '项目' },
    { value: '未知的', expected: '未知的' },
  ])('$value → $expected', ({ value, expected }) => {
    expect(kindLabel(value)).toBe(expected);
  });
});

describe('titleTerms', () => {
  const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  it('splits like the browser segmenter, drops punctuation and spaces', () => {
    const terms = titleTerms('白求恩·眼明心安 项目', seg).split(' ');
    expect(terms.join('')).toBe('白求恩眼明心安项目');
    expect(terms).not.toContain('·');
    expect(terms.length).toBeGreaterThan(1);
  });
  it('matches what the segmenter gives for each word of a name', () => {
    const name = '北京白求恩公益基金会';
    expect(titleTerms(name, seg)).toBe([...seg.segment(name)].map((s) => s.segment).join(' '));
  });
  it.each(['', '  ', '——'])('%j → empty', (t) => {
    expect(titleTerms(t, seg)).toBe('');
  });
});

describe('firstHeading', () => {
  it.each([
    { html: '<main><h1>舟曲县</h1><h1>二</h1></main>', expected: '舟曲县' },
    { html: '<h1 class="x">&lt;img src=x onerror=alert(1)&gt;基金会</h1>', expected: '<img src=x onerror=alert(1)>基金会' },
    { html: '<h1>甲 <span>乙</span>\n 丙</h1>', expected: '甲 乙 丙' },
    { html: '<h2>无</h2>', expected: null },
  ])('$html', ({ html, expected }) => {
    expect(firstHeading(html)).toBe(expected);
  });
});

describe('markForIndex', () => {
  it('adds the kind filter and the terms metadata to <main data-pagefind-body>, escaped', () => {
    const html = '<body><header>站名</header><main class="wrap" data-pagefind-body><h1>x</h1></main></body>';
    const out = markForIndex(html, 'organizations/x/index.html', kind('organization'), '<img "a"> & b');
    expect(out).toBe(
      '<body><header>站名</header><main class="wrap" data-pagefind-body data-pagefind-filter="kind:组织" data-pagefind-meta="terms:&lt;img &quot;a&quot;&gt; &amp; b"><h1 data-pagefind-weight="10">x</h1></main></body>',
    );
  });
  it('weights only the first <h1> inside <main>, keeping its attributes, and no <header> lookalike', () => {
    const html = '<h1>站名</h1><main data-pagefind-body><p>导语</p><h1 class="t">标题</h1><header>h</header><h1>第二个</h1></main>';
    expect(markForIndex(html, 'a.html', kind('section'), '')).toBe(
      '<h1>站名</h1><main data-pagefind-body data-pagefind-filter="kind:栏目"><p>导语</p><h1 data-pagefind-weight="10" class="t">标题</h1><header>h</header><h1>第二个</h1></main>',
    );
  });
  it('leaves the metadata out when there are no terms', () => {
    const out = markForIndex('<main data-pagefind-body>t</main>', 'a.html', kind('section'), '');
    expect(out).toBe('<main data-pagefind-body data-pagefind-filter="kind:栏目">t</main>');
  });
  it('stops with search-no-body naming the file when the page has no indexed <main>', () => {
    const run = () => markForIndex('<main class="wrap"><h1>x</h1></main>', 'other/index.html', kind('section'), 'x');
    expect(run).toThrow(SearchIndexError);
    expect(run).toThrow(/\[search-no-body\] other\/index\.html/u);
  });
});

describe('withoutUnindexed', () => {
  it.each([
    {
      name: 'empties tables and SVG, keeping their opening tags (their ids are anchors)',
      html: '<p>a</p><table id="t"><tr><td>甲</td></tr></table><p>b</p><svg viewBox="0 0 1 1"><g id="g"><path d=""/></g></svg>',
      expected: '<p>a</p><table id="t"></table><p>b</p><svg viewBox="0 0 1 1"></svg>',
    },
    {
      name: 'counts nesting',
      html: '<svg><svg id="inset"><text>南海诸岛</text></svg><text>x</text></svg><p>后</p>',
      expected: '<svg></svg><p>后</p>',
    },
    {
      name: 'reads a quoted attribute through: a name like "<svg>" in it is not a tag',
      html: '<p title="<svg> 与 </table>">名</p><table><tr><td title="a>b">c</td></tr></table>',
      expected: '<p title="<svg> 与 </table>">名</p><table></table>',
    },
    {
      name: 'passes over scripts, styles and comments whole',
      html: '<script type="module">const s = "<svg>";</script><!-- <table> --><style>svg{}</style><p>x</p>',
      expected: '<script type="module">const s = "<svg>";</script><!-- <table> --><style>svg{}</style><p>x</p>',
    },
    { name: 'leaves a self-closing SVG as it is', html: '<svg class="i"/><p>x</p>', expected: '<svg class="i"/><p>x</p>' },
    { name: 'matches tags in any case', html: '<TABLE><TR><TD>x</TD></TR></TABLE>y', expected: '<TABLE></TABLE>y' },
    { name: 'nothing to empty', html: '<p>只有文字</p>', expected: '<p>只有文字</p>' },
    { name: 'a closing tag without its opening: null (the caller keeps the text)', html: '<p>a</p></table><p>b</p>', expected: null },
    { name: 'an opening tag never closed: null', html: '<table><tr><td>a</td></tr>', expected: null },
  ])('$name', ({ html, expected }) => {
    expect(withoutUnindexed(html)).toBe(expected);
  });
});

describe('indexedPart', () => {
  it('keeps the <html> tag and the indexed <main>, emptied of what is not indexed, and nothing else', () => {
    const html =
      '<!doctype html><html lang="zh-CN"><head><meta http-equiv="content-security-policy" content="x"><title>t</title></head><body><header><nav>导航</nav></header><main class="wrap" data-pagefind-body><h1>甘肃省</h1><svg><path/></svg><p>正文</p><table><tr><td>1</td></tr></table></main><footer>页脚</footer></body></html>';
    expect(indexedPart(html, 'regions/620000/index.html')).toBe(
      '<html lang="zh-CN"><body><main class="wrap" data-pagefind-body><h1>甘肃省</h1><svg></svg><p>正文</p><table></table></main></body></html>',
    );
  });
  it('keeps what is not indexed when its tags do not pair up (Pagefind leaves it out itself)', () => {
    const html = '<html><body><main data-pagefind-body><p>a</p><table><tr><td>b</td></main></body></html>';
    expect(indexedPart(html, 'a.html')).toBe('<html><body><main data-pagefind-body><p>a</p><table><tr><td>b</td></main></body></html>');
  });
  it('stops with search-no-body naming the file when the page has no indexed <main>', () => {
    expect(() => indexedPart('<html><main><h1>x</h1></main></html>', 'other/index.html')).toThrow(/\[search-no-body\] other\/index\.html/u);
  });
});

describe('prepareForIndex', () => {
  it('marks the indexed part of the page', () => {
    const html =
      '<html lang="zh-CN"><head><title>t</title></head><body><nav>n</nav><main data-pagefind-body><h1>甲</h1><table><tr><td>1</td></tr></table></main></body></html>';
    expect(prepareForIndex(html, 'a.html', kind('organization'), '甲')).toBe(
      '<html lang="zh-CN"><body><main data-pagefind-body data-pagefind-filter="kind:组织" data-pagefind-meta="terms:甲"><h1 data-pagefind-weight="10">甲</h1><table></table></main></body></html>',
    );
  });
});

describe('decodeEntities', () => {
  it.each([
    { text: '&lt;img src=x onerror=alert(1)&gt;', expected: '<img src=x onerror=alert(1)>' },
    { text: '&amp;lt; stays one level', expected: '&lt; stays one level' },
    { text: '&#39;&#x27;&quot;&nbsp;', expected: `''"\u00a0` },
    { text: '&bogus; &#xD800; &#0; & alone', expected: '&bogus; &#xD800; &#0; & alone' },
    { text: '舟曲县', expected: '舟曲县' },
  ])('$text', ({ text, expected }) => {
    expect(decodeEntities(text)).toBe(expected);
  });
});

describe('excerptParts', () => {
  it.each([
    { excerpt: '', expected: [] },
    {
      excerpt: '县级行政区 <mark>舟曲</mark>县',
      expected: [
        { text: '县级行政区 ', mark: false },
        { text: '舟曲', mark: true },
        { text: '县', mark: false },
      ],
    },
    {
      excerpt: '&lt;img src=x <mark>onerror</mark>=alert(1)&gt;基金会',
      expected: [
        { text: '<img src=x ', mark: false },
        { text: 'onerror', mark: true },
        { text: '=alert(1)>基金会', mark: false },
      ],
    },
    // markup Pagefind would never produce stays literal text
    { excerpt: '<img src=x onerror=alert(1)><b>粗</b>', expected: [{ text: '<img src=x onerror=alert(1)><b>粗</b>', mark: false }] },
    { excerpt: '<mark class="x">a</mark>', expected: [{ text: '<mark class="x">a', mark: false }] },
    { excerpt: '<mark>a</mark><mark>b</mark>', expected: [{ text: 'ab', mark: true }] },
    { excerpt: '<mark>未闭合', expected: [{ text: '未闭合', mark: true }] },
  ])('$excerpt', ({ excerpt, expected }) => {
    expect(excerptParts(excerpt)).toEqual(expected);
  });
});

describe('resultHref', () => {
  it.each([
    { url: '/regions/623023/', base: '/', expected: '/regions/623023/' },
    { url: '/showcase/regions/623023/', base: '/showcase/', expected: '/showcase/regions/623023/' },
    { url: '/regions/623023/', base: '/showcase/', expected: null },
    { url: '//evil.example/', base: '/', expected: null },
    { url: 'javascript:alert(1)', base: '/', expected: null },
    { url: 'https://evil.example/', base: '/', expected: null },
    { url: '/\\evil.example', base: '/', expected: null },
  ])('$url under $base', ({ url, base, expected }) => {
    expect(resultHref(url, base)).toBe(expected);
  });
});

describe('search state in the URL', () => {
  it.each([
    { search: '', expected: { q: '', kind: '' }, back: '' },
    { search: '?q=%E8%88%9F%E6%9B%B2', expected: { q: '舟曲', kind: '' }, back: '?q=%E8%88%9F%E6%9B%B2' },
    {
      search: '?q=+%E8%88%9F%E6%9B%B2+&kind=%E5%9C%B0%E5%8C%BA',
      expected: { q: '舟曲', kind: '地区' },
      back: '?q=%E8%88%9F%E6%9B%B2&kind=%E5%9C%B0%E5%8C%BA',
    },
    { search: '?q=a&kind=nonsense', expected: { q: 'a', kind: '' }, back: '?q=a' },
  ])('$search', ({ search, expected, back }) => {
    const state = readSearchState(search);
    expect(state).toEqual(expected);
    expect(writeSearchState(state)).toBe(back);
  });
});

describe('matchesQuery', () => {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words = (t: string): string[] => [...segmenter.segment(t)].filter((x) => x.isWordLike).map((x) => x.segment);
  const page = '舟曲县 甘南藏族自治州 教育帮扶 北京白求恩公益基金会';
  it.each([
    ['舟曲县', true],
    ['舟曲 教育', true],
    ['白求恩', true],
    ['县', true],
    ['火星基地', false], // 地 alone is not a match
    ['舟曲 火星', false],
    ['', false],
  ])('%s → %s', (q, expected) => {
    expect(matchesQuery(page, q, words)).toBe(expected);
  });
});

describe('markQuery', () => {
  it('marks the terms the reader typed, never a single character of another word', () => {
    expect(markQuery('玛曲县、舟曲县与舟曲', '舟曲县')).toEqual([
      { text: '玛曲县、', mark: false },
      { text: '舟曲县', mark: true },
      { text: '与舟曲', mark: false },
    ]);
  });
  it('marks each term of a query with spaces, the longer first', () => {
    expect(markQuery('舟曲县教育帮扶', '舟曲 舟曲县 教育')).toEqual([
      { text: '舟曲县教育', mark: true },
      { text: '帮扶', mark: false },
    ]);
  });
  it('leaves text without the terms unmarked, and keeps markup-like text as text', () => {
    expect(markQuery('<b>舟曲</b>', '玛曲')).toEqual([{ text: '<b>舟曲</b>', mark: false }]);
  });
});
