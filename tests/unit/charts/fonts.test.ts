/**
 * The subset CJK font (src/io/fonts.ts): made from the characters the texts use, small, and it
 * draws real Chinese glyphs. Tofu (the box a renderer draws for a missing glyph) is the same
 * shape for every character, so "two different characters give different pixels" is what shows
 * that glyphs, not boxes, are drawn.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glyphSet } from '../../../src/lib/charts/glyphs.ts';
import { renderPng, renderPngCached, subsetChartFonts, type SubsetFonts } from '../../../src/io/fonts.ts';
import { decodeRgba, ink, inkMask, maskDifference } from '../../fixtures/png.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'chart-fonts-test-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const TEXTS = ['健康领域项目最多（8 个）', '教育'];
let fonts: SubsetFonts;
beforeAll(async () => {
  fonts = await subsetChartFonts(glyphSet(TEXTS), cacheDir);
}, 60_000);

/** One character at 48 px, bold or not, rendered with `f` (null: no font at all). */
function glyph(ch: string, f: SubsetFonts | null, bold = false): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><text x="8" y="52" font-size="48" font-weight="${bold ? 700 : 400}" font-family="'PingFang SC', 'Noto Sans SC', sans-serif">${ch}</text></svg>`;
  return inkMask(decodeRgba(renderPng(svg, f, 1)), 0, 0, 64, 64);
}

describe('subsetChartFonts', () => {
  it('writes a Regular and a Bold subset, small next to the 10 MB originals', () => {
    expect(fonts.files).toHaveLength(2);
    for (const f of fonts.files) expect(statSync(f).size).toBeLessThan(200_000);
    expect(fonts.bytes).toBe(fonts.files.reduce((n, f) => n + statSync(f).size, 0));
    expect(fonts.glyphs).toBe([...glyphSet(TEXTS)].length);
  });

  it('reuses the files for the same text (memoized, content-addressed)', async () => {
    expect(await subsetChartFonts(glyphSet(TEXTS), cacheDir)).toBe(fonts);
  });

  it('draws Chinese glyphs: different characters differ, a character is the same in two renders', () => {
    const jian = glyph('健', fonts);
    const kang = glyph('康', fonts);
    expect(ink(jian)).toBeGreaterThan(200);
    expect(ink(kang)).toBeGreaterThan(200);
    expect(maskDifference(jian, kang)).toBeGreaterThan(200);
    expect(maskDifference(jian, glyph('健', fonts))).toBe(0);
  });

  it('draws Bold heavier than Regular', () => {
    expect(ink(glyph('健', fonts, true))).toBeGreaterThan(ink(glyph('健', fonts)) * 1.15);
  });

  it('has only the glyphs of the texts: a character not in them is not drawn', () => {
    expect(ink(glyph('龘', fonts))).toBe(0);
  });

  it('draws nothing without the font (system fonts are never loaded)', () => {
    expect(ink(glyph('健', null))).toBe(0);
  });
});

describe('renderPngCached', () => {
  const pngDir = mkdtempSync(join(tmpdir(), 'chart-png-test-'));
  afterAll(() => rmSync(pngDir, { recursive: true, force: true }));
  const svg = (fill: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="${fill}"/></svg>`;

  it('draws a chart once and reads the same bytes back while it does not change; a changed chart is drawn anew', () => {
    const first = renderPngCached(svg('#084594'), null, 2, pngDir);
    expect(first).toEqual(renderPng(svg('#084594'), null, 2));
    expect(readdirSync(pngDir)).toHaveLength(1);
    expect(renderPngCached(svg('#084594'), null, 2, pngDir)).toEqual(first);
    expect(readdirSync(pngDir)).toHaveLength(1);
    // another colour, or another size, is another picture
    expect(renderPngCached(svg('#c6dbef'), null, 2, pngDir)).not.toEqual(first);
    renderPngCached(svg('#084594'), null, 1, pngDir);
    expect(readdirSync(pngDir)).toHaveLength(3);
  });
});
