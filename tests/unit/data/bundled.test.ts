/**
 * The bundled dataset in data/: it passes the data check, every record cites one of the five
 * source documents by file name (key counties cite their own public sources), and the gaps of
 * the key-county list are stated, not hidden.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestResult } from '../../../src/lib/ingest/pipeline.ts';
import { bundledIngest } from '../../fixtures/bundledModel.ts';

const SEEDS = [
  '000_b6047062b0a20213.txt',
  '001_2f2d337384ad5033.txt',
  '002_7cce396914202fbc.txt',
  '003_9c81d9541bec5a26.txt',
  '004_312f5f97a66a4064.txt',
];
let result: IngestResult;

beforeAll(async () => {
  result = await bundledIngest();
});

describe('bundled dataset', () => {
  it('has no must-fix errors and loses no row', () => {
    expect(result.report.errors).toEqual([]);
    expect(result.report.rowsRejected).toBe(0);
    for (const f of result.report.files) expect(f.rowsIn).toBe(f.rowsAccepted);
  });

  it('cites a source document by file name on every organization, project and campaign', () => {
    const { organizations, projects, campaigns } = result.dataset;
    for (const r of [...organizations, ...projects, ...campaigns])
      expect(
        SEEDS.some((s) => r.source.includes(s)),
        `${r.id}: ${r.source}`,
      ).toBe(true);
  });

  it('holds the organizations, projects and campaigns the documents name', () => {
    const { organizations, projects, campaigns } = result.dataset;
    expect(organizations.length).toBeGreaterThanOrEqual(30);
    expect(projects.length).toBeGreaterThanOrEqual(20);
    expect(campaigns.length).toBeGreaterThanOrEqual(6);
    // the Hebei campaign's reported totals (seed 002) are kept as reported, apart from projects
    const hebei = campaigns.find((c) => c.name.includes('京津冀社会组织跟党走'))!;
    expect(hebei.reported.find((r) => r.metric === 'fundsInvolvedWan')).toMatchObject({ value: 218800, approximate: true });
    expect(hebei.reported.find((r) => r.metric === 'projects')).toMatchObject({ value: 5367, approximate: false });
    // a co-funded project is one record with several organizations
    expect(projects.some((p) => p.organizationIds.length > 1)).toBe(true);
  });

  it('holds the product’s key-county list (107 of 160, a source per county), which the pages state as incomplete', () => {
    const n = result.dataset.keyCounties.length;
    expect(n).toBe(107);
    for (const k of result.dataset.keyCounties) expect(k.source.length).toBeGreaterThan(10);
    // the incomplete-list advisory is for a publisher's own list; the reference list's gap is on the pages
    expect(result.report.advisories.filter((a) => a.code === 'incomplete-list')).toEqual([]);
  });

  it('records Chongqing’s four key counties (seed 001) among the listed ones', () => {
    const codes = new Set(result.dataset.keyCounties.map((k) => k.code));
    for (const c of ['500238', '500229', '500243', '500242']) expect(codes.has(c)).toBe(true);
  });
});
