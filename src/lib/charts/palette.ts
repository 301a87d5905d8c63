/**
 * Chart colours. Pure data, no ECharts import (types only).
 *
 * Categorical: Okabe–Ito (Okabe & Ito 2008, "Color Universal Design"), chosen because it was
 * designed and tested for protanopia, deuteranopia and tritanopia, has eight hues (enough for
 * any chart this site draws) and stays distinct in greyscale print better than Tableau 10.
 * Order is by contrast against white, not the original order: the first four reach the 3:1
 * WCAG 1.4.11 contrast for graphics (#0072B2 5.2, #D55E00 3.9, #009E73 3.4, #CC79A7 3.1), so
 * a one- to four-series chart needs nothing else; orange (2.3), sky blue (2.3) and yellow (1.3)
 * come after black and should be used with decals on (`aria.decal`), as the data table is the
 * fallback. A single-series chart is always the dark blue.
 *
 * Sequential (maps): ColorBrewer "Blues", the six darker classes of the 7-class scheme. One
 * hue, monotone lightness, so it is ordered for every colour-vision type and in greyscale; the
 * palest class of Blues (#eff3ff) is left out so the lowest class is still visible against the
 * white page and against the grey used for "no data".
 */
import type { AriaComponentOption } from 'echarts';

/** Okabe–Ito, ordered by contrast on white (see above). */
export const CATEGORICAL: readonly string[] = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#000000', // black
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#F0E442', // yellow
];

/** ColorBrewer Blues, light (low) → dark (high); 6 steps. */
export const SEQUENTIAL: readonly string[] = ['#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'];

/** Fill for regions/bars whose value is unknown: never a step of the sequential scale (unknown ≠ 0). */
export const NO_DATA = '#e4e4e4';

/** Text and axis colours, matching the site's --ink / --muted / --line. */
export const INK = '#1f2328';
export const MUTED = '#57606a';
export const LINE = '#d0d7de';

type DecalObject =
  NonNullable<NonNullable<AriaComponentOption['decal']>['decals']> extends infer D ? (D extends readonly (infer O)[] ? O : D) : never;

const DECAL_INK = 'rgba(255, 255, 255, 0.55)';

/**
 * One decal per categorical colour (same index), so series differ by texture as well as hue.
 * White marks at 55 % show on every Okabe–Ito hue but yellow, which is last and rarely used.
 */
export const DECALS: readonly DecalObject[] = [
  { symbol: 'none' }, // first series stays plain: single-series charts look the same with or without decals
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: Math.PI / 4, color: DECAL_INK },
  {
    symbol: 'circle',
    symbolSize: 0.6,
    dashArrayX: [
      [8, 8],
      [0, 8, 8, 0],
    ],
    dashArrayY: [6, 0],
    color: DECAL_INK,
  },
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4, color: DECAL_INK },
  {
    symbol: 'rect',
    dashArrayX: [
      [6, 6],
      [0, 6, 6, 0],
    ],
    dashArrayY: [6, 0],
    color: DECAL_INK,
  },
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: 0, color: DECAL_INK },
  {
    symbol: 'triangle',
    symbolSize: 0.7,
    dashArrayX: [
      [8, 8],
      [0, 8, 8, 0],
    ],
    dashArrayY: [7, 0],
    color: 'rgba(0, 0, 0, 0.45)',
  },
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 2, color: 'rgba(0, 0, 0, 0.45)' },
];

/** `aria.decal` block: decals on/off, with this site's patterns. */
export function decalOption(show: boolean): NonNullable<AriaComponentOption['decal']> {
  return show ? { show: true, decals: [...DECALS] } : { show: false };
}

/** Colour of the i-th step of an n-step sequential scale (n ≤ SEQUENTIAL.length), spreading the steps. */
export function sequentialColors(n: number): string[] {
  if (!Number.isInteger(n) || n < 1 || n > SEQUENTIAL.length) {
    throw new RangeError(`sequentialColors: n must be 1–${SEQUENTIAL.length}, got ${n}`);
  }
  if (n === 1) return [SEQUENTIAL[SEQUENTIAL.length - 1] as string];
  return Array.from({ length: n }, (_, i) => SEQUENTIAL[Math.round((i * (SEQUENTIAL.length - 1)) / (n - 1))] as string);
}
