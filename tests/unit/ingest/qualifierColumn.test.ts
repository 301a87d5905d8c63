/**
 * A figure's qualifier may stand in a column of its own (800 | 余), as the open-data CSV writes it
 * so that a spreadsheet can add the numbers up; it then reads as if the cell said "800余".
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/pipeline.ts';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const HEAD = 'name,organizationNames,targetRegions,domain,fundsInvestedWan,投入资金的限定词,beneficiaries,受益人数的限定词\n';
const read = (rows: string) => ingest([{ name: 'projects.csv', bytes: enc(HEAD + rows) }], { regionRows: REGION_ROWS });

describe('qualifier columns', () => {
  it('read 800 | 余 as 800余, and a blank qualifier as none', async () => {
    const { dataset, report } = await read('修路,甲基金会,舟曲县,产业,800,余,4000,多\n助学,乙基金会,舟曲县,教育,26.5,,约400,\n');
    expect(report.errors).toEqual([]);
    expect(
      dataset.projects.map((p) => [
        p.fundsInvestedWan,
        p.fundsInvestedQualifier,
        p.fundsInvestedApprox,
        p.beneficiaries,
        p.beneficiariesQualifier,
      ]),
    ).toEqual([
      [800, '余', true, 4000, '多'],
      [26.5, null, false, 400, '约'], // the cell's own 约 stays
    ]);
  });

  it('reject a qualifier that is not one, one with no number, and one that contradicts the cell', async () => {
    const { dataset, report } = await read(
      '甲项目,甲基金会,舟曲县,产业,800,大概,,\n乙项目,乙基金会,舟曲县,教育,,余,,\n丙项目,丙基金会,舟曲县,教育,800余,约,,\n丁项目,丁基金会,舟曲县,教育,800余,余,,\n',
    );
    expect(report.errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [2, '投入资金的限定词', '大概'],
      [3, '投入资金的限定词', '余'],
      [4, '投入资金的限定词', '约'],
    ]);
    expect(report.errors.map((e) => e.code)).toEqual(['constraint-error', 'constraint-error', 'constraint-error']);
    // the one that agrees with its cell is accepted
    expect(dataset.projects.map((p) => [p.name, p.fundsInvestedQualifier])).toEqual([['丁项目', '余']]);
  });
});
