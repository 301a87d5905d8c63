/**
 * Full-text search (Pagefind), the pure parts: which built pages are indexed and under what URL,
 * the page kind shown beside a result and offered as a filter, the extra attributes added to a
 * page's HTML before it is indexed, and turning Pagefind's excerpt into text and marks without
 * ever treating it as HTML. No I/O: `src/io/searchIndex.ts` reads the files, the search page
 * fetches Pagefind's bundle.
 */

/** Page kinds, in the order the search page offers them as a filter. */
export const PAGE_KINDS = [
  { id: 'region', label: '地区', dir: 'regions' },
  { id: 'organization', label: '组织', dir: 'organizations' },
  { id: 'domain', label: '领域', dir: 'domains' },
  { id: 'case', label: '案例', dir: 'cases' },
  { id: 'brand', label: '品牌', dir: 'brands' },
  { id: 'campaign', label: '行动', dir: 'campaigns' },
  { id: 'edition', label: '年度', dir: 'reports' },
  { id: 'source', label: '来源文件', dir: 'sources' },
  { id: 'section', label: '栏目', dir: null },
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
/** Name of the Pagefind filter that holds the kind label. */
export const KIND_FILTER = 'kind';
/** Name of the Pagefind metadata field that holds the title split the way the browser splits queries. */
export const TERMS_META = 'terms';

/** A project's own page (projects/<id>/index.html), not the project list. */
const PROJECT_PAGE = /^projects\/[^/]+\/index\.html$/u;

/** A sorted, filtered or later page of the organization index (organizations/<sort>/<type>/<level>/…): it repeats names each organization's own page holds. */
const ORG_LIST_VIEW = /^organizations\/[^/]+\/[^/]+\/[^/]+\//u;

/** The site's own pages that are not indexed: the search page itself and the not-found page. */
const NOT_INDEXED = new Set(['search/index.html', '404.html']);

/**
 * Whether a built HTML file is indexed, and its URL in the index.
 * `file` is relative to the output folder with `/` separators ("regions/623023/index.html").
 * The URL is relative to the site base ("/regions/623023/"): Pagefind's browser bundle puts the
 * base in front (its `baseUrl`, by default the folder that holds `pagefind/`).
 * Returns null for files that are not HTML pages of the site or are not indexed.
 */
export function indexedPage(file: string): { url: string; kind: PageKind } | null {
  // embed/<id>/: charts made for iframes on other sites (no layout); their permalink pages are indexed
  if (!file.endsWith('.html') || NOT_INDEXED.has(file) || file.startsWith('pagefind/') || file.startsWith('embed/')) return null;
  // a project's own page is found through the project list's name search (its sharded index), not
  // Pagefind: at 10k projects they were three quarters of the pages and two thirds of the indexing
  // time (22 s against 8 s without), at 100k 341 s and 7.5 GB (issue #14)
  if (PROJECT_PAGE.test(file) || ORG_LIST_VIEW.test(file)) return null;
  const dir = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  return { url: `/${dir}`, kind: pageKindOf(dir) };
}

/**
 * The file a built page is written to, relative to the output folder, from its URL path
 * ("/showcase/regions/623023/" with base "/showcase/" → "regions/623023/index.html"; "/404" →
 * "404.html"; "/feed.xml" → "feed.xml"): Astro's "directory" build format. Null for a path outside
 * the base.
 */
export function builtFile(pathname: string, base: string): string | null {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = pathname === root.slice(0, -1) ? root : pathname;
  if (!path.startsWith(root)) return null;
  const rel = decodeURIComponent(path.slice(root.length));
  if (rel === '' || rel.endsWith('/')) return `${rel}index.html`;
  return /\.[^/]+$/u.test(rel) ? rel : `${rel}.html`;
}

/**
 * Kind of the page at a path relative to the base ("regions/623023/"): pages below an entity
 * folder (links.ts) are of that kind ("brands/family/rural-development/" is a 品牌 page); the
 * folders' own index pages and everything else are 栏目 (sections).
 */
export function pageKindOf(dir: string): PageKind {
  const parts = dir.split('/').filter((p) => p !== '');
  const section = PAGE_KINDS[PAGE_KINDS.length - 1]!;
  if (parts.length < 2) return section;
  return PAGE_KINDS.find((k) => k.dir === parts[0]) ?? section;
}

/** Label of a kind id or label as stored in the index; unknown values are returned as they are. */
export function kindLabel(value: string): string {
  return PAGE_KINDS.find((k) => k.id === value || k.label === value)?.label ?? value;
}

/**
 * A title split into words the way the browser's `Intl.Segmenter` splits a query, joined by spaces
 * ("北京白求恩公益基金会" → "北京 白 求 恩 公益 基金 会"). Pagefind segments page text with its own
 * dictionary at build time but the query with the browser's segmenter; storing the title this way
 * as searchable metadata lets a partial name that the two split differently still find the page.
 */
export function titleTerms(title: string, segmenter: Intl.Segmenter): string {
  const words: string[] = [];
  for (const s of segmenter.segment(title)) if (s.isWordLike) words.push(s.segment);
  return words.join(' ');
}

/** Text of the first `<h1>` of a built page (Pagefind's default title), tags removed, entities decoded. */
export function firstHeading(html: string): string | null {
  const m = /<h1\b[^>]*>([\s\S]*?)<\/h1>/iu.exec(html);
  if (!m) return null;
  return decodeEntities(m[1]!.replace(/<[^>]*>/gu, ''))
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

export class SearchIndexError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(`[${code}] ${message}`);
    this.name = 'SearchIndexError';
    this.code = code;
  }
}

/** Elements whose text is not indexed (Pagefind's excludeSelectors): data tables and SVG (charts and maps repeat every name on hub pages and would flood the results; each entity has its own page). */
export const UNINDEXED_ELEMENTS = ['table', 'svg'] as const;

/** Everything Pagefind leaves out of the index: the elements above and the map's controls, tooltip and legend. */
export const UNINDEXED_SELECTORS: readonly string[] = [...UNINDEXED_ELEMENTS, '.map-controls', '.map-tip', '.legend'];

/**
 * Every tag, read whole: comments, and scripts and styles with what they hold, are passed over;
 * quoted attribute values are read through (Astro writes a data value's "<" and ">" into an attribute
 * as they are, so a name like "<svg>" in a title attribute is not a tag). Groups: 1 script or
 * style; 2 "/" of a closing tag; 3 the tag name.
 */
const TAGS =
  /<!--[\s\S]*?-->|<(script|style)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/gu;

const UNINDEXED: ReadonlySet<string> = new Set(UNINDEXED_ELEMENTS);

/**
 * `html` with the UNINDEXED_ELEMENTS emptied of all they hold, or null when their tags do not pair up
 * (then the caller keeps them and Pagefind's excludeSelectors leave them out as before). Pagefind
 * would not index their text anyway; left in, they were nine tenths of what the build hands it
 * at 100k projects (168 MB of pages against 18 MB without them and without what lies outside
 * <main>), each page turned into JSON and base64 on the build's own thread.
 */
export function withoutUnindexed(html: string): string | null {
  let out = '';
  let kept = 0;
  let depth = 0;
  for (const m of html.matchAll(TAGS)) {
    const name = m[3]?.toLowerCase();
    if (name === undefined || !UNINDEXED.has(name) || m[0].endsWith('/>')) continue;
    if (m[2] !== '/') {
      // the opening tag stays, emptied: Pagefind lists an element's id among the page's anchors
      if (depth++ === 0) out += html.slice(kept, m.index + m[0].length);
    } else if (depth === 0) return null;
    else if (--depth === 0) kept = m.index;
  }
  return depth === 0 ? out + html.slice(kept) : null;
}

/** The `<main data-pagefind-body>` tag the layout puts around what is indexed. */
const INDEXED_BODY = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/iu;

/** Throws `search-no-body`: Pagefind would index nothing of the page (or, on a site where other pages have the element, skip it silently). */
function noBody(file: string): never {
  throw new SearchIndexError(
    'search-no-body',
    `${file}：页面没有 <main data-pagefind-body>，搜索索引无法收录它。请让页面使用 src/layouts/Base.astro 布局，或在 src/lib/site/search.ts 的 NOT_INDEXED 中排除它。`,
  );
}

/**
 * The part of a built page Pagefind reads: its `<html>` tag (the language) and its `<main
 * data-pagefind-body>` element, without what that element holds of the UNINDEXED_ELEMENTS
 * (withoutUnindexed). Pagefind makes of it what it makes of the whole page, field for field
 * (tests/build/search.test.ts compares the two for the demo's pages), from a tenth of the text
 * at 100k projects. Throws `search-no-body` when the page has no such element.
 */
export function indexedPart(html: string, file: string): string {
  const m = INDEXED_BODY.exec(html) ?? noBody(file);
  const close = html.lastIndexOf('</main>');
  const inner = html.slice(m.index + m[0].length, close > m.index ? close : html.length);
  const root = /<html\b[^>]*>/iu.exec(html.slice(0, m.index))?.[0] ?? '<html>';
  return `${root}<body>${m[0]}${withoutUnindexed(inner) ?? inner}</main></body></html>`;
}

/**
 * The page's HTML marked for Pagefind: its `<main data-pagefind-body>` element also carries the
 * kind as a filter and the title terms as metadata, and the first <h1> inside it the title weight
 * (TITLE_WEIGHT). Throws `search-no-body` when the page has no such element.
 */
export function markForIndex(html: string, file: string, kind: PageKind, terms: string): string {
  const m = INDEXED_BODY.exec(html) ?? noBody(file);
  const attrs =
    ` data-pagefind-filter="${KIND_FILTER}:${escapeAttribute(kind.label)}"` +
    (terms ? ` data-pagefind-meta="${TERMS_META}:${escapeAttribute(terms)}"` : '');
  const tag = m[0].replace(/>$/u, `${attrs}>`);
  const rest = html.slice(m.index + m[0].length);
  // the page's own title (its first <h1>) outweighs its name in other pages' prose: a search for an
  // organization's full name finds its page before a long case that names it ten times
  const h1 = /<h1(?=[\s>])/u.exec(rest);
  const body = h1 ? `${rest.slice(0, h1.index)}<h1 data-pagefind-weight="${TITLE_WEIGHT}"${rest.slice(h1.index + 3)}` : rest;
  return html.slice(0, m.index) + tag + body;
}

/** What the build hands Pagefind of a page: its indexed part (indexedPart), marked (markForIndex). */
export function prepareForIndex(html: string, file: string, kind: PageKind, terms: string): string {
  return markForIndex(indexedPart(html, file), file, kind, terms);
}

/**
 * Pagefind's ranking on this site, for the search page and the tests alike. pageLength 1 (Pagefind's
 * default is 0.75) counts a page's length fully against its matches: entity pages are short and
 * carry the name in their title, while a long case names the same organization ten times; a reader
 * who types an organization's full name wants its page first (with 0.75 the two scored within 1%).
 */
export const SEARCH_RANKING = { pageLength: 1 } as const;

/** Pagefind weight of a page's title (Pagefind's own default for an h1 is 7; 10 is its maximum). */
export const TITLE_WEIGHT = 10;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes named (the few HTML escapers emit) and numeric character references; leaves anything else as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * Pagefind's excerpt (entity-encoded text with `<mark>…</mark>` around matched words) as plain
 * text parts, each flagged whether it is marked. Only the exact tags `<mark>` and `</mark>` are
 * read as markup; anything else that looks like a tag stays literal text, so the caller can put
 * every part into the page with `textContent`. Adjacent parts with the same flag are merged.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/u)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece !== '') {
      const text = decodeEntities(piece);
      const last = parts[parts.length - 1];
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/**
 * An excerpt's text with the query's own terms marked (every occurrence of each term the reader
 * typed, split at spaces, longest first), instead of Pagefind's marks, which fall on single
 * characters inside other words (the 曲 of 玛曲 for a search for 舟曲县).
 */
export function markQuery(text: string, query: string): ExcerptPart[] {
  const terms = [...new Set(query.split(/\s+/u).filter((t) => t !== ''))].sort((a, b) => b.length - a.length);
  const parts: ExcerptPart[] = [];
  const push = (t: string, mark: boolean): void => {
    if (t === '') return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += t;
    else parts.push({ text: t, mark });
  };
  let i = 0;
  let plain = '';
  while (i < text.length) {
    const term = terms.find((t) => text.startsWith(t, i));
    if (term === undefined) {
      plain += text[i];
      i++;
      continue;
    }
    push(plain, false);
    plain = '';
    push(term, true);
    i += term.length;
  }
  push(plain, false);
  return parts;
}

/**
 * A result URL from the index as a link target, or null when it is not a path on this site under
 * `base` (a link is only ever made to the site's own pages).
 */
export function resultHref(url: string, base: string): string | null {
  if (!url.startsWith(base) || url.startsWith('//') || /[\\\s]/u.test(url)) return null;
  return url;
}

/** The search page's state as kept in its URL (`?q=舟曲&kind=地区`). */
export interface SearchState {
  q: string;
  kind: string;
}

export function readSearchState(search: string): SearchState {
  const p = new URLSearchParams(search);
  const kind = p.get('kind') ?? '';
  return { q: (p.get('q') ?? '').trim(), kind: PAGE_KINDS.some((k) => k.label === kind) ? kind : '' };
}

export function writeSearchState(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q.trim()) p.set('q', state.q.trim());
  if (state.kind) p.set('kind', state.kind);
  const qs = p.toString();
  return qs ? `?${qs}` : '';
}

/**
 * Whether a page's text really contains what was searched for. Pagefind splits a query into words
 * and ranks a page that holds any of them, down to single characters: "火星基地" would find pages
 * with 地 in them. A result is kept only when each space-separated term of the query is in the
 * page, or else all of that term's words of two or more characters are (split by `words`, the
 * browser's segmenter: "舟曲教育" is kept for a page with 舟曲 and 教育); a term of one character
 * must itself be there.
 */
export function matchesQuery(text: string, query: string, words: (term: string) => string[]): boolean {
  const hay = text.toLowerCase().replace(/\s+/gu, '');
  const terms = query
    .toLowerCase()
    .split(/\s+/u)
    .filter((t) => t !== '');
  return (
    terms.length > 0 &&
    terms.every((term) => {
      if (hay.includes(term)) return true;
      const parts = words(term).filter((w) => [...w].length >= 2);
      return parts.length > 0 && parts.every((w) => hay.includes(w.toLowerCase()));
    })
  );
}

/** How many of Pagefind's best results the search page checks with matchesQuery. */
export const RESULTS_CHECKED = 60;
