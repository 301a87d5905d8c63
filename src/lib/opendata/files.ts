/**
 * The open-data files: the whole normalized dataset as JSON, one CSV per published table, the
 * statistics table by region as CSV and XLSX, and the data dictionary as JSON. Built from the
 * checked dataset; each file's row count and type, so the download page can state them, and its
 * content, made when asked. Pure (the XLSX is zipped in memory).
 */
import { FUNDS_CONVENTION, MEASURES } from '../measures.ts';
import { REPORT_RULE } from '../aggregate/reports.ts';
import type { CheckReport, Dataset } from '../ingest/pipeline.ts';
import { entityCsvPieces, entityRows, OPEN_ENTITIES, renderContext } from './entities.ts';
import { buildDictionary, regionTableDictionary } from './dictionary.ts';
import {
  REGION_TABLE_COLUMNS,
  REGION_TABLE_NOTES,
  regionTable,
  regionTableCsv,
  regionTableSheet,
  type RegionTableLookup,
} from './regionTable.ts';
import { xlsxBytes } from './xlsx.ts';

/** Which code makes the files (said inside every file that can carry a note). */
export const GENERATED_BY = 'src/pages/data/open/[file].ts（由 src/lib/opendata/ 在构建时生成）';

export interface OpenDataMeta {
  siteName: string;
  publisher: string;
  license: { name: string; url: string };
  /** What the data covers up to (数据截至). */
  dataAsOf: string;
}

export type OpenFormat = 'CSV' | 'JSON' | 'XLSX';

/** A file's content in pieces, text (written as UTF-8) or bytes, made anew on each call. */
export type OpenContent = () => AsyncIterable<string | Uint8Array<ArrayBuffer>>;

export interface OpenFile {
  /** File name under data/open/. */
  name: string;
  title: string;
  format: OpenFormat;
  description: string;
  /** Records in the file (for the dataset JSON: all tables together). */
  rows: number;
  /** The published table it holds, if one. */
  entity: string | null;
  contentType: string;
  /**
   * The content, made when asked and in pieces: at 100k projects the dataset JSON is 70 MB, and
   * made up front as one string and held with the other files it took 400 MB at once (issue #14).
   */
  content: OpenContent;
}

const CONTENT_TYPE: Record<OpenFormat, string> = {
  CSV: 'text/csv; charset=utf-8',
  JSON: 'application/json; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The whole normalized dataset: raw ids and codes, null for unknown, every table of the dataset. */
export function datasetJson(d: Dataset, meta: OpenDataMeta): Record<string, unknown> {
  const tables = Object.keys(d) as (keyof Dataset)[];
  return {
    generatedBy: GENERATED_BY,
    title: `${meta.siteName}：规范化数据集`,
    publisher: meta.publisher,
    license: meta.license,
    dataAsOf: meta.dataAsOf,
    conventions: {
      unknown: 'null 表示未知，不是 0',
      funds: `${FUNDS_CONVENTION}（键名 …Pledged… 与 …Invested…）`,
      approximate: '…Approx / approximate 为 true 表示来源写作约数（约、余、多）',
      ids: '取值表字段为英文标识，中文名称见数据字典（dictionary.json）',
      regions: '地区为 GB/T 2260 六位行政区划代码',
      reported: '行动的 reported 为组织方公布的报告数，不与逐项项目相加',
      reports: `项目的 reports 为同一项目在几个年度或由几个单位的各次报告，原样照录；项目本身的数字由各次报告合并：${REPORT_RULE}`,
    },
    counts: Object.fromEntries(tables.map((k) => [k, d[k].length])),
    ...Object.fromEntries(tables.map((k) => [k, d[k]])),
  };
}

/** Records per piece of jsonPieces. */
const RECORDS_PER_PIECE = 1000;

/**
 * `JSON.stringify(value)` (compact) followed by a line end, in pieces: an array of the object's
 * top level is written RECORDS_PER_PIECE records at a time, so that a million projects are never
 * one string.
 */
export function* jsonPieces(value: Record<string, unknown>): Generator<string> {
  let sep = '{';
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function') continue; // as JSON.stringify leaves them out
    const key = `${sep}${JSON.stringify(k)}:`;
    sep = ',';
    if (!Array.isArray(v) || v.length <= RECORDS_PER_PIECE) {
      yield `${key}${JSON.stringify(v)}`;
      continue;
    }
    yield `${key}[`;
    for (let i = 0; i < v.length; i += RECORDS_PER_PIECE)
      yield `${i === 0 ? '' : ','}${JSON.stringify(v.slice(i, i + RECORDS_PER_PIECE)).slice(1, -1)}`;
    yield ']';
  }
  yield sep === '{' ? '{}\n' : '}\n';
}

/** Pieces as an async iterable (the type every file's content has). */
async function* pieces(make: () => Iterable<string | Uint8Array<ArrayBuffer>>): AsyncGenerator<string | Uint8Array<ArrayBuffer>> {
  yield* make();
}

/** All of a file's bytes at once (for tests and small files; the build streams them). */
export async function openFileBytes(f: Pick<OpenFile, 'content'>): Promise<Uint8Array<ArrayBuffer>> {
  const enc = new TextEncoder();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for await (const p of f.content()) parts.push(typeof p === 'string' ? enc.encode(p) : p);
  const out = new Uint8Array(parts.reduce((a, p) => a + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

const TABLE_TITLE = '社会组织参与乡村振兴情况统计表（按帮扶地区，由逐项项目汇总）';

/** Every open-data file, in the order the download page lists them; each file's content is made when asked. */
export function buildOpenFiles(d: Dataset, regions: RegionTableLookup, meta: OpenDataMeta): OpenFile[] {
  const files: OpenFile[] = [];
  const add = (f: Omit<OpenFile, 'contentType'>): void => {
    files.push({ ...f, contentType: CONTENT_TYPE[f.format] });
  };
  // the object refers to the dataset's tables (no copy); its text is made when asked
  const json = datasetJson(d, meta);
  add({
    name: 'dataset.json',
    title: '完整数据集',
    format: 'JSON',
    description: '全部表格的规范化记录（英文键、原始标识和代码），附许可、数据截至时间和各表行数。',
    rows: Object.values(json['counts'] as Record<string, number>).reduce((a, b) => a + b, 0),
    entity: null,
    // compact: a million projects indented would double the bytes
    content: () => pieces(() => jsonPieces(json)),
  });
  const ctx = renderContext(d.organizations, regions);
  for (const e of OPEN_ENTITIES) {
    const rows = entityRows(e, d);
    add({
      name: `${e.entity}.csv`,
      title: e.title,
      format: 'CSV',
      description: e.description,
      rows: rows.length,
      entity: e.entity,
      content: () => pieces(() => entityCsvPieces(e, rows, ctx)),
    });
  }
  const table = regionTable(d.projects, d.organizations, regions);
  const tableDescription = `按省、市、县列出参与社会组织数、项目数、${MEASURES.fundsPledgedWan.label}与${MEASURES.fundsInvestedWan.label}、${MEASURES.staffDeployed.label}、受益人数，首行为合计（附件1 格式）。`;
  add({
    name: 'region-statistics.csv',
    title: '按地区统计表',
    format: 'CSV',
    description: tableDescription,
    rows: table.length,
    entity: null,
    content: () => pieces(() => [regionTableCsv(table)]),
  });
  add({
    name: 'region-statistics.xlsx',
    title: '按地区统计表',
    format: 'XLSX',
    description: `${tableDescription}含标题、两行表头和备注，数字为数值格式。`,
    rows: table.length,
    entity: null,
    content: async function* () {
      const sheet = regionTableSheet(table, {
        title: TABLE_TITLE,
        dataAsOf: meta.dataAsOf,
        publisher: meta.publisher,
        license: meta.license.name,
        generatedBy: GENERATED_BY,
      });
      yield await xlsxBytes({
        name: '按地区统计',
        rows: sheet,
        widths: REGION_TABLE_COLUMNS.map((c) => (c.key === 'region' ? 30 : c.key === 'code' ? 10 : c.key === 'level' ? 6 : 11)),
        stickyRows: 4,
        stickyColumns: 2,
      });
    },
  });
  const dictionary = {
    generatedBy: GENERATED_BY,
    tables: buildDictionary(),
    regionStatistics: { columns: regionTableDictionary(), notes: REGION_TABLE_NOTES },
  };
  add({
    name: 'dictionary.json',
    title: '数据字典',
    format: 'JSON',
    description: '每个表、每个字段的键、中文名、含义、单位、类型、可否为空和可选值（与本站代码中的数据结构同步生成）。',
    rows: dictionary.tables.reduce((a, t) => a + t.fields.length, 0),
    entity: null,
    content: () => pieces(() => [`${JSON.stringify(dictionary, null, 1)}\n`]),
  });
  return files;
}

/** “8.6 KB”, “1.2 MB”, “731 字节”. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} 字节`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A citation line for a file: publisher, site, file, data date, URL, licence. */
export function citation(meta: OpenDataMeta, file: Pick<OpenFile, 'name' | 'title'>, url: string): string {
  return `${meta.publisher}．${meta.siteName}·开放数据：${file.title}（${file.name}）［数据集］．数据截至${meta.dataAsOf}．${url}．许可：${meta.license.name}．`;
}

/** The data check's accounting for one table: rows read, accepted and rejected across its input files. */
export interface TableAccounting {
  files: number;
  rowsIn: number;
  rowsAccepted: number;
  rowsRejected: number;
}

/**
 * What the data check read for the table a file publishes (null for files that are not one input
 * table). Every row read is either published or rejected; organizations named only in project rows
 * (附件2) are published without a row of their own.
 */
export function accountingFor(file: Pick<OpenFile, 'entity'>, report: Pick<CheckReport, 'files'>): TableAccounting | null {
  const e = OPEN_ENTITIES.find((x) => x.entity === file.entity);
  if (!e || e.expands) return null;
  const inputs = report.files.filter((f) => f.table === e.json);
  return {
    files: inputs.length,
    rowsIn: inputs.reduce((a, f) => a + f.rowsIn, 0),
    rowsAccepted: inputs.reduce((a, f) => a + f.rowsAccepted, 0),
    rowsRejected: inputs.reduce((a, f) => a + f.rowsRejected, 0),
  };
}
