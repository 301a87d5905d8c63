/**
 * Reading an MDX file for the content check with the MDX compiler the build itself uses (satteri,
 * through @astrojs/mdx): the YAML frontmatter (js-yaml, as Astro parses it), then the body as the
 * compiler's syntax tree: headings, data components (<Fig …/>, <Place …/>, …) with their attributes,
 * prose text, and markup that could run script. A file the compiler rejects is reported with the
 * compiler's line. Pure.
 */
import { load as loadYaml } from 'js-yaml';
import { mdxToMdast, type MdastNode } from 'satteri';

export interface MdxParts {
  /** Parsed frontmatter (js-yaml, as Astro parses it); null when there is none or it is not YAML. */
  frontmatter: unknown;
  /** Why the frontmatter could not be read, if it could not. */
  frontmatterError: string | null;
  /** Raw frontmatter lines (for locating keys). */
  frontmatterText: string;
  /** The compiler's tree of the whole file (positions are lines of the file); null when it does not compile. */
  tree: MdastNode | null;
  /** Why the compiler rejected the file, with its line. */
  syntaxError: { line: number; message: string } | null;
}

/** Reads a file: frontmatter and the compiler's tree. */
export function splitMdx(text: string): MdxParts {
  const src = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  let tree: MdastNode | null = null;
  let syntaxError: MdxParts['syntaxError'] = null;
  try {
    tree = mdxToMdast(src);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /^(\d+):(\d+):\s*/u.exec(message);
    syntaxError = { line: at ? Number(at[1]) : 1, message: at ? message.slice(at[0].length) : message };
  }
  const m = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/u.exec(src);
  if (!m) return { frontmatter: null, frontmatterError: '文件开头没有 --- 包围的 YAML 信息块', frontmatterText: '', tree, syntaxError };
  const fm = m[1]!;
  let frontmatter: unknown = null;
  let frontmatterError: string | null = null;
  try {
    frontmatter = loadYaml(fm);
  } catch (e) {
    frontmatterError = e instanceof Error ? e.message.split('\n')[0]! : String(e);
  }
  return { frontmatter, frontmatterError, frontmatterText: fm, tree, syntaxError };
}

/** Line (1-based, whole file) of a top-level frontmatter key; 1 when not found. */
export function keyLine(parts: MdxParts, key: string): number {
  const i = parts.frontmatterText.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return i < 0 ? 1 : i + 2;
}

type Node = MdastNode & {
  children?: Node[];
  value?: unknown;
  name?: string | null;
  attributes?: unknown[];
  depth?: number;
  position?: { start: { line: number } };
};

/** Every node of the tree, depth first, with its line. */
function* walk(node: Node | null): Generator<Node> {
  if (node === null) return;
  yield node;
  for (const c of node.children ?? []) yield* walk(c);
}
const lineOf = (n: Node): number => n.position?.start.line ?? 1;

/** The text of a node's children (for headings). */
function textOf(n: Node): string {
  if (typeof n.value === 'string' && n.type !== 'yaml') return n.value;
  return (n.children ?? []).map(textOf).join('');
}

export interface Heading {
  depth: number;
  text: string;
  line: number;
}

/** Headings of the body. */
export function headings(parts: MdxParts): Heading[] {
  const out: Heading[] = [];
  for (const n of walk(parts.tree as Node))
    if (n.type === 'heading') out.push({ depth: n.depth ?? 1, text: textOf(n).trim(), line: lineOf(n) });
  return out;
}

/** A JSX element of the body with its attributes as text (an expression attribute as its source). */
export interface JsxUse {
  name: string;
  attrs: Record<string, string>;
  line: number;
}
export type ComponentUse = JsxUse;

function jsxUses(parts: MdxParts): JsxUse[] {
  const out: JsxUse[] = [];
  for (const n of walk(parts.tree as Node)) {
    if (n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') continue;
    const attrs: Record<string, string> = {};
    for (const a of (n.attributes ?? []) as { type: string; name?: string; value?: unknown }[]) {
      if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
      const v = a.value;
      attrs[a.name] =
        v === null || v === undefined
          ? 'true'
          : typeof v === 'string'
            ? v
            : String((v as { value?: unknown }).value ?? '')
                .trim()
                .replace(/^["']|["']$/gu, '');
    }
    out.push({ name: n.name ?? '', attrs, line: lineOf(n) });
  }
  return out;
}

/** Capitalised JSX tags (components) of the body with their attributes. */
export function components(parts: MdxParts): ComponentUse[] {
  return jsxUses(parts).filter((u) => /^[A-Z]/u.test(u.name));
}

const SCRIPT_URL = /^\s*(?:(?:javascript|vbscript)\s*:|data\s*:\s*text\/html)/iu;

/**
 * What could run script, on a reader's page or in the build: an event-handler attribute (onclick,
 * onError…), a javascript: URL, a <script> or <iframe> element, an import/export statement, and
 * any JavaScript expression ({…} in the text, an attribute value or spread written as {…}).
 */
export function unsafeMarkup(parts: MdxParts): { line: number; value: string; what: string }[] {
  const out: { line: number; value: string; what: string }[] = [];
  const add = (line: number, value: string, what: string): number => out.push({ line, value: value.slice(0, 60), what });
  for (const n of walk(parts.tree as Node)) {
    const line = lineOf(n);
    if (n.type === 'mdxjsEsm') add(line, String(n.value ?? ''), 'import/export 语句');
    if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression')
      add(line, `{${String(n.value ?? '')}}`, '程序表达式 {…}（构建时会被执行）');
    if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && SCRIPT_URL.test(String((n as { url?: unknown }).url ?? '')))
      add(line, String((n as { url?: unknown }).url), '脚本地址（javascript:）');
    if (n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') continue;
    if (/^(script|iframe|object|embed)$/iu.test(n.name ?? '')) add(line, `<${n.name}>`, `<${n.name}> 元素`);
    for (const a of (n.attributes ?? []) as { type: string; name?: string; value?: unknown }[]) {
      if (a.type !== 'mdxJsxAttribute') {
        add(line, `{${String(a.value ?? '')}}`, '展开属性 {...}');
        continue;
      }
      const name = a.name ?? '';
      const v = a.value;
      if (/^on/iu.test(name)) add(line, `${name}=…`, `事件属性 ${name}`);
      else if (typeof v === 'string' && SCRIPT_URL.test(v.replace(/[\u0000-\u001f]/gu, '')))
        add(line, `${name}="${v}"`, '脚本地址（javascript:）');
      else if (v !== null && typeof v === 'object')
        add(line, `${name}={${String((v as { value?: unknown }).value ?? '')}}`, '程序表达式 {…}（属性值请直接写在引号里）');
    }
  }
  return out;
}

/** Prose text of the body (not code, not headings), with its line. */
function proseTexts(parts: MdxParts): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const visit = (n: Node, inHeading: boolean): void => {
    if (n.type === 'code' || n.type === 'inlineCode' || n.type === 'yaml' || n.type === 'mdxjsEsm') return;
    if (n.type === 'text' && !inHeading && typeof n.value === 'string') out.push({ text: n.value, line: lineOf(n) });
    for (const c of n.children ?? []) visit(c, inHeading || n.type === 'heading');
  };
  if (parts.tree) visit(parts.tree as Node, false);
  return out;
}

/**
 * Money and head counts written as bare numbers in prose (not through a component): "500万元",
 * "1,200 户", "3 家". Years, dates and other units (亩, 座, 所) are not matched.
 */
export function bareFigures(parts: MdxParts): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const FIG = /(?:约|近|超过|逾)?\d[\d,，.]*\s*(?:余|多)?\s*(?:亿元|万元|元|万人次|万人|人次|万户|户|人|家|个项目|个帮扶项目)/gu;
  for (const { text, line } of proseTexts(parts)) for (const m of text.matchAll(FIG)) out.push({ text: m[0], line });
  return out;
}
