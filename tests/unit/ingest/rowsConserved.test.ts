/**
 * Property: for any mix of good and bad rows, every record of the file (counted apart from the
 * pipeline) is read or skipped, the accepted rows are exactly the records the dataset holds, and
 * every rejected row has a must-fix error on it. Seeded, so a failure replays.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/pipeline.ts';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';
import { countRecords } from '../../fixtures/fuzz.ts';
import { mulberry32, pick } from '../../fixtures/random.ts';

const regionRows = REGION_ROWS;
const enc = new TextEncoder();

const CELLS = {
  org: ['org-a', 'org-b', 'org-missing', '', 'org-a;org-b'],
  region: ['舟曲县', '甘肃省/甘南藏族自治州/临潭县', '朝阳区', '火星县', '', '620000', '重庆市巫溪县;舟曲县'],
  domain: ['教育', '产业帮扶', '医疗卫生', '不知道', '', 'health'],
  funds: ['10', '约21.88亿元', '800余万元', 'abc', '', '—', '-3', '１，２００'],
  count: ['3', '4000多人', '1.5万户', '2.5人', '', 'x'],
  year: ['2021', '2022年', '20x2', ''],
  name: ['修路', '', '<b>助学</b>', '"引号",逗号'],
  id: ['', 'p-1', 'p-2', 'P_BAD'],
};

function csvCell(s: string): string {
  return /[",\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

describe('every record is accepted, rejected or skipped', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('seed %i', async (seed) => {
    const rnd = mulberry32(seed);
    const n = 1 + Math.floor(rnd() * 25);
    const lines = ['id,name,organizationIds,targetRegions,domain,fundsPledgedWan,fundsInvestedWan,beneficiaries,year,source'];
    for (let i = 0; i < n; i++) {
      const row = [
        pick(rnd, CELLS.id),
        pick(rnd, CELLS.name),
        pick(rnd, CELLS.org),
        pick(rnd, CELLS.region),
        pick(rnd, CELLS.domain),
        pick(rnd, CELLS.funds),
        pick(rnd, CELLS.funds),
        pick(rnd, CELLS.count),
        pick(rnd, CELLS.year),
        'seed',
      ];
      lines.push(row.map(csvCell).join(','));
      if (rnd() < 0.1) lines.push(',,,,,,,,,'); // a blank line is not a row
    }
    const orgs =
      rnd() < 0.8
        ? 'id,name,type,source\norg-a,甲基金会,基金会,t\norg-b,乙协会,社会团体,t\n'
        : 'id,name,type,source\norg-a,甲基金会,基金会,t\norg-a,重复,基金会,t\n';
    const { dataset, report } = await ingest(
      [
        { name: 'orgs.csv', bytes: enc.encode(orgs) },
        { name: 'projects.csv', bytes: enc.encode(lines.join('\n')) },
      ],
      { regionRows },
    );
    const p = report.files.find((f) => f.file === 'projects.csv')!;
    expect(p.rowsIn).toBe(n);
    expect(p.rowsIn + p.rowsSkipped).toBe(countRecords(lines.join('\n')) - 1);
    expect(dataset.projects.length).toBe(p.rowsAccepted);
    const o = report.files.find((f) => f.file === 'orgs.csv')!;
    expect(dataset.organizations.length).toBe(o.rowsAccepted);
    // every rejected row has at least one must-fix error pointing at it
    const errorRows = new Set(report.errors.filter((e) => e.file === 'projects.csv').map((e) => e.row));
    expect(errorRows.size).toBe(p.rowsRejected);
  });
});
