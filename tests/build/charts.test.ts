/**
 * Every chart of the built site is downloadable, embeddable and citable: one `astro build` of the
 * bundled data, then for EVERY chart id of the catalog its SVG, PNG (2×), CSV, JSON, share card,
 * permalink and embed page are checked. The PNGs are checked for Chinese glyphs by re-rendering
 * the shipped SVG with resvg: without any font the title area is blank, and with the full
 * (un-subset) Noto Sans SC the picture is the same as the shipped one, so no glyph is missing
 * from the subset and none is a stand-in box.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../site.config.ts';
import { chartSite, getChartCatalog, PNG_SCALE } from '../../src/io/charts.ts';
import { packageFile, renderPng } from '../../src/io/fonts.ts';
import type { ChartSpec } from '../../src/lib/charts/catalog.ts';
import { CARD_HEIGHT, CARD_SCALE, CARD_WIDTH } from '../../src/lib/charts/card.ts';
import { chartPaths, chartUrls, citationText, normalizeBase } from '../../src/lib/charts/citation.ts';
import { svgSize } from '../../src/lib/charts/files.ts';
import { escapeHtml } from '../../src/lib/format.ts';
import { bundledSite } from '../sites.ts';
import { decodeRgba, ink, inkMask, maskDifference, readQr } from '../fixtures/png.ts';

const { outDir } = bundledSite();
let specs: readonly ChartSpec[] = [];

beforeAll(async () => {
  specs = await getChartCatalog();
}, 300_000);

const file = (rel: string): Buffer => readFileSync(join(outDir, rel));
/** A site-relative path ('/charts/x.svg', base included) → its file in the build. */
const inBuild = (path: string): string => path.slice(normalizeBase(site.base).length);
const built = (path: string): Buffer => file(inBuild(path));
const paths = (id: string) => chartPaths(site.base, id);
const FULL_FONTS = [
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
].map(packageFile);

describe('chart files in the build', () => {
  it('has charts, each with a unique id', () => {
    expect(specs.length).toBeGreaterThanOrEqual(7);
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
  });

  it('lists every chart on /charts/', () => {
    const index = file('charts/index.html').toString('utf8');
    for (const s of specs) expect(index).toContain(`href="${paths(s.id).page}"`);
  });

  it('has for every chart an SVG with its title, credit and licence', () => {
    for (const s of specs) {
      const svg = built(paths(s.id).svg).toString('utf8');
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), s.id).toBe(true);
      expect(svg, s.id).toContain(`<title id="${s.id}-title">${escapeHtml(s.title)}</title>`);
      expect(svg, s.id).toContain(chartUrls(chartSite, s.id).page);
      expect(svg, s.id).toContain(`许可：${site.license.name}`);
    }
  });

  it('has for every chart a PNG at 2× the SVG size', () => {
    for (const s of specs) {
      const size = svgSize(built(paths(s.id).svg).toString('utf8'));
      const img = decodeRgba(built(paths(s.id).png));
      expect([img.width, img.height], s.id).toEqual([size.width * PNG_SCALE, size.height * PNG_SCALE]);
    }
  });

  it('renders Chinese glyphs in every PNG: blank without a font, the same as with the full font', () => {
    for (const s of specs) {
      const svg = built(paths(s.id).svg).toString('utf8');
      const shipped = decodeRgba(built(paths(s.id).png));
      // the title band: from the top to below the first title line (24 + 28 units)
      const band = (img: typeof shipped) => inkMask(img, 0, 0, img.width, 56 * PNG_SCALE);
      const withFont = band(shipped);
      const noFont = band(decodeRgba(renderPng(svg, null, PNG_SCALE)));
      expect(ink(withFont), s.id).toBeGreaterThan(0.03 * withFont.length);
      expect(ink(noFont), s.id).toBe(0);
      expect(maskDifference(withFont, noFont), s.id).toBeGreaterThan(0.03 * withFont.length);
      // every glyph is in the subset: the full font draws the same picture
      const full = new Resvg(svg, {
        fitTo: { mode: 'zoom', value: PNG_SCALE },
        background: '#ffffff',
        font: { loadSystemFonts: false, fontFiles: FULL_FONTS, defaultFontFamily: 'Noto Sans SC', sansSerifFamily: 'Noto Sans SC' },
      });
      const reference = decodeRgba(new Uint8Array(full.render().asPng()));
      const all = (img: typeof shipped) => inkMask(img, 0, 0, img.width, img.height);
      expect(maskDifference(all(shipped), all(reference)), s.id).toBeLessThan(0.001 * shipped.width * shipped.height);
    }
  }, 120_000);

  it('has for every chart a CSV with BOM, CRLF and the table header', () => {
    for (const s of specs) {
      const csv = built(paths(s.id).csv).toString('utf8');
      expect(csv.startsWith('\uFEFF'), s.id).toBe(true);
      const lines = csv.slice(1).split('\r\n');
      expect(lines[0], s.id).toBe(s.table.columns.join(','));
      expect(lines.length, s.id).toBe(s.table.rows.length + 2);
    }
  });

  it('has for every chart a JSON with its data, citation and permalink', () => {
    for (const s of specs) {
      const j = JSON.parse(built(paths(s.id).json).toString('utf8')) as Record<string, unknown>;
      expect(j['id']).toBe(s.id);
      if (s.kind === 'bar') expect(j['series']).toEqual(s.bar.series);
      else expect(j['map']).toEqual({ colouredBy: s.map.legendTitle, legend: s.map.legend, note: s.map.mapNote });
      expect(j['table']).toEqual(s.table);
      expect(j['permalink']).toBe(`${site.url.replace(/\/+$/u, '')}${paths(s.id).page}`);
      expect(j['citation']).toBe(citationText(s, chartSite));
      expect(j['license']).toEqual(site.license);
    }
  });

  it('has for every chart a 1080 × 1920 share card whose QR code decodes to the permalink', () => {
    for (const s of specs) {
      const png = built(paths(s.id).card);
      const img = decodeRgba(png);
      expect([img.width, img.height], s.id).toEqual([CARD_WIDTH * CARD_SCALE, CARD_HEIGHT * CARD_SCALE]);
      expect(readQr(png, 'bottom-right'), s.id).toBe(`${site.url.replace(/\/+$/u, '')}${site.base.replace(/\/?$/u, '/')}charts/${s.id}/`);
    }
  }, 120_000);

  it('has for every chart a permalink page with downloads, embed snippet and citation', () => {
    for (const s of specs) {
      const html = built(`${paths(s.id).page}index.html`).toString('utf8');
      for (const f of ['svg', 'png', 'csv', 'json', 'card'] as const) expect(html, `${s.id} ${f}`).toContain(`href="${paths(s.id)[f]}"`);
      expect(html).toContain(escapeHtml(`<iframe src="${chartUrls(chartSite, s.id).embed}"`));
      expect(html).toContain(escapeHtml(citationText(s, chartSite)));
      expect(html.match(/<h1\b/gu)?.length, s.id).toBe(1);
    }
  });

  it('has for every chart an embed page without site chrome, crediting the permalink', () => {
    for (const s of specs) {
      const rel = `embed/${s.id}/index.html`;
      expect(existsSync(join(outDir, rel)), s.id).toBe(true);
      const html = file(rel).toString('utf8');
      expect(html).not.toMatch(/<header\b|<footer\b|<nav\b/u);
      expect(html).toMatch(new RegExp(`<a href="${paths(s.id).page}" target="_top"[^>]*>`, 'u'));
      expect(html).toContain('<details');
    }
  });

  it('links every chart on the normal pages to its permalink ("下载与引用")', () => {
    const pages = new Map<string, string>();
    for (const s of specs) {
      for (const p of s.pages) {
        const rel = `${p.path.replace(/#.*$/u, '')}index.html`;
        const html = pages.get(rel) ?? file(rel).toString('utf8');
        pages.set(rel, html);
        expect(html, `${rel} → ${s.id}`).toContain(`<a href="${paths(s.id).page}"`);
      }
    }
  });

  it('has every download of every chart, none empty (prints their number and bytes)', () => {
    let bytes = 0;
    for (const s of specs) {
      for (const f of ['svg', 'png', 'csv', 'json', 'card'] as const) {
        const size = statSync(join(outDir, inBuild(paths(s.id)[f]))).size;
        expect(size, `${s.id} ${f}`).toBeGreaterThan(40);
        bytes += size;
      }
    }
    console.info(`charts: ${specs.length}, downloads (SVG+PNG+CSV+JSON+card): ${bytes} bytes`);
  });
});
