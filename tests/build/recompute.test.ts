/**
 * The published figures recomputed from the raw tables, independently of the aggregation code: the
 * bundled data/projects.csv is read here with papaparse and a few lines that turn "26.5万元",
 * "1.05亿元", "800余万元" into numbers, and the sums are compared with what the built site publishes
 * (summary.json, the home page) and with the frozen editions. A change in the aggregation that
 * shifts a published figure fails here, whatever the code's own tests say.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bundledSite, pageHtml } from '../sites.ts';

const site = bundledSite();
const rows = Papa.parse<Record<string, string>>(readFileSync('data/projects.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;

/** 万元 of a money cell, and whether the cell qualifies it; null for a blank cell. */
function wan(cell: string | undefined): { v: number; q: boolean } | null {
  if (!cell) return null;
  const m = /^(约|近|超过)?([\d.]+)(余|多)?(亿|万)?(余|多)?元?(以上)?$/u.exec(cell.replace(/,/gu, ''));
  if (!m) throw new Error(`unreadable amount ${cell}`);
  const v = Number(m[2]) * (m[4] === '亿' ? 10_000 : 1);
  return { v, q: Boolean(m[1] ?? m[3] ?? m[5] ?? m[6]) };
}

/** Sum and count of the known values of a column, over some rows. */
function total(of: readonly Record<string, string>[], column: string) {
  const known = of.map((r) => wan(r[column])).filter((x): x is { v: number; q: boolean } => x !== null);
  return {
    sum: Math.round(known.reduce((a, x) => a + x.v, 0) * 1e6) / 1e6,
    known: known.length,
    approximate: known.filter((x) => x.q).length,
  };
}

describe('published figures, recomputed from the raw tables', () => {
  const summary = JSON.parse(readFileSync(join(site.outDir, 'summary.json'), 'utf8')) as {
    itemised: {
      projects: number;
      fundsPledgedWan: { sum: number; known: number };
      fundsInvestedWan: { sum: number; known: number; approximate: number };
    };
  };

  it('the headline totals: every project once, pledged and invested apart, unknown left out', () => {
    expect(summary.itemised.projects).toBe(rows.length);
    expect(summary.itemised.fundsPledgedWan).toMatchObject(total(rows, 'fundsPledgedWan'));
    expect(summary.itemised.fundsInvestedWan).toMatchObject(total(rows, 'fundsInvestedWan'));
    // and the home page shows that invested total
    const inv = total(rows, 'fundsInvestedWan');
    expect(pageHtml(site, '')).toContain(`data-value="${inv.sum}"`);
  });

  it('each edition: only the amounts dated to its year, every listed project counted', () => {
    for (const year of [2021, 2022]) {
      const s = JSON.parse(readFileSync(`content/reports/${year}.snapshot.json`, 'utf8')) as {
        figures: { fundsPledgedWan: { sum: number; known: number }; fundsInvestedWan: { sum: number; known: number } };
      };
      const dated = rows.filter((r) => r['year'] === String(year));
      expect(s.figures.fundsPledgedWan, `${year}`).toMatchObject(total(dated, 'fundsPledgedWan'));
      expect(s.figures.fundsInvestedWan, `${year}`).toMatchObject(total(dated, 'fundsInvestedWan'));
    }
  });
});
