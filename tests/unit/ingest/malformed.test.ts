import { describe, expect, it } from 'vitest';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';
import { ingest } from '../../../src/lib/ingest/pipeline.ts';
import { MALFORMED } from '../../fixtures/malformed.ts';

const regionRows = REGION_ROWS;
const tag = (i: { code: string; row: number | null }): string => (i.row === null ? i.code : `${i.code}@${i.row}`);

describe('malformed input: read correctly or reported on its rows, never lost', () => {
  it.each(MALFORMED)('$kind: $name', async (c) => {
    const { report } = await ingest(c.files(), { regionRows, inputLabel: 'in/' });
    expect(report.files.map((f) => ({ file: f.file, rowsIn: f.rowsIn, rowsAccepted: f.rowsAccepted, rowsSkipped: f.rowsSkipped }))).toEqual(
      c.report.map((f) => ({ rowsSkipped: 0, ...f })),
    );
    expect(report.errors.map(tag).sort()).toEqual([...c.errors].sort());
    const advisories = report.advisories.map(tag);
    for (const a of c.advisories) expect(advisories).toContain(a);
    for (const i of [...report.errors, ...report.advisories]) expect(i.message).toMatch(/[\u4e00-\u9fff]/u);
  });

  it('reads the UTF-8 line of a GB18030 file as UTF-8, and the others as GB18030', async () => {
    const c = MALFORMED.find((m) => m.kind === 'mixed encodings')!;
    const { dataset } = await ingest(c.files(), { regionRows });
    expect(dataset.projects.map((p) => p.name)).toEqual(['花椒种植技术培训', '粘贴的项目', '助学金发放']);
  });

  it('keeps the text of a quote inside an unquoted field', async () => {
    const c = MALFORMED.find((m) => m.kind === 'quote inside an unquoted field')!;
    const { dataset } = await ingest(c.files(), { regionRows });
    expect(dataset.projects[0]!.name).toBe('修"路"工程');
  });

  it('reads the rows after an open quote as they are in the file', async () => {
    const c = MALFORMED.find((m) => m.name.startsWith('a quote left open mid-row'))!;
    const { dataset, report } = await ingest(c.files(), { regionRows });
    expect(dataset.projects.map((p) => [p.name, p.sourceRow])).toEqual([
      ['项目1', 2],
      ['项目3', 4],
      ['项目4', 5],
    ]);
    expect(report.errors[0]!.message).toContain('其后的行已按原样重新读入');
  });

  it('suggests, for an unknown county, counties of the province the row names', async () => {
    const enc = new TextEncoder();
    const { report } = await ingest(
      [{ name: 'p.csv', bytes: enc.encode('项目名称,社会组织名称,帮扶地区,项目性质\n修路,甲基金会,甘肃省/不存在市/某县,教育\n') }],
      { regionRows },
    );
    const e = report.errors.find((x) => x.code === 'unknown-region')!;
    const suggested = /是否为：(.*)？/u.exec(e.message)![1]!.split('、');
    expect(suggested.length).toBeGreaterThan(0);
    for (const s of suggested) expect(s.startsWith('甘肃省/')).toBe(true);
  });
});
