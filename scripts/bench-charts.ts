/**
 * npm run bench:charts [-- --runs 3]
 *
 * What the chart downloads cost at build time, for the bundled data (or $DATA_DIR): per chart of
 * the catalog, the median over --runs (default 3) of
 *   - SVG: ECharts render of the plot + the credited frame (src/lib/charts/standalone.ts);
 *   - card SVG: layout + mini chart + QR code (src/lib/charts/card.ts);
 *   - PNG: resvg render of the SVG at 2× and of the card at 2×, with the subset font;
 * the font subsetting once for all charts (into a fresh folder, so nothing is reused), and the
 * bytes of every download (SVG, PNG, CSV, JSON, card). A benchmark prints figures; no test
 * asserts them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chartSite, creditFor, getChartCatalog, plotOf, PNG_SCALE } from '../src/io/charts.ts';
import { renderPng, subsetChartFonts } from '../src/io/fonts.ts';
import { CARD_SCALE, shareCardSvg } from '../src/lib/charts/card.ts';
import { chartUrls } from '../src/lib/charts/citation.ts';
import { chartCsv, chartJson } from '../src/lib/charts/files.ts';
import { glyphSet, svgText } from '../src/lib/charts/glyphs.ts';
import { barOption } from '../src/lib/charts/options.ts';
import { qrMatrix } from '../src/lib/charts/qr.ts';
import { renderChartSvg } from '../src/lib/charts/render.ts';
import { standaloneSvg } from '../src/lib/charts/standalone.ts';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Median milliseconds of `runs` calls, and the last result. */
function time<T>(f: () => T): { ms: number; value: T } {
  const ms: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    value = f();
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), value: value as T };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const pad = (s: string | number, n: number): string => String(s).padStart(n);

const specs = await getChartCatalog();
console.log(`bench:charts — ${specs.length} charts, node ${process.version}, median of ${runs} run(s)\n`);

const docs = specs.map((spec) => {
  const svg = time(() => standaloneSvg(spec, plotOf(spec), creditFor(spec, 'scripts/bench-charts.ts')));
  const card = time(() =>
    shareCardSvg({
      spec,
      credit: creditFor(spec, 'scripts/bench-charts.ts'),
      qr: qrMatrix(chartUrls(chartSite, spec.id).page),
      mini: (bar, width, height) =>
        renderChartSvg(
          barOption({
            categories: bar.categories,
            series: bar.series,
            unit: bar.unit,
            horizontal: bar.horizontal,
            width,
            valueLabels: true,
          }),
          { width, height, id: `card-${spec.id}` },
        ),
    }),
  );
  return { spec, svg, card };
});

const fontDir = mkdtempSync(join(tmpdir(), 'bench-chart-fonts-'));
const text = glyphSet(docs.flatMap((d) => [svgText(d.svg.value), svgText(d.card.value)]));
const t0 = performance.now();
const fonts = await subsetChartFonts(text, fontDir);
const subsetMs = performance.now() - t0;

console.log('chart                          | SVG ms | card ms | PNG ms | card PNG ms |     SVG |     PNG |    CSV |   JSON |    card');
let total = 0;
const sums = { svg: 0, card: 0, png: 0, cardPng: 0 };
for (const d of docs) {
  const png = time(() => renderPng(d.svg.value, fonts, PNG_SCALE));
  const cardPng = time(() => renderPng(d.card.value, fonts, CARD_SCALE));
  const csv = bytes(chartCsv(d.spec));
  const json = bytes(`${JSON.stringify(chartJson(d.spec, chartSite), null, 2)}\n`);
  const sizes = [bytes(d.svg.value), png.value.length, csv, json, cardPng.value.length];
  total += sizes.reduce((a, b) => a + b, 0);
  sums.svg += d.svg.ms;
  sums.card += d.card.ms;
  sums.png += png.ms;
  sums.cardPng += cardPng.ms;
  console.log(
    `${d.spec.id.padEnd(30)} | ${pad(d.svg.ms.toFixed(1), 6)} | ${pad(d.card.ms.toFixed(1), 7)} | ${pad(png.ms.toFixed(1), 6)} | ${pad(cardPng.ms.toFixed(1), 11)} | ${sizes.map((s, i) => pad(kb(s), i === 2 || i === 3 ? 6 : 7)).join(' | ')}`,
  );
}
const n = Math.max(1, docs.length);
console.log(
  `\nmean per chart: SVG ${(sums.svg / n).toFixed(1)} ms, card SVG ${(sums.card / n).toFixed(1)} ms, PNG ${(sums.png / n).toFixed(1)} ms, card PNG ${(sums.cardPng / n).toFixed(1)} ms`,
);
console.log(
  `font subset (Regular + Bold, ${fonts.glyphs} characters): ${kb(fonts.bytes)} in ${subsetMs.toFixed(0)} ms (once per build; the full fonts are 2 × ~10 MB)`,
);
console.log(`downloads of ${docs.length} charts (SVG + PNG + CSV + JSON + card): ${total} bytes (${(total / 1024 / 1024).toFixed(2)} MB)`);
rmSync(fontDir, { recursive: true, force: true });
