/**
 * Just enough reading of an MDX file for the content check: the YAML frontmatter, the level-2
 * headings and the data components (<Fig …/>, <Place …/>, …) with their attributes and line
 * numbers. Code fences are skipped. Pure.
 */
import { load as loadYaml } from 'js-yaml';

export interface MdxParts {
  /** Parsed frontmatter (js-yaml, as Astro parses it); null when there is none or it is not YAML. */
  frontmatter: unknown;
  /** Why the frontmatter could not be read, if it could not. */
  frontmatterError: string | null;
  /** Raw frontmatter lines (for locating keys). */
  frontmatterText: string;
  body: string;
  /** Line number (1-based, in the whole file) of the body's first line. */
  bodyLine: number;
}

export function splitMdx(text: string): MdxParts {
  const src = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const m = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/u.exec(src);
  if (!m) return { frontmatter: null, frontmatterError: '文件开头没有 --- 包围的 YAML 信息块', frontmatterText: '', body: src, bodyLine: 1 };
  const fm = m[1]!;
  let frontmatter: unknown = null;
  let frontmatterError: string | null = null;
  try {
    frontmatter = loadYaml(fm);
  } catch (e) {
    frontmatterError = e instanceof Error ? e.message.split('\n')[0]! : String(e);
  }
  return { frontmatter, frontmatterError, frontmatterText: fm, body: src.slice(m[0].length), bodyLine: fm.split('\n').length + 3 };
}

/** Line (1-based, whole file) of a top-level frontmatter key; 1 when not found. */
export function keyLine(parts: MdxParts, key: string): number {
  const i = parts.frontmatterText.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return i < 0 ? 1 : i + 2;
}

/** Body lines outside fenced code, with their file line numbers. */
function proseLines(parts: MdxParts): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fenced = false;
  parts.body.split('\n').forEach((text, i) => {
    if (/^\s*(```|~~~)/u.test(text)) {
      fenced = !fenced;
      return;
    }
    if (!fenced) out.push({ text, line: parts.bodyLine + i });
  });
  return out;
}

export interface Heading {
  depth: number;
  text: string;
  line: number;
}

/** ATX headings (## …) of the body. */
export function headings(parts: MdxParts): Heading[] {
  const out: Heading[] = [];
  for (const { text, line } of proseLines(parts)) {
    const m = /^(#{1,6})\s+(.+?)\s*#*\s*$/u.exec(text);
    if (m) out.push({ depth: m[1]!.length, text: m[2]!.trim(), line });
  }
  return out;
}

export interface ComponentUse {
  name: string;
  attrs: Record<string, string>;
  line: number;
}

const TAG = /<([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z][\w-]*(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/gu;
const ATTR = /([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/gu;

/** Capitalised JSX tags (components) of the body with their string attributes. */
export function components(parts: MdxParts): ComponentUse[] {
  const out: ComponentUse[] = [];
  for (const { text, line } of proseLines(parts)) {
    for (const m of text.matchAll(TAG)) {
      const attrs: Record<string, string> = {};
      for (const a of (m[2] ?? '').matchAll(ATTR)) attrs[a[1]!] = a[2] ?? a[3] ?? (a[4] !== undefined ? a[4].trim().replace(/^["']|["']$/gu, '') : 'true');
      out.push({ name: m[1]!, attrs, line });
    }
  }
  return out;
}

/**
 * Money and head counts written as bare numbers in prose (not through a component): "500万元",
 * "1,200 户", "3 家". Years, dates and other units (亩, 座, 所) are not matched.
 */
export function bareFigures(parts: MdxParts): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const FIG = /(?:约|近|超过|逾)?\d[\d,，.]*\s*(?:余|多)?\s*(?:亿元|万元|元|万人次|万人|人次|万户|户|人|家|个项目|个帮扶项目)/gu;
  for (const { text, line } of proseLines(parts)) {
    if (/^\s*#/u.test(text)) continue;
    const prose = text.replace(TAG, ' ');
    for (const m of prose.matchAll(FIG)) out.push({ text: m[0], line });
  }
  return out;
}
