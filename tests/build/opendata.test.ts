/**
 * Open data in the built site (the bundled site built once for the run: tests/sites.ts):
 * then the files under /data/open/, the download page and the data dictionary page are checked
 * against the data check's own report (`npm run data:check -- --json`).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TempDirs } from '../buildDir.ts';
import { bundledSite } from '../sites.ts';
import Papa from 'papaparse';
import readXlsx from 'read-excel-file/universal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_ENTITIES } from '../../src/lib/opendata/entities.ts';
import { REGION_TABLE_COLUMNS, flatHeader } from '../../src/lib/opendata/regionTable.ts';
import type { CheckReport } from '../../src/lib/ingest/pipeline.ts';

const temp = new TempDirs();
afterAll(() => temp.removeAll());

function dataCheck(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['scripts/data-check.ts', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const { outDir } = bundledSite();
let report: CheckReport;
const open = (name: string): Buffer => readFileSync(join(outDir, 'data', 'open', name));
const csvRows = (name: string): string[][] =>
  Papa.parse<string[]>(
    open(name)
      .toString('utf8')
      .replace(/^\uFEFF/u, ''),
    { skipEmptyLines: true },
  ).data;
const page = (rel: string): string => readFileSync(join(outDir, rel, 'index.html'), 'utf8');

beforeAll(() => {
  const check = dataCheck(['--json']);
  expect(check.status, check.stderr).toBe(0);
  report = JSON.parse(check.stdout) as CheckReport;
}, 300_000);

describe('open-data files in the build', () => {
  const csvNames = OPEN_ENTITIES.map((e) => `${e.entity}.csv`);

  it('publishes every file, each CSV starting with the UTF-8 BOM and ending its lines with CRLF', () => {
    for (const name of [...csvNames, 'dataset.json', 'region-statistics.csv', 'region-statistics.xlsx', 'dictionary.json'])
      expect(statSync(join(outDir, 'data', 'open', name)).size, name).toBeGreaterThan(0);
    for (const name of [...csvNames, 'region-statistics.csv']) {
      const bytes = open(name);
      expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      expect(
        bytes
          .toString('utf8')
          .split('\n')
          .every((line, i, all) => i === all.length - 1 || line.endsWith('\r')),
        name,
      ).toBe(true);
    }
  });

  it('publishes exactly the rows the data check accepted: rows in = rows published + rows rejected', () => {
    for (const e of OPEN_ENTITIES.filter((x) => !x.expands)) {
      const inputs = report.files.filter((f) => f.table === e.json);
      const rowsIn = inputs.reduce((a, f) => a + f.rowsIn, 0);
      const rejected = inputs.reduce((a, f) => a + f.rowsRejected, 0);
      // organizations named only in project rows (附件2) are published without a row of their own; the report counts them
      const created = e.json === 'organizations' ? report.organizationsFromNames : 0;
      const published = csvRows(`${e.entity}.csv`).length - 1;
      expect({ table: e.entity, rowsIn: rowsIn + created }).toEqual({ table: e.entity, rowsIn: published + rejected });
    }
    const dataset = JSON.parse(open('dataset.json').toString('utf8')) as {
      counts: Record<string, number>;
      campaigns: { reported: unknown[] }[];
    };
    expect(csvRows('campaign-reported-totals.csv').length - 1).toBe(dataset.campaigns.reduce((a, c) => a + c.reported.length, 0));
    expect(dataset.counts['projects']).toBe(report.totals.projects);
  });

  it('exported tables pass `npm run data:check` when fed back as input', () => {
    const dir = temp.make('opendata-recheck-');
    // campaigns are read from JSON, and 附件1 statistics only in the 附件1 layout: those two go in as the data/ folder has them
    for (const e of OPEN_ENTITIES.filter((x) => !x.expands && x.json !== 'campaigns' && x.json !== 'regionStats'))
      writeFileSync(join(dir, `${e.entity}.csv`), open(`${e.entity}.csv`));
    copyFileSync('data/campaigns.json', join(dir, 'campaigns.json'));
    const r = dataCheck(['--json', dir]);
    expect(r.status, r.stdout.slice(0, 4000)).toBe(0);
    const back = JSON.parse(r.stdout) as CheckReport;
    expect(back.rowsRejected).toBe(0);
    expect(back.totals).toEqual(report.totals);
  });

  it('the statistics table’s 合计 (CSV and XLSX) equals the site’s headline totals', async () => {
    const rows = csvRows('region-statistics.csv');
    expect(rows[0]).toEqual(REGION_TABLE_COLUMNS.map(flatHeader));
    const col = (k: string) => REGION_TABLE_COLUMNS.findIndex((c) => c.key === k);
    const total = rows[1]!;
    expect(total[col('region')]).toBe('合计');
    expect(Number(total[col('projects')])).toBe(report.totals.projects);
    expect(Number(total[col('fundsInvestedWan')])).toBe(report.totals.fundsInvestedWan.sum);
    expect(Number(total[col('fundsInvestedWanKnown')])).toBe(report.totals.fundsInvestedWan.known);
    const [sheet] = await readXlsx(new Uint8Array(open('region-statistics.xlsx')).buffer);
    const xTotal = sheet!.data[4]!;
    expect(xTotal[col('region')]).toBe('合计');
    expect(xTotal[col('projects')]).toBe(report.totals.projects);
    expect(xTotal[col('fundsInvestedWan')]).toBe(report.totals.fundsInvestedWan.sum);
    expect(sheet!.data.length).toBeGreaterThanOrEqual(4 + rows.length - 1);
  });
});

describe('pages', () => {
  it('the download page links every file and states its true size and row count', () => {
    const html = page('data');
    for (const m of html.matchAll(/<a href="([^"]*\/data\/open\/([^"]+))" download/gu)) {
      const name = m[2]!;
      const size = statSync(join(outDir, 'data', 'open', name)).size;
      const row = html.slice(m.index, html.indexOf('</tr>', m.index));
      expect(row, name).toContain(`data-value="${size}"`);
    }
    expect([...html.matchAll(/ download="/gu)].length).toBe(OPEN_ENTITIES.length + 4);
    expect(html).toContain('BOM');
    expect(html).toContain('CC BY 4.0');
    expect(html).toContain('如何引用');
    expect(html).toContain(`data-value="${csvRows('projects.csv').length - 1}"`);
  });

  it('the dictionary page lists every field of every published table', () => {
    const html = page('data/dictionary');
    for (const e of OPEN_ENTITIES) {
      const start = html.indexOf(`<section id="${e.entity}"`);
      expect(start, e.entity).toBeGreaterThan(0);
      const section = html.slice(start, html.indexOf('</section>', start));
      const listed = [...section.matchAll(/data-field="([^"]+)"/gu)].map((m) => m[1]);
      expect(listed, e.entity).toEqual(Object.keys(e.schema.shape));
    }
    const stats = html.slice(html.indexOf('<section id="region-statistics"'));
    expect([...stats.matchAll(/data-column="([^"]+)"/gu)].map((m) => m[1])).toEqual(REGION_TABLE_COLUMNS.map((c) => c.key));
  });
});
