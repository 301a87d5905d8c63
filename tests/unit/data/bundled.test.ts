/**
 * The bundled dataset in data/: it passes the data check, every record cites a document of the
 * sources table with words that document really has (the five source documents of the demo, in
 * ../shared/seeds/; key counties cite their own public sources), and the gaps of the key-county
 * list are stated, not hidden.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestResult } from '../../../src/lib/ingest/pipeline.ts';
import { citationOf, citationParts } from '../../../src/lib/schema/source.ts';
import { bundledIngest } from '../../fixtures/bundledModel.ts';

const SEED_DIR = new URL('../../../../shared/seeds/', import.meta.url);
/** The five documents, whitespace removed (their text is broken into lines and columns). */
const SEED_TEXT = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, SEED_DIR), 'utf8').replace(/\s+/gu, ''));
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

  it('cites a document of the sources table on every record, quoting words that document has', () => {
    const d = result.dataset;
    expect(SEED_TEXT).toHaveLength(5);
    const byId = new Map(d.sources.map((s) => [s.id, s]));
    const records = [
      ...d.organizations.map((r) => [r.id, r.source] as const),
      ...d.projects.map((r) => [r.id, r.source] as const),
      ...d.campaigns.map((r) => [r.id, r.source] as const),
      ...d.brands.map((r) => [r.id, r.source] as const),
      ...d.exemplary.map((r) => [r.organizationId, r.source] as const),
    ];
    for (const [id, source] of records) {
      const parts = citationParts(source).map((p) => citationOf(p, byId));
      expect(
        parts.every((c) => c.source !== null),
        `${id}: ${source}`,
      ).toBe(true);
      for (const quote of parts.flatMap((c) => [...c.rest.matchAll(/“([^”]+)”/gu)].map((m) => m[1]!)))
        expect(
          SEED_TEXT.some((t) => t.includes(quote.replace(/\s+/gu, ''))),
          `${id}: “${quote}”`,
        ).toBe(true);
    }
    // every document of the demo's own sources table is cited
    const cited = new Set(records.flatMap(([, s]) => citationParts(s).map((p) => citationOf(p, byId).source?.id)));
    for (const s of d.sources.filter((x) => !x.id.startsWith('kc-'))) expect(cited.has(s.id), s.id).toBe(true);
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
