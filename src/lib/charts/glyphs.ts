/**
 * The characters a set of SVG documents draws, for subsetting the CJK font the PNGs are rendered
 * with (a full Noto Sans SC is ~10 MB; the subset for every chart and card of a build is tens of
 * KB). Pure.
 */

/** Always in the subset: printable ASCII and the punctuation chart text uses, so a glyph missed by the scan still renders. */
export const BASE_GLYPHS = `${Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('')}，。、；：？！“”‘’（）《》【】—…·→－～％`;

const ENTITY: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/** XML text → characters: the five named entities (and nbsp) and numeric references. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (m, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return ENTITY[ref.toLowerCase()] ?? m;
  });
}

/** The text content of an SVG/XML string: everything between tags, comments and <style> removed, unescaped. */
export function svgText(svg: string): string {
  const body = svg
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gu, '')
    .replace(/<\?[\s\S]*?\?>/gu, '');
  let out = '';
  for (const m of body.matchAll(/>([^<]+)</gu)) out += unescapeXml(m[1] ?? '');
  return out;
}

/** Distinct characters (code points) of `texts` plus BASE_GLYPHS, sorted by code point: the subset's text. */
export function glyphSet(texts: Iterable<string>): string {
  const set = new Set<number>();
  const add = (t: string): void => {
    for (const ch of t) {
      const c = ch.codePointAt(0) as number;
      if (c >= 0x20) set.add(c);
    }
  };
  add(BASE_GLYPHS);
  for (const t of texts) add(t);
  return String.fromCodePoint(...[...set].sort((a, b) => a - b));
}
