import Papa from 'papaparse';
import readXlsx from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import {
  accountingFor,
  buildOpenFiles,
  jsonPieces,
  openFileBytes,
  citation,
  datasetJson,
  formatBytes,
  GENERATED_BY,
  type OpenDataMeta,
} from '../../../src/lib/opendata/files.ts';
import { csvColumns, entityRows, OPEN_ENTITIES } from '../../../src/lib/opendata/entities.ts';
import { fixtureDataset } from './fixture.ts';

const meta: OpenDataMeta = {
  siteName: '测试站',
  publisher: '测试主办单位',
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  dataAsOf: '2022 年',
};

describe('buildOpenFiles', async () => {
  const { dataset, report, regions } = await fixtureDataset();
  const listed = buildOpenFiles(dataset, regions, meta);
  const files = await Promise.all(listed.map(async (f) => ({ ...f, body: await openFileBytes(f) })));
  const byName = new Map(files.map((f) => [f.name, f]));
  const dec = new TextDecoder(); // consumes the BOM

  it('lists the dataset JSON, one CSV per table, the statistics table as CSV and XLSX, and the dictionary', () => {
    expect(files.map((f) => f.name)).toEqual([
      'dataset.json',
      ...OPEN_ENTITIES.map((e) => `${e.entity}.csv`),
      'region-statistics.csv',
      'region-statistics.xlsx',
      'dictionary.json',
    ]);
    for (const f of files) expect(f.contentType.length).toBeGreaterThan(0);
  });

  it('writes each table’s rows once, each CSV starting with the UTF-8 BOM', () => {
    for (const e of OPEN_ENTITIES) {
      const f = byName.get(`${e.entity}.csv`)!;
      expect([...f.body.slice(0, 3)], f.name).toEqual([0xef, 0xbb, 0xbf]);
      const rows = Papa.parse<string[]>(dec.decode(f.body), { skipEmptyLines: true }).data;
      expect(rows[0], f.name).toEqual(csvColumns(e).map((c) => c.header));
      expect(rows.length - 1, f.name).toBe(entityRows(e, dataset).length);
      expect(f.rows, f.name).toBe(entityRows(e, dataset).length);
    }
  });

  it('publishes the whole normalized dataset as JSON: raw ids, null for unknown, counts, licence, date, provenance', () => {
    const json = JSON.parse(dec.decode(byName.get('dataset.json')!.body)) as Record<string, unknown>;
    expect(json).toMatchObject({ generatedBy: GENERATED_BY, publisher: '测试主办单位', license: meta.license, dataAsOf: '2022 年' });
    for (const k of Object.keys(dataset) as (keyof typeof dataset)[]) {
      expect(json[k], k).toEqual(JSON.parse(JSON.stringify(dataset[k])));
      expect((json['counts'] as Record<string, number>)[k]).toBe(dataset[k].length);
    }
    const p = (json['projects'] as { id: string; domain: string; fundsInvestedWan: number | null }[]).find((x) => x.id === 'p-co')!;
    expect(p.domain).toBe('education');
    expect(datasetJson(dataset, meta)['projects']).toBe(dataset.projects);
  });

  it('writes an XLSX workbook that read-excel-file reads, with the same rows as the CSV', async () => {
    const xlsx = byName.get('region-statistics.xlsx')!;
    expect(dec.decode(xlsx.body.slice(0, 2))).toBe('PK');
    const [sheet] = await readXlsx(xlsx.body.buffer);
    const csvRows = Papa.parse<string[]>(dec.decode(byName.get('region-statistics.csv')!.body), { skipEmptyLines: true }).data;
    const regionCol = csvRows[0]!.indexOf('地区');
    const codeCol = csvRows[0]!.indexOf('行政区划代码');
    // sheet: title, line, two header rows, then the rows (names rather than paths)
    expect(sheet!.data.slice(4, 4 + csvRows.length - 1).map((r) => r[codeCol] ?? '')).toEqual(csvRows.slice(1).map((r) => r[codeCol]));
    expect(sheet!.data[4]![regionCol]).toBe('合计');
    expect(xlsx.rows).toBe(csvRows.length - 1);
  });

  it('publishes the dictionary as JSON', () => {
    const dict = JSON.parse(dec.decode(byName.get('dictionary.json')!.body)) as {
      tables: { entity: string; fields: { key: string }[] }[];
      regionStatistics: { columns: unknown[] };
    };
    expect(dict.tables.map((t) => t.entity)).toEqual(OPEN_ENTITIES.map((e) => e.entity));
    expect(dict.tables.find((t) => t.entity === 'projects')!.fields.map((f) => f.key)).toContain('fundsPledgedWan');
    expect(dict.regionStatistics.columns.length).toBeGreaterThan(10);
  });

  it('accounts for every row the data check read: published or rejected', () => {
    const projects = accountingFor(byName.get('projects.csv')!, report)!;
    expect(projects).toEqual({ files: 1, rowsIn: 4, rowsAccepted: 4, rowsRejected: 0 });
    expect(projects.rowsAccepted).toBe(dataset.projects.length);
    // organizations: the rows read, plus the one named only in a project row (附件2)
    const orgs = accountingFor(byName.get('organizations.csv')!, report)!;
    expect(orgs.rowsAccepted + 1).toBe(dataset.organizations.length);
    expect(accountingFor(byName.get('campaign-reported-totals.csv')!, report)).toBeNull();
    expect(accountingFor(byName.get('dataset.json')!, report)).toBeNull();
    expect(accountingFor(byName.get('key-counties.csv')!, report)).toEqual({ files: 0, rowsIn: 0, rowsAccepted: 0, rowsRejected: 0 });
  });

  it('counts rejected rows against the table they were read for', () => {
    const r = {
      files: [
        { file: 'a.csv', table: 'projects' as const, rowsIn: 5, rowsAccepted: 3, rowsRejected: 2 },
        { file: 'b.csv', table: 'projects' as const, rowsIn: 1, rowsAccepted: 1, rowsRejected: 0 },
        { file: 'c.csv', table: 'organizations' as const, rowsIn: 9, rowsAccepted: 9, rowsRejected: 0 },
      ],
    };
    expect(accountingFor({ entity: 'projects' }, r as never)).toEqual({ files: 2, rowsIn: 6, rowsAccepted: 4, rowsRejected: 2 });
  });
});

describe('jsonPieces', () => {
  it('writes the same text as JSON.stringify, a long array in several pieces', () => {
    const records = Array.from({ length: 2500 }, (_, i) => ({
      id: `p-${i}`,
      name: `项目“${i}”\n`,
      n: i % 3 ? i / 7 : null,
      tags: ['a', 'b'],
    }));
    const value = { title: '测试', skipped: undefined, fn: () => 1, records, empty: [], counts: { records: 2500 } };
    const pieces = [...jsonPieces(value)];
    expect(pieces.join('')).toBe(`${JSON.stringify(value)}\n`);
    expect(pieces.length).toBeGreaterThan(3);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(JSON.stringify(records).length / 2);
    expect([...jsonPieces({})].join('')).toBe('{}\n');
  });
});

describe('formatBytes', () => {
  it.each([
    { n: 0, expected: '0 字节' },
    { n: 731, expected: '731 字节' },
    { n: 1024, expected: '1.0 KB' },
    { n: 8756, expected: '8.6 KB' },
    { n: 3 * 1024 * 1024, expected: '3.0 MB' },
  ])('$n → $expected', ({ n, expected }) => {
    expect(formatBytes(n)).toBe(expected);
  });
});

describe('citation', () => {
  it('names publisher, site, file, data date, URL and licence', () => {
    expect(citation(meta, { name: 'projects.csv', title: '帮扶项目' }, 'https://example.org/data/open/projects.csv')).toBe(
      '测试主办单位．测试站·开放数据：帮扶项目（projects.csv）［数据集］．数据截至2022 年．https://example.org/data/open/projects.csv．许可：CC BY 4.0．',
    );
  });
});
