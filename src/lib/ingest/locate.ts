/**
 * Which table each sheet holds, and where its header row is: the header is the first of the first
 * 15 rows that matches a table spec (rows above it give the year and the reporter); the 附件1
 * statistics table (two header rows, merged cells) is recognised by its own header. JSON files name
 * their table by file name or by { "table", "rows" }. A sheet that holds no known table, or lacks a
 * required column, is refused whole: its records are counted and rejected, never dropped unsaid.
 */
import { cleanOrNull, isBlank, toHalfWidth } from './normalize.ts';
import type { Ledger } from './ledger.ts';
import { cellText, gridRows, type Grid, type RowProblem, type Rows, type Sheet } from './sheets.ts';
import { bindColumns, scoreHeader, type TableSpec } from './tables/spec.ts';
import { GRID_TABLES, type GridTableKind } from './tables/index.ts';

export type Plan =
  | { kind: 'grid'; sheet: Sheet; rows: Rows; spec: TableSpec; headerIndex: number; json: boolean }
  | { kind: 'stats'; sheet: Sheet; rows: Rows; headerIndex: number }
  | { kind: 'campaigns'; sheet: Sheet; items: unknown[] };

const SCAN_ROWS = 15;

/** A header row that looks like a known table but lacks required columns. */
interface NearMiss {
  spec: TableSpec;
  headerIndex: number;
  missing: string[];
}

function locateTable(grid: Grid): { spec: TableSpec; headerIndex: number } | NearMiss | null {
  let near: (NearMiss & { score: number }) | null = null;
  for (let i = 0; i < Math.min(grid.length, SCAN_ROWS); i++) {
    let best: { spec: TableSpec; headerIndex: number; score: number } | null = null;
    for (const { spec } of Object.values(GRID_TABLES)) {
      const score = scoreHeader(spec, grid[i]!);
      if (score >= 2 && (!best || score > best.score)) best = { spec, headerIndex: i, score };
      if (score === 0) {
        const { columns } = bindColumns(spec, grid[i]!);
        if (columns.size >= 3 && (!near || columns.size > near.score)) {
          const missing = spec.required
            .filter((g) => !g.some((k) => columns.has(k)))
            .map((g) => g.map((k) => spec.columns[k]?.[0] ?? k).join('或'));
          near = { spec, headerIndex: i, missing, score: columns.size };
        }
      }
    }
    if (best) return best;
  }
  return near;
}

/** The 附件1 统计表: a header row with 帮扶地区 and 参与社会组织数, over a row of 总数 / 其中：市本级. */
function locateStats(grid: Grid): number {
  for (let i = 0; i < Math.min(grid.length, SCAN_ROWS); i++) {
    const keys = grid[i]!.map((c) => toHalfWidth(c).replace(/\s/gu, ''));
    if (keys.includes('帮扶地区') && keys.some((k) => k.startsWith('参与社会组织数'))) return i;
  }
  return -1;
}

export type RowKind = 'blank' | 'note' | 'total' | 'data';
const NOTE = /^(备注|注|说明|填表说明|联系人|电话|填报人)\s*[:：.．1-9]?/u;
const TOTAL = /^(合\s*计|总\s*计|小\s*计)$/u;
const UNDERLINE = /^_+$/u;

/**
 * What a row is, in one pass: blank (nothing but blanks and ____ fill-in lines), a note (备注、
 * 联系人… alone on the row), a 合计 line, or data.
 */
export function classifyRow(row: readonly string[]): RowKind {
  let first: string | null = null;
  let filled = 0;
  for (const c of row) {
    const t = cleanOrNull(c);
    if (t === null || (c.charCodeAt(0) === 0x5f && UNDERLINE.test(c))) continue;
    if (first === null) first = t;
    if (++filled > 1) break;
  }
  if (first === null) return 'blank';
  const c0 = first.charCodeAt(0);
  if ((c0 === 0x5408 || c0 === 0x603b || c0 === 0x5c0f) && TOTAL.test(first)) return 'total'; // 合 总 小
  if (filled === 1 && NOTE.test(first)) return 'note';
  return 'data';
}

/** Counts the records of a refused sheet from row `from` on: blank rows are skipped, the rest rejected. */
function refuseRows(rows: Rows, from: number, ledger: Ledger, file: string): void {
  const a = ledger.account(file);
  a.refused = true;
  rows.each(from, (r, _i, problem) => {
    if (problem === null && classifyRow(r) === 'blank') a.report.rowsSkipped++;
    else a.report.rowsIn++;
  });
}

const JSON_TABLES = ['organizations', 'projects', 'keyCounties', 'regionAliases', 'campaigns', 'brands', 'exemplary', 'sources'];

/** The items and table name of a JSON file, or why it is not a table. */
function jsonShape(sheet: Sheet): { table: string; items: unknown[] } | string {
  const j = sheet.json;
  const isObject = j !== null && typeof j === 'object' && !Array.isArray(j);
  const declared = isObject && typeof (j as { table?: unknown }).table === 'string' ? (j as { table: string }).table : null;
  const items = Array.isArray(j) ? j : isObject && Array.isArray((j as { rows?: unknown }).rows) ? (j as { rows: unknown[] }).rows : null;
  const stem = sheet.name.replace(/^.*\//u, '').replace(/\.json$/iu, '');
  const kind = declared ?? (JSON_TABLES.includes(stem) ? stem : null);
  const usage = `可用表名：${JSON_TABLES.join('、')}`;
  if (items === null)
    return `JSON 文件的内容应为数组（文件名即表名，如 projects.json），或 { "table": 表名, "rows": [...] }，现在是${j === null ? ' null' : Array.isArray(j) ? '数组' : typeof j === 'object' ? '没有 rows 数组的对象' : `一个${typeof j === 'string' ? '字符串' : typeof j === 'number' ? '数字' : '值'}`}。${usage}。`;
  if (kind === null)
    return `无法确定这个 JSON 文件是哪张表：请把文件名改为表名（如 projects.json），或写成 { "table": 表名, "rows": [...] }。${usage}。`;
  if (!JSON_TABLES.includes(kind)) return `未知的表名“${kind.slice(0, 40)}”：${usage}。`;
  return { table: kind, items };
}

/**
 * JSON items as rows under the table's column keys. An item that is not an object is a record the
 * file holds: it is counted and rejected. Keys the table does not have are reported once each.
 */
function jsonRows(spec: TableSpec, items: unknown[], sheet: Sheet, ledger: Ledger): Rows {
  const keys = Object.keys(spec.columns);
  const unknown = new Set<string>();
  for (const o of items) {
    if (o !== null && typeof o === 'object' && !Array.isArray(o))
      for (const k of Object.keys(o)) if (!Object.hasOwn(spec.columns, k)) unknown.add(k);
  }
  for (const k of [...unknown].slice(0, 20))
    ledger.issue(
      'extra-column',
      sheet.name,
      null,
      k.slice(0, 60),
      null,
      `键“${k.slice(0, 60)}”不是${spec.label}的列，已忽略；如有用，请改用规范列名。`,
    );
  const grid: Grid = [keys];
  const problems = new Map<number, RowProblem>();
  items.forEach((o, i) => {
    const isObject = o !== null && typeof o === 'object' && !Array.isArray(o);
    if (!isObject)
      problems.set(i + 1, {
        code: 'type-error',
        value: cellText(o).slice(0, 60),
        message: `第 ${i + 1} 项应为一个对象 { "列名": 值, … }：请改正或删除。`,
      });
    grid.push(isObject ? keys.map((k) => (Object.hasOwn(o, k) ? cellText((o as Record<string, unknown>)[k]) : '')) : []);
  });
  return gridRows(grid, problems);
}

function planJson(sheet: Sheet, ledger: Ledger): Plan | null {
  const shape = jsonShape(sheet);
  const a = ledger.account(sheet.name, sheet.encoding);
  if (typeof shape === 'string') {
    ledger.issue('unknown-table', sheet.name, null, null, null, shape);
    a.refused = true;
    if (Array.isArray(sheet.json)) a.report.rowsIn = sheet.json.length;
    else if (sheet.json !== null && typeof sheet.json === 'object' && Array.isArray((sheet.json as { rows?: unknown }).rows))
      a.report.rowsIn = (sheet.json as { rows: unknown[] }).rows.length;
    return null;
  }
  if (shape.items.length === 0)
    ledger.issue('header-only', sheet.name, null, null, null, 'JSON 文件中没有记录（空数组）：如果不是有意为之，请检查文件是否完整。');
  if (shape.table === 'campaigns') return { kind: 'campaigns', sheet, items: shape.items };
  const spec = GRID_TABLES[shape.table as GridTableKind].spec;
  return { kind: 'grid', sheet, rows: jsonRows(spec, shape.items, sheet, ledger), spec, headerIndex: 0, json: true };
}

/** Recognises one sheet; reports and refuses what cannot be read as a table. */
export function planSheet(sheet: Sheet, ledger: Ledger): Plan | null {
  const a = ledger.account(sheet.name, sheet.encoding);
  if (sheet.json !== undefined) return planJson(sheet, ledger);
  const rows = sheet.rows!;
  const statsHeader = locateStats(rows.head);
  if (statsHeader >= 0) return { kind: 'stats', sheet, rows, headerIndex: statsHeader };
  const located = locateTable(rows.head);
  if (located && 'missing' in located) {
    a.report.table = located.spec.kind;
    a.report.tableLabel = located.spec.label;
    a.report.headerRow = located.headerIndex + 1;
    ledger.issue(
      'missing-column',
      sheet.name,
      located.headerIndex + 1,
      null,
      null,
      `看起来是${located.spec.label}，但缺少必需的列：${located.missing.join('；')}。请按模板补上这些列（列名不要改动）后重试；本文件的行均未接收。`,
    );
    refuseRows(rows, located.headerIndex + 1, ledger, sheet.name);
    return null;
  }
  if (located) return { kind: 'grid', sheet, rows, spec: located.spec, headerIndex: located.headerIndex, json: false };
  if (rows.head.every((r) => classifyRow(r) === 'blank')) {
    refuseRows(rows, 0, ledger, sheet.name);
    if (a.report.rowsIn === 0) {
      a.refused = false;
      ledger.issue('empty-file', sheet.name, null, null, null, '文件是空的（没有任何内容）：如果不是有意为之，请检查文件是否保存完整。');
      return null;
    }
  } else refuseRows(rows, 0, ledger, sheet.name);
  const first = rows.head.find((r) => classifyRow(r) !== 'blank') ?? [];
  ledger.issue(
    'unknown-table',
    sheet.name,
    1,
    null,
    first
      .filter((c) => !isBlank(c))
      .join(',')
      .slice(0, 80),
    `无法识别表头：前 ${SCAN_ROWS} 行中没有找到项目明细表（社会组织名称、帮扶地区、项目名称、项目性质…）、组织表、统计表、重点县名单、公益品牌表或来源列举的社会组织名单的列名。请使用模板的表头，不要改列名。`,
  );
  return null;
}
