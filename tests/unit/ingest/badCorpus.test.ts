import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/pipeline.ts';
import { CONTENT_CORPUS_CODES } from '../../fixtures/contentCodes.ts';
import { ISSUE_CODES } from '../../../src/lib/ingest/issues.ts';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';
import { MALFORMED } from '../../fixtures/malformed.ts';

const regionRows = REGION_ROWS;
const root = fileURLToPath(new URL('../../fixtures/bad/', import.meta.url));
const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as Record<
  string,
  { errors: string[]; advisories: string[] }
>;
const FILE_LEVEL = new Set(['encoding-error', 'file-error', 'unknown-table', 'incomplete-list']);

async function runFolder(folder: string) {
  const dir = join(root, folder);
  const files = readdirSync(dir).map((name) => ({ name: `${folder}/${name}`, bytes: readFileSync(join(dir, name)) }));
  return ingest(files, { regionRows });
}

describe('bad-input corpus', () => {
  it.each(Object.entries(expected))('%s', async (folder, exp) => {
    const { report } = await runFolder(folder);
    expect([...new Set(report.errors.map((e) => e.code))].sort()).toEqual([...exp.errors].sort());
    for (const code of exp.advisories) expect(report.advisories.map((a) => a.code)).toContain(code);
    for (const i of [...report.errors, ...report.advisories]) {
      expect(i.file.startsWith(`${folder}/`)).toBe(true);
      expect(i.message).toMatch(/[\u4e00-\u9fff]/u); // Chinese first
      expect(ISSUE_CODES[i.code].severity).toBe(i.severity);
      if (!FILE_LEVEL.has(i.code)) expect(i.row).not.toBeNull();
    }
    // every must-fix error leaves its row out of the accepted count
    // a file that could be read but had must-fix errors rejects rows; an unreadable file has none to count
    const readable = report.files.some((f) => f.table !== null);
    if (exp.errors.length > 0 && readable) expect(report.rowsRejected).toBeGreaterThan(0);
    if (!readable) expect(report.errors.length).toBeGreaterThan(0);
  });

  it('exercises every issue code', () => {
    const malformed = MALFORMED.flatMap((m) => [...m.errors, ...m.advisories]).map((t) => t.replace(/@.*$/u, ''));
    const covered = new Set([...Object.values(expected).flatMap((e) => [...e.errors, ...e.advisories]), ...malformed]);
    // the content codes are exercised by the content corpus (tests/unit/showcase/contentCheck.test.ts)
    const elsewhere = new Set<string>([
      ...CONTENT_CORPUS_CODES,
      // a case draft's 【请填写】 marks: tests/unit/showcase/caseDraft.test.ts
      'template-text',
      // reference data replaced by a publisher's rows: tests/unit/ingest/reference.test.ts
      'reference-overridden',
      // the 附件1 合计 row against its rows: tests/unit/ingest/pipeline.test.ts
      'total-mismatch',
      // reports of one project that differ: tests/unit/ingest/reports.test.ts
      'report-differs',
    ]);
    expect(Object.keys(ISSUE_CODES).filter((c) => !covered.has(c) && !elsewhere.has(c))).toEqual([]);
  });

  it('suggests the nearest names for an unknown region', async () => {
    const { report } = await runFolder('unknown-region');
    const e = report.errors.find((x) => x.code === 'unknown-region')!;
    expect(e).toMatchObject({ row: 2, column: 'targetRegions', value: '舟区县' });
    expect(e.message).toContain('甘肃省/甘南藏族自治州/舟曲县');
  });

  it('names both places for an ambiguous region', async () => {
    const { report } = await runFolder('ambiguous-region');
    expect(report.errors[0]!.message).toContain('北京市/朝阳区（110105）');
    expect(report.errors[0]!.message).toContain('吉林省/长春市/朝阳区（220104）');
  });
});
