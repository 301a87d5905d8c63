/**
 * The share card of a chart (for WeChat Moments and similar): a portrait, phone-sized image with
 * the site name, the finding (the chart's title), the key figure big, a small version of the chart,
 * source, data date, licence, and a QR code to the permalink. Laid out here as SVG at 540 × 960
 * units and rendered to PNG at 2× (1080 × 1920 px) by src/io/fonts.ts. Pure: the mini chart is
 * drawn by the caller's `mini` function (ECharts, render.ts), so this module needs no chart runtime.
 *
 * Escaping: all text goes through svgText.ts `svgLines` (escapeHtml); the mini chart's text was
 * escaped by ECharts.
 */
import type { BarData, ChartSpec } from './catalog.ts';
import { keyFigureText } from './catalog.ts';
import { FONT_STACK } from './options.ts';
import { INK, LINE, MUTED } from './palette.ts';
import { qrSize, qrSvg, type QrMatrix } from './qr.ts';
import { placeSvg, type Credit } from './standalone.ts';
import { mapSvg, mapSvgHeight } from './mapChart.ts';
import { svgLines, wrapText, xmlComment } from './svgText.ts';
import { escapeHtml } from '../format.ts';

export const CARD_WIDTH = 540;
export const CARD_HEIGHT = 960;
/** PNG pixels per card unit: 1080 × 1920 px. */
export const CARD_SCALE = 2;
export const QR_CAPTION = '扫码查看图表与数据';

const ACCENT = '#0b5cad';
const PAD = 24;
/** Height of the footer (credit text and QR code). */
const FOOTER = 212;
const QR_MAX = 156;
const MINI_ROW = 34;
const MINI_ROW_MAX = 60;

/** Draws `bar` as an <svg> element of the given size (the caller renders it with ECharts); maps are drawn here. */
export type MiniRenderer = (bar: BarData, width: number, height: number) => string;

export interface CardInput {
  readonly spec: ChartSpec;
  readonly credit: Credit;
  /** QR matrix of the permalink (qr.ts `qrMatrix(credit.permalink)`). */
  readonly qr: QrMatrix;
  /** Null: no mini chart. */
  readonly mini: MiniRenderer | null;
}

/** Units per QR module: the largest half-unit step (whole pixels at 2×) that keeps the code within QR_MAX. */
export function qrModule(qr: QrMatrix): number {
  return Math.max(1, Math.floor((QR_MAX / qrSize(qr, 1)) * CARD_SCALE) / CARD_SCALE);
}

/** The first `n` categories of a bar chart (the spec's order: largest first for ranked charts). */
export function headOf(bar: BarData, n: number): BarData {
  return { ...bar, categories: bar.categories.slice(0, n), series: bar.series.map((s) => ({ ...s, values: s.values.slice(0, n) })) };
}

/** The share card SVG document. */
export function shareCardSvg(input: CardInput): string {
  const { spec, credit, qr } = input;
  const inner = CARD_WIDTH - 2 * PAD;
  const parts: string[] = [];
  let y = 8 + 40;

  parts.push(svgLines(wrapText(credit.siteName, inner, 16, 1), PAD, y, 22, { fontSize: 16, fill: MUTED, fontFamily: FONT_STACK }));
  y += 24;
  const title = wrapText(spec.title, inner, 28, 4);
  parts.push(svgLines(title, PAD, y + 30, 40, { fontSize: 28, fontWeight: 700, fill: INK, fontFamily: FONT_STACK }));
  y += title.length * 40 + 16;

  parts.push(
    svgLines([keyFigureText(spec.keyFigure)], PAD, y + 60, 64, { fontSize: 60, fontWeight: 700, fill: ACCENT, fontFamily: FONT_STACK }),
  );
  y += 72;
  const label = wrapText(spec.keyFigure.label, inner, 16, 2);
  parts.push(svgLines(label, PAD, y + 18, 22, { fontSize: 16, fill: MUTED, fontFamily: FONT_STACK }));
  y += label.length * 22 + 16;

  const footerTop = CARD_HEIGHT - FOOTER;
  let room = footerTop - 12 - y;
  if (spec.kind === 'map' && room >= 120) {
    // the map, as large as fits the room (its legend below it)
    const mapRoom = room - 22; // the map note goes below it
    let width = inner;
    while (width > 120 && mapSvgHeight(spec.map, width) > mapRoom) width -= 8;
    parts.push(placeSvg(mapSvg(spec.map, { width, id: `card-${spec.id}`, ariaLabel: spec.title }), PAD + (inner - width) / 2, y));
    // the note's first sentence: 示意图 / 审图号 (the full note is on the SVG download and the permalink)
    const note = `${spec.map.mapNote.split('。')[0] ?? ''}。`;
    parts.push(
      svgLines(wrapText(note, inner, 13, 1), PAD, footerTop - 16, 18, { fontSize: 13, fontWeight: 700, fill: INK, fontFamily: FONT_STACK }),
    );
  }
  // mini bar chart: as many categories as fit, said so when not all
  const bar = spec.kind === 'bar' ? spec.bar : null;
  const anyKnown = bar?.series.some((s) => s.values.some((v) => v !== null));
  if (bar !== null && input.mini !== null && anyKnown && bar.categories.length > 0 && room >= 120) {
    const total = bar.categories.length;
    const fit = bar.horizontal ? Math.max(2, Math.floor((room - 48) / MINI_ROW)) : 8;
    const n = Math.min(total, fit, 8);
    if (n < total) {
      room -= 22;
      parts.push(
        svgLines([`图中为前 ${n} 项（共 ${total} 项），完整数据见链接`], PAD, footerTop - 16, 18, {
          fontSize: 13,
          fill: MUTED,
          fontFamily: FONT_STACK,
        }),
      );
    }
    // rows grow up to MINI_ROW_MAX to use the room; a vertical chart takes at most 320 units
    const height = bar.horizontal ? Math.min(room, 48 + n * MINI_ROW_MAX) : Math.min(room, 320);
    parts.push(placeSvg(input.mini(headOf(bar, n), inner, height), PAD, y));
  }

  // footer: credit on the left, QR code on the right
  parts.push(`<line x1="${PAD}" x2="${CARD_WIDTH - PAD}" y1="${footerTop}" y2="${footerTop}" stroke="${LINE}" stroke-width="1"/>`);
  const module = qrModule(qr);
  const size = qrSize(qr, module);
  const qrX = CARD_WIDTH - PAD - size;
  const qrY = footerTop + 14;
  parts.push(qrSvg(qr, qrX, qrY, module));
  parts.push(
    svgLines([QR_CAPTION], qrX + size / 2, qrY + size + 20, 18, { fontSize: 13, fill: INK, fontFamily: FONT_STACK, anchor: 'middle' }),
  );
  const textWidth = qrX - PAD - 16;
  const credits = [
    ...wrapText(`来源：${spec.source}`, textWidth, 13, 3),
    ...wrapText(`数据截至：${spec.dataDate}`, textWidth, 13, 2),
    ...wrapText(`许可：${credit.license.name}`, textWidth, 13, 1),
    ...wrapText(`主办单位：${credit.publisher}`, textWidth, 13, 2),
    ...wrapText(credit.permalink, textWidth, 13, 2),
  ].slice(0, 8);
  parts.push(svgLines(credits, PAD, footerTop + 30, 21, { fontSize: 13, fill: MUTED, fontFamily: FONT_STACK }));

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    xmlComment(`由 ${credit.generator} 在构建时生成，请勿手工修改。`),
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" role="img" aria-label="${escapeHtml(`${spec.title}。${keyFigureText(spec.keyFigure)}（${spec.keyFigure.label}）`)}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${CARD_WIDTH}" height="8" fill="${ACCENT}"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
