/**
 * Text for hand-made SVG (the download frame and the share card): width estimates, line wrapping
 * for Chinese text, and escaped <text> elements. Pure. SVG text does not wrap by itself, and there
 * is no font at hand to measure with, so widths are estimated per character: CJK and full-width
 * characters 1 em, Latin letters and digits about 0.6 em (Noto Sans SC's Latin is narrower; the
 * estimate errs on the wide side, so lines never overflow).
 */
import { escapeHtml } from '../format.ts';

/** Estimated advance of one character, in em. */
export function charWidth(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c === 0x20) return 0.3;
  if (c < 0x80) return /[A-Z0-9@%&#MW]/u.test(ch) ? 0.62 : /[iljt.,:;'!|()[\]]/u.test(ch) ? 0.32 : 0.55;
  // arrows, bullets and general punctuation are narrower than a CJK cell in Noto Sans SC
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x2190 && c <= 0x21ff) || c === 0xb7) return 0.7;
  return 1;
}

/** Estimated width (px) of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w * fontSize;
}

/** Characters that may not start a line (Chinese line-breaking rules, 避头点). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕”’…·%,.;:?!)]}']);
/** Characters that may not end a line (避尾点). */
const NO_LINE_END = new Set([...'（《「『【〔“‘([{']);

/**
 * Break units: a short full-width parenthetical such as “（7 个）” (a figure and its unit stay
 * together), a run of Latin letters/digits, one other character (kept whole when it fits).
 */
function tokens(text: string): string[] {
  return text.match(/（[^（）\n]{1,8}）|[A-Za-z0-9][A-Za-z0-9.,:/_%+\-@#&=?~]*|\s+|./gsu) ?? [];
}

/**
 * Greedy line wrapping at `maxWidth` px: never starts a line with closing punctuation nor ends one
 * with opening punctuation; a unit longer than a line (a URL) is split by character. Lines never
 * exceed `maxWidth` except by one hanging closing mark. With
 * `maxLines`, the last kept line ends with '…' when text was cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (): void => {
    lines.push(line.trimEnd());
    line = '';
  };
  const queue = tokens(text.replace(/\s*\n\s*/gu, ' ')).reverse();
  while (queue.length > 0) {
    const t = queue.pop() as string;
    const space = /^\s+$/u.test(t);
    if (line === '' && space) continue;
    // a unit wider than a whole line (a URL, a long bracket) is broken into its characters
    if ([...t].length > 1 && textWidth(t, fontSize) > maxWidth) {
      queue.push(...[...t].reverse());
      continue;
    }
    if (line === '' || textWidth(line + t, fontSize) <= maxWidth) {
      line += t;
      continue;
    }
    const chars = [...line];
    const last = chars.at(-1) ?? '';
    if (NO_LINE_START.has(t)) {
      // closing punctuation may not start a line: carry the last character over with it (推出),
      // or, when that cannot help, let the mark hang past the end of the line
      if (chars.length > 1 && !NO_LINE_START.has(last) && !/\s/u.test(last)) {
        line = chars.slice(0, -1).join('');
        push();
        line = last + t;
      } else {
        line += t;
      }
    } else if (NO_LINE_END.has(last) && chars.length > 1) {
      // an opening bracket may not end a line: it moves to the next one
      line = chars.slice(0, -1).join('');
      push();
      line = space ? last : last + t;
    } else {
      push();
      if (!space) line = t;
    }
  }
  if (line !== '') push();
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    let lastLine = kept[maxLines - 1] ?? '';
    while (lastLine !== '' && textWidth(`${lastLine}…`, fontSize) > maxWidth) lastLine = [...lastLine].slice(0, -1).join('');
    kept[maxLines - 1] = `${lastLine}…`;
    return kept;
  }
  return lines;
}

export interface TextStyle {
  readonly fontSize: number;
  readonly fill: string;
  readonly fontFamily: string;
  readonly fontWeight?: number;
  readonly anchor?: 'start' | 'middle' | 'end';
}

/**
 * One <text> with a <tspan> per line, first baseline at `y`. Text and attribute values are
 * escaped here: callers pass data as it is.
 */
export function svgLines(lines: readonly string[], x: number, y: number, lineHeight: number, style: TextStyle): string {
  const attrs = [
    `font-family="${escapeHtml(style.fontFamily)}"`,
    `font-size="${style.fontSize}"`,
    `fill="${escapeHtml(style.fill)}"`,
    style.fontWeight === undefined ? '' : `font-weight="${style.fontWeight}"`,
    style.anchor === undefined || style.anchor === 'start' ? '' : `text-anchor="${style.anchor}"`,
  ].filter((a) => a !== '');
  const spans = lines.map((l, i) => `<tspan x="${x}" y="${round(y + i * lineHeight)}">${escapeHtml(l)}</tspan>`).join('');
  return `<text ${attrs.join(' ')}>${spans}</text>`;
}

export function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** An XML comment whose text cannot end the comment early ('--' is not allowed inside). */
export function xmlComment(text: string): string {
  return `<!-- ${text.replace(/-{2,}/gu, (m) => m.split('').join(' ')).replace(/-$/u, '- ')} -->`;
}
