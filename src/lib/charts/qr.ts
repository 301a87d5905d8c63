/**
 * QR codes for share cards: the module matrix from qrcode-generator, drawn as one SVG path (one
 * square per dark module) on a white quiet zone. Pure.
 */
import qrcode from 'qrcode-generator';
import { round } from './svgText.ts';

export type QrMatrix = readonly (readonly boolean[])[];

/** Quiet zone around the symbol, in modules (ISO/IEC 18004 asks for 4). */
export const QUIET_ZONE = 4;

/**
 * The QR matrix of `text` (byte mode, UTF-8, smallest version that fits), error correction level
 * M by default (15 % of the symbol can be lost). qrcode-generator's byte mode keeps the low 8 bits
 * of each UTF-16 unit, so the text's UTF-8 bytes are handed over one per unit.
 */
export function qrMatrix(text: string, ecl: 'L' | 'M' | 'Q' | 'H' = 'M'): QrMatrix {
  const bytes = new TextEncoder().encode(text);
  let latin1 = '';
  for (const b of bytes) latin1 += String.fromCharCode(b);
  const qr = qrcode(0, ecl);
  qr.addData(latin1, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

/** Side (in the same units as `module`) of the drawn symbol including its quiet zone. */
export function qrSize(matrix: QrMatrix, module: number): number {
  return (matrix.length + 2 * QUIET_ZONE) * module;
}

/**
 * The symbol as SVG at (x, y), `module` units per module: a white square (quiet zone included)
 * and one path of dark squares. Runs of dark modules in a row become one rectangle.
 */
export function qrSvg(matrix: QrMatrix, x: number, y: number, module: number, dark = '#000000'): string {
  const size = qrSize(matrix, module);
  const d: string[] = [];
  matrix.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (!row[c]) {
        c += 1;
        continue;
      }
      const start = c;
      while (c < row.length && row[c]) c += 1;
      const px = round(x + (QUIET_ZONE + start) * module);
      const py = round(y + (QUIET_ZONE + r) * module);
      d.push(`M${px} ${py}h${round((c - start) * module)}v${round(module)}h${round(-(c - start) * module)}z`);
    }
  });
  return `<g class="qr"><rect x="${round(x)}" y="${round(y)}" width="${round(size)}" height="${round(size)}" fill="#ffffff"/><path d="${d.join('')}" fill="${dark}" shape-rendering="crispEdges"/></g>`;
}
