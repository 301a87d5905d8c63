/**
 * How a table is recognised by its header row. Headers are matched after full-width → half-width,
 * whitespace removal and stripping a trailing bracket (which may declare a money unit:
 * "投入资金(万元)"). The canonical files in data/ use the English keys; the provinces' templates use
 * the Chinese headers; both load through the same spec.
 */
import { cleanText, isBlank, splitHeaderUnit, toHalfWidth, type MoneyUnit } from '../normalize.ts';
import type { BoundColumn } from '../rowReader.ts';

export type TableKind =
  | 'organizations'
  | 'projects'
  | 'keyCounties'
  | 'regionAliases'
  | 'regionStats'
  | 'campaigns'
  | 'brands'
  | 'exemplary'
  | 'sources';

export interface TableSpec {
  kind: TableKind;
  /** Chinese name for reports. */
  label: string;
  /** Column key → accepted headers (the key itself is always accepted). */
  columns: Readonly<Record<string, readonly string[]>>;
  /** Each inner list is "at least one of these columns". */
  required: readonly (readonly string[])[];
  /** Columns the official templates have that carry nothing to keep (序号): read without a word. */
  ignored?: readonly string[];
}

/** 序号: the row counter of the official templates. */
export const ROW_NUMBER_COLUMNS = ['序号', '编号'] as const;

/** Normalized form of a header for matching, plus a money unit declared in a trailing bracket. */
export function headerKey(header: string): { key: string; unit: MoneyUnit | null } {
  // a bracket that is part of the name (帮扶地区(省/市/县)) stays in the key: see aliasMap for the bare form
  const { name, unit } = splitHeaderUnit(header.replace(/[*＊]/gu, ''));
  return { key: name.toLowerCase(), unit };
}

const aliasMaps = new Map<TableSpec, Map<string, string>>();
function aliasMap(spec: TableSpec): Map<string, string> {
  let m = aliasMaps.get(spec);
  if (!m) {
    m = new Map();
    for (const [key, headers] of Object.entries(spec.columns)) {
      m.set(key.toLowerCase(), key);
      for (const h of headers) {
        m.set(headerKey(h).key, key);
        const bare = headerKey(h).key.replace(/\(.*\)$/u, '');
        if (!m.has(bare)) m.set(bare, key);
      }
    }
    aliasMaps.set(spec, m);
  }
  return m;
}

const TRAILING_KEY = /\(([a-z][a-z0-9]*)\)$/u;

/** Which spec column a header means, if any. */
export function matchHeader(spec: TableSpec, header: string): string | undefined {
  const { key } = headerKey(header);
  const m = aliasMap(spec);
  // “社会组织（organizationIds）”: the open-data CSVs (src/lib/opendata) end each header with its column key
  const trailing = TRAILING_KEY.exec(key)?.[1];
  return (trailing === undefined ? undefined : m.get(trailing)) ?? m.get(key) ?? m.get(key.replace(/\(.*\)$/u, ''));
}

/** A second column for a column already bound: the same header written twice, or another name for it (帮扶地区 and 项目实施地). */
export interface DuplicateColumn {
  key: string;
  index: number;
  header: string;
  firstIndex: number;
  /** The header of the column that is read. */
  firstHeader: string;
  /** True when both headers are written the same: then their cells must agree. */
  same: boolean;
}

export interface Binding {
  columns: Map<string, BoundColumn>;
  /** Headers that name no column of the table. */
  unmatched: string[];
  duplicates: DuplicateColumn[];
  /** Number of cells in the header row up to its last non-blank one. */
  width: number;
}

/** Column bindings for a header row: key → index, header as written, unit; unmatched and repeated headers. */
export function bindColumns(spec: TableSpec, headerRow: readonly string[]): Binding {
  const columns = new Map<string, BoundColumn>();
  const unmatched: string[] = [];
  const duplicates: DuplicateColumn[] = [];
  let width = 0;
  headerRow.forEach((h, index) => {
    if (isBlank(h)) return;
    width = index + 1;
    const key = matchHeader(spec, h);
    const first = key === undefined ? undefined : columns.get(key);
    if (key === undefined) unmatched.push(cleanText(h));
    else if (first)
      duplicates.push({
        key,
        index,
        header: cleanText(h),
        firstIndex: first.index,
        firstHeader: first.header,
        same: headerKey(h).key === headerKey(first.header).key,
      });
    else columns.set(key, { index, header: cleanText(h), unit: headerKey(h).unit });
  });
  return { columns, unmatched, duplicates, width };
}

/** How well a header row fits a spec: matched column count, or 0 when a required group is absent. */
export function scoreHeader(spec: TableSpec, headerRow: readonly string[]): number {
  const keys = new Set(headerRow.map((h) => matchHeader(spec, h)).filter((k): k is string => k !== undefined));
  if (!spec.required.every((group) => group.some((k) => keys.has(k)))) return 0;
  return keys.size;
}

/** Context a sheet gives above its header (title and 单位（盖章）). */
export interface SheetContext {
  year: number | null;
  reporter: string | null;
  /** The sheet's title row (“2022年社会组织开展乡村振兴项目明细表”), when it has one. */
  title: string | null;
}

/** A file's name without its folders: reports and pages never show where a file sat on a computer. */
export const fileName = (file: string): string => file.split(/[\\/]/u).pop() ?? file;

/**
 * Where a row's facts come from when the sheet has no 来源 column, as the publisher names it: the
 * reporting unit and the sheet's title (“测试省民政厅报送的《2022年…明细表》”), else the title,
 * else the file's name (never its folder).
 */
export function sheetSource(context: SheetContext, file: string): string {
  if (context.title !== null) return context.reporter !== null ? `${context.reporter}报送的《${context.title}》` : `《${context.title}》`;
  return context.reporter !== null ? `${context.reporter}报送的 ${fileName(file)}` : fileName(file);
}

/** Reads the year from a title like "2021年社会组织参与乡村振兴情况统计表" and the reporter from "单位（盖章）：…". */
export function readSheetContext(rowsAbove: readonly (readonly string[])[]): SheetContext {
  let year: number | null = null;
  let reporter: string | null = null;
  let title: string | null = null;
  for (const row of rowsAbove) {
    for (const cell of row) {
      const c = toHalfWidth(cell);
      if (title === null && /表\s*$/u.test(c.trim()) && !/单位|联系人|备注|电话/u.test(c)) title = cleanText(c);
      const y = /((?:19|20)\d{2})\s*年(?:度)?/u.exec(c);
      if (y && year === null) year = Number(y[1]);
      const u = /单位\s*(?:\(盖章\))?\s*[:：]\s*([^_\s][^_]*?)\s*_*$/u.exec(c);
      if (u?.[1] && !/^_+$/u.test(u[1])) reporter = cleanText(u[1]);
    }
  }
  return { year, reporter, title };
}
