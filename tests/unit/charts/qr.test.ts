import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrMatrix, qrSize, qrSvg } from '../../../src/lib/charts/qr.ts';
import { renderPng } from '../../../src/io/fonts.ts';
import { readQr } from '../../fixtures/png.ts';

/** The QR code alone as an SVG document, rendered to PNG (no fonts needed: it is shapes). */
function qrPng(text: string, module = 4): Uint8Array {
  const m = qrMatrix(text);
  const size = qrSize(m, module);
  return renderPng(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">${qrSvg(m, 0, 0, module)}</svg>`, null, 1);
}

describe('qrMatrix', () => {
  it('is a square of an allowed size (21 + 4k modules)', () => {
    const m = qrMatrix('http://localhost:4321/charts/projects-by-domain/');
    expect(m.length).toBe(m[0]?.length);
    expect((m.length - 21) % 4).toBe(0);
    // finder pattern: dark top-left corner module, and the 7-module dark border
    expect(m[0]?.slice(0, 7)).toEqual([true, true, true, true, true, true, true]);
  });
});

describe('qrSvg → PNG → jsQR', () => {
  it.each([
    'http://localhost:4321/charts/projects-by-domain/',
    'https://example.gov.cn/showcase/charts/flows/',
    // UTF-8 bytes survive (an IDN or a path someone did not percent-encode)
    'https://例子.中国/图表/flows/',
  ])('decodes back to %s', (url) => {
    expect(readQr(qrPng(url))).toBe(url);
  });

  it('leaves a white quiet zone of 4 modules', () => {
    const m = qrMatrix('x');
    const svg = qrSvg(m, 10, 20, 3);
    expect(svg).toContain(
      `<rect x="10" y="20" width="${(m.length + 2 * QUIET_ZONE) * 3}" height="${(m.length + 2 * QUIET_ZONE) * 3}" fill="#ffffff"/>`,
    );
    // first dark module of the first row starts after the quiet zone
    expect(svg).toContain(`M${10 + QUIET_ZONE * 3} ${20 + QUIET_ZONE * 3}h`);
  });

  it('is not decodable when the modules are drawn wrongly (the test can fail)', () => {
    const m = qrMatrix('https://example.gov.cn/');
    const broken = m.map((row, r) => row.map((d, c) => (r > 8 && c > 8 ? !d : d)));
    const size = qrSize(broken, 4);
    const png = renderPng(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">${qrSvg(broken, 0, 0, 4)}</svg>`,
      null,
      1,
    );
    expect(readQr(png)).not.toBe('https://example.gov.cn/');
  });
});
