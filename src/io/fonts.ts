/**
 * The CJK font for PNG downloads and share cards, used at build time only (never served):
 * Noto Sans SC Regular and Bold from the npm package @expo-google-fonts/noto-sans-sc (SIL Open Font
 * License 1.1), subset with subset-font (HarfBuzz) to the characters the build's chart and card
 * SVGs draw (src/lib/charts/glyphs.ts), once per build. resvg's native binding loads fonts from
 * files only, so the subsets are written to a cache folder in the OS temp dir, named by a hash of
 * their content (a later build with the same glyphs reuses them).
 *
 * System fonts are never loaded: a PNG looks the same on every machine, and a glyph missing from
 * the subset shows up as a gap in tests instead of being filled in silently.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { ROOT } from './dataSource.ts';

/** Family name inside the font files (FONT_STACK in src/lib/charts/options.ts names it). */
export const FONT_FAMILY = 'Noto Sans SC';

const WEIGHTS = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

export interface SubsetFonts {
  /** Font files for resvg (Regular, Bold). */
  readonly files: readonly string[];
  /** Bytes of the subset files together. */
  readonly bytes: number;
  /** Characters in the subset. */
  readonly glyphs: number;
  /** Milliseconds spent subsetting (0 when reused from the cache folder). */
  readonly ms: number;
}

/** Path of a file of an installed package (resolved from the project root, as the build runs there). */
export function packageFile(spec: string): string {
  return createRequire(join(ROOT, 'package.json')).resolve(spec);
}

const memo = new Map<string, Promise<SubsetFonts>>();

/** Regular and Bold subset to `text` (memoized per text). */
export function subsetChartFonts(text: string, cacheDir = join(tmpdir(), 'chart-fonts')): Promise<SubsetFonts> {
  const key = `${cacheDir}\u0000${text}`;
  let p = memo.get(key);
  if (p === undefined) {
    p = makeSubsets(text, cacheDir);
    memo.set(key, p);
  }
  return p;
}

async function makeSubsets(text: string, cacheDir: string): Promise<SubsetFonts> {
  const t0 = performance.now();
  mkdirSync(cacheDir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  let made = false;
  for (const [weight, spec] of Object.entries(WEIGHTS)) {
    const source = packageFile(spec);
    const hash = createHash('sha256').update(spec).update('\u0000').update(text).digest('hex').slice(0, 16);
    const file = join(cacheDir, `NotoSansSC-${weight}-${hash}.ttf`);
    if (!existsSync(file)) {
      const subset = await subsetFont(readFileSync(source), text, { targetFormat: 'sfnt' });
      // write then rename: parallel builds never see half a file
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, subset);
      renameSync(tmp, file);
      made = true;
    }
    bytes += readFileSync(file).length;
    files.push(file);
  }
  return { files, bytes, glyphs: [...text].length, ms: made ? performance.now() - t0 : 0 };
}

/**
 * SVG → PNG with resvg at `zoom` (2 = twice the SVG's size, for print), on white, with only the
 * given fonts (null: no fonts at all, used by tests to show what the font changes).
 */
export function renderPng(svg: string, fonts: SubsetFonts | null, zoom: number): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: fonts === null ? [] : [...fonts.files],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    logLevel: 'error',
  });
  return new Uint8Array(resvg.render().asPng());
}

/**
 * renderPng, kept on disk by content (the SVG, the zoom and the font subsets, themselves named by
 * content): a chart whose data did not change since the last build is not drawn again (issue #14:
 * resvg was a fifth of a build's CPU). A file is written then renamed, so a parallel build never
 * reads half of one.
 */
export function renderPngCached(
  svg: string,
  fonts: SubsetFonts | null,
  zoom: number,
  cacheDir = join(tmpdir(), 'chart-png'),
): Uint8Array<ArrayBuffer> {
  const hash = createHash('sha256')
    .update(svg)
    .update(`\u0000${zoom}\u0000${fonts === null ? '' : fonts.files.join('\u0000')}`)
    .digest('hex')
    .slice(0, 32);
  const file = join(cacheDir, `${hash}.png`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const png = renderPng(svg, fonts, zoom);
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}
