/**
 * Seeded fuzzing of the data check: random bytes, and random mutations of the bundled tables (cut,
 * duplicate, swap line endings, insert quotes, commas and invisible characters, change encodings),
 * through the same pipeline as `npm run data:check`. Asserted: no exception (exit 2 is for bugs),
 * and every record an independent record counter finds after the header row is accounted for as
 * read (accepted or rejected) or skipped; a file that cannot be read at all has an error saying so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';
import { ingest, type InputFile } from '../../../src/lib/ingest/pipeline.ts';
import { countRecords, encode, mutate } from '../../fixtures/fuzz.ts';
import { mulberry32, pick } from '../../fixtures/random.ts';

const regionRows = REGION_ROWS;
const dataDir = fileURLToPath(new URL('../../../data/', import.meta.url));
const TABLES = readdirSync(dataDir)
  .filter((f) => f.endsWith('.csv'))
  .map((f) => ({ name: f, text: readFileSync(join(dataDir, f), 'utf8') }));

describe('countRecords (the test’s own counter)', () => {
  it.each([
    ['', 0],
    ['a\n', 1],
    ['a\nb', 2],
    ['a\r\nb\rc\n', 3],
    ['a\n\nb\n', 3],
    ['"x\ny",1\nb\n', 2],
    ['"x\ny" ,1\nb\n', 2],
    ['"x\ny\nb\n', 3],
    ['"x"y,1\nb\n', 2],
    ['a,"b""c",d\n', 1],
    ['a"b,c\nd\n', 2],
  ] as const)('%j → %i', (text, expected) => {
    expect(countRecords(text)).toBe(expected);
  });
});

const UNREADABLE = new Set(['encoding-error', 'file-error']);

function expectAccounted(report: Awaited<ReturnType<typeof ingest>>['report'], name: string, seenText: string | null): void {
  const f = report.files.find((x) => x.file === name);
  const unreadable = report.errors.some((e) => e.file === name && UNREADABLE.has(e.code));
  if (unreadable || seenText === null) {
    if (!f || f.table === null) expect(unreadable || report.errors.some((e) => e.file === name)).toBe(true);
    return;
  }
  expect(f, `${name} has no report`).toBeDefined();
  const records = countRecords(seenText);
  expect(f!.rowsIn + f!.rowsSkipped, `${name}: records after the header row`).toBe(records - (f!.headerRow ?? 0));
}

describe('fuzz: mutated bundled tables', () => {
  it.each(Array.from({ length: 120 }, (_, i) => i + 1))('seed %i', async (seed) => {
    const rnd = mulberry32(seed);
    const files: InputFile[] = [];
    const seen = new Map<string, string>();
    for (const t of TABLES) {
      const mutated = rnd() < 0.6 ? mutate(t.text, rnd) : t.text;
      const encoding = pick(rnd, ['utf-8', 'utf-8', 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16le-bom', 'gbk-line'] as const);
      const e = encode(mutated, encoding);
      files.push({ name: t.name, bytes: e.bytes });
      seen.set(t.name, e.text);
    }
    const { report } = await ingest(files, { regionRows });
    for (const t of TABLES) expectAccounted(report, t.name, seen.get(t.name)!);
  });
});

describe('fuzz: random bytes', () => {
  it.each(Array.from({ length: 60 }, (_, i) => i + 1))('seed %i', async (seed) => {
    const rnd = mulberry32(1000 + seed);
    const names = ['a.csv', 'projects.json', 'b.xlsx', 'c.tsv', 'organizations.csv'];
    const files: InputFile[] = names.map((name) => {
      const n = Math.floor(rnd() * 2000);
      const bytes = new Uint8Array(n);
      // mostly text-like bytes, with some of every value
      for (let i = 0; i < n; i++)
        bytes[i] =
          rnd() < 0.7 ? pick(rnd, [0x2c, 0x22, 0x0a, 0x0d, 0x41, 0x31, 0xe4, 0xb8, 0x80, 0x5b, 0x7b, 0x7d, 0x5d]) : Math.floor(rnd() * 256);
      return { name, bytes };
    });
    const { report } = await ingest(files, { regionRows });
    // every file is in the report: read as a table, or with the issue that says why not
    for (const name of names) {
      const own = report.files.filter((f) => f.file === name || f.file.startsWith(`${name}#`));
      expect(own.length, name).toBeGreaterThan(0);
      if (own.every((f) => f.table === null))
        expect(
          [...report.errors, ...report.advisories].some((i) => i.file === name || i.file.startsWith(`${name}#`)),
          name,
        ).toBe(true);
    }
  });
});
