/**
 * The ingestion pipeline: input files (bytes) → a validated, normalized dataset and a report.
 * Steps: decode (encoding detection) → grid (CSV via papaparse, XLSX, JSON) → find the header row
 * and recognise the table → map each row through its spec (normalize + validate cells) →
 * cross-file checks (unique ids, foreign keys, organization names → ids) → schema check → totals.
 * Pure: no file I/O; the caller reads the files. Invariant, per file: rowsIn = rowsAccepted + rowsRejected.
 */
import Papa from 'papaparse';
import { decodeText, encodingLabel, type TextEncodingName } from './decode.ts';
import { makeIssue, type Issue } from './issues.ts';
import { cleanOrNull, cleanText, flatCopy, isBlank, parseAmount, parseCount, toHalfWidth } from './normalize.ts';
import { IdTable } from './idTable.ts';
import { RowReader, type BoundColumn } from './rowReader.ts';
import {
  TABLES,
  bindColumns,
  inferOrgType,
  mapKeyCounty,
  mapOrganization,
  mapProject,
  mapRegionAlias,
  mapBrand,
  mapExemplary,
  orgIdForName,
  readSheetContext,
  scoreHeader,
  CAMPAIGN_KIND_MATCH,
  type ProjectRefs,
  type TableKind,
  type TableSpec,
} from './tables.ts';
import { RegionIndex, type RegionRow } from '../regions.ts';
import type { Organization } from '../schema/organization.ts';
import type { Project } from '../schema/project.ts';
import { keyCountySchema, type KeyCounty, KEY_COUNTY_LIST_SIZE } from '../schema/keyCounty.ts';
import { campaignSchema, REPORTED_METRICS, type Campaign, type ReportedTotal } from '../schema/campaign.ts';
import { brandSchema, type Brand } from '../schema/brand.ts';
import { exemplarySchema, type Exemplary } from '../schema/exemplary.ts';
import { regionAliasSchema, type RegionAlias } from '../schema/regionAlias.ts';
import { regionStatSchema, type RegionStat } from '../schema/regionStat.ts';
import { BENEFICIARY_UNITS, vocabMatcher } from '../schema/vocab.ts';
import { ProjectTotals, type Totals } from '../aggregate/totals.ts';
import { ProjectStore } from './projectStore.ts';
import type { z } from 'zod';

export interface InputFile {
  /** Name as shown in reports (relative path). */
  name: string;
  bytes: Uint8Array;
}

export interface Dataset {
  organizations: Organization[];
  projects: Project[];
  keyCounties: KeyCounty[];
  campaigns: Campaign[];
  regionStats: RegionStat[];
  regionAliases: RegionAlias[];
  brands: Brand[];
  exemplary: Exemplary[];
}

export interface FileReport {
  file: string;
  /** Which table the file (or sheet) was recognised as; null when it could not be read. */
  table: TableKind | null;
  tableLabel: string | null;
  /** How the bytes were decoded. */
  encoding: string | null;
  /** Spreadsheet row of the header (1 when there is no title above it). */
  headerRow: number | null;
  rowsIn: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Rows that are not records: blank, 备注/注 notes and 合计 lines (listed, not counted in rowsIn). */
  rowsSkipped: number;
}

export interface CheckReport {
  files: FileReport[];
  rowsIn: number;
  rowsAccepted: number;
  rowsRejected: number;
  errors: Issue[];
  advisories: Issue[];
  totals: Totals;
}

export interface IngestResult {
  dataset: Dataset;
  report: CheckReport;
}

export interface IngestOptions {
  /** Rows of src/generated/regions.json. */
  regionRows: readonly RegionRow[];
}

type Grid = string[][];

/**
 * A sheet's rows. CSV rows are streamed (parsed again row by row when read) rather than held as one
 * grid: at a million rows, keeping every parsed row alive until the end doubled the time spent in
 * garbage collection.
 */
interface Rows {
  /** The first rows, enough to find the header and the title lines above it. */
  head: Grid;
  /** Calls `fn` with each row from index `from` on (0-based), in order. */
  each(from: number, fn: (row: string[], index: number) => void): void;
  /** At least the number of rows (line breaks + 1 for CSV, where a quoted cell may hold line breaks). */
  atMost(): number;
}

interface Sheet {
  name: string;
  encoding: string;
  rows?: Rows;
  json?: unknown;
}

const HEAD_ROWS = 17;

function gridRows(grid: Grid): Rows {
  return {
    head: grid.slice(0, HEAD_ROWS),
    each(from, fn) {
      for (let i = from; i < grid.length; i++) fn(grid[i]!, i);
    },
    atMost: () => grid.length,
  };
}

function csvRows(text: string): Rows {
  const first = Papa.parse<string[]>(text, { preview: HEAD_ROWS, delimitersToGuess: [',', '\t', ';', '|'] });
  const delimiter = first.meta.delimiter;
  const linebreak = first.meta.linebreak || '\n';
  const head = first.data;
  if (head.length > 0 && head.length < HEAD_ROWS && head[head.length - 1]!.length === 1 && head[head.length - 1]![0] === '') head.pop();
  return {
    head,
    each(from, fn) {
      let i = 0;
      Papa.parse<string[]>(text, {
        delimiter,
        newline: linebreak as Papa.ParseConfig['newline'], // as found by the first parse (papaparse would look again)
        step: (r) => {
          // papaparse yields one empty record for the final newline: not a row
          if (!(r.data.length === 1 && r.data[0] === '' && r.meta.cursor >= text.length) && i >= from) fn(r.data, i);
          i++;
        },
      });
    },
    atMost() {
      let n = 1;
      for (let at = text.indexOf(linebreak); at >= 0; at = text.indexOf(linebreak, at + linebreak.length)) n++;
      return n;
    },
  };
}

/** All rows of a sheet as one grid (for small tables: statistics, unrecognised files). */
function allRows(rows: Rows): Grid {
  const out: Grid = [];
  rows.each(0, (r) => out.push(r));
  return out;
}

interface Origin {
  file: string;
  row: number;
  columns: ReadonlyMap<string, BoundColumn>;
}

/** A record with where it came from (one object per row: at a million rows every allocation counts). */
interface Tracked<T> extends Origin {
  value: T;
}

// ---------------------------------------------------------------------------------------------
// Reading files into sheets

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e8) / 1e8);
  if (Array.isArray(v)) return v.map(cellText).join(';');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

async function readSheets(file: InputFile, issues: Issue[]): Promise<Sheet[]> {
  const lower = file.name.toLowerCase();
  if (lower.endsWith('.xlsx')) {
    try {
      const { default: readXlsx } = await import('read-excel-file/universal');
      const ab = file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength) as ArrayBuffer;
      const sheets = await readXlsx(ab, { trim: false });
      return sheets.map((s) => ({ name: sheets.length > 1 ? `${file.name}#${s.sheet}` : file.name, encoding: encodingLabel('xlsx'), rows: gridRows(s.data.map((row) => row.map(cellText))) }));
    } catch (e) {
      issues.push(makeIssue('file-error', file.name, null, null, null, `无法读取 Excel 文件（${(e as Error).message}）：请用 Excel 或 WPS 另存为 .xlsx 或 CSV 后重试。`));
      return [];
    }
  }
  if (lower.endsWith('.xls')) {
    issues.push(makeIssue('file-error', file.name, null, null, null, '不支持旧版 .xls 格式：请在 Excel 或 WPS 中“另存为”.xlsx 或 CSV 后重试。'));
    return [];
  }
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) {
    issues.push(makeIssue('encoding-error', file.name, null, null, null, `文件编码无法识别（第 ${decoded.byteOffset} 字节起不是 UTF-8 或 GB18030）：请用 Excel“另存为 CSV UTF-8（逗号分隔）”后重试。`));
    return [];
  }
  if (lower.endsWith('.json')) {
    try {
      return [{ name: file.name, encoding: encodingLabel('json'), json: JSON.parse(decoded.text) as unknown }];
    } catch (e) {
      const msg = (e as Error).message;
      const pos = /position (\d+)/u.exec(msg);
      const line = pos ? decoded.text.slice(0, Number(pos[1])).split('\n').length : null;
      issues.push(makeIssue('type-error', file.name, line, null, null, `JSON 格式错误${line ? `（第 ${line} 行附近）` : ''}：${msg}。请用 JSON 校验工具检查括号、逗号和引号。`));
      return [];
    }
  }
  return [{ name: file.name, encoding: encodingLabel(decoded.encoding as TextEncodingName), rows: csvRows(decoded.text) }];
}

// ---------------------------------------------------------------------------------------------
// Recognising tables

interface Located {
  spec: TableSpec;
  headerIndex: number;
}

/** A header row that looks like a known table but lacks required columns. */
interface NearMiss {
  spec: TableSpec;
  headerIndex: number;
  missing: string[];
}

const SCAN_ROWS = 15;

function locateTable(grid: Grid): Located | NearMiss | null {
  let best: (Located & { score: number }) | null = null;
  let near: (NearMiss & { score: number }) | null = null;
  for (let i = 0; i < Math.min(grid.length, SCAN_ROWS); i++) {
    for (const spec of Object.values(TABLES)) {
      const score = scoreHeader(spec, grid[i]!);
      if (score >= 2 && (!best || score > best.score)) best = { spec, headerIndex: i, score };
      if (score === 0) {
        const { columns } = bindColumns(spec, grid[i]!);
        if (columns.size >= 3 && (!near || columns.size > near.score)) {
          const missing = spec.required.filter((g) => !g.some((k) => columns.has(k))).map((g) => g.map((k) => spec.columns[k]?.[0] ?? k).join('或'));
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

type RowKind = 'blank' | 'note' | 'total' | 'data';
const NOTE = /^(备注|注|说明|填表说明|联系人|电话|填报人)\s*[:：.．1-9]?/u;
const TOTAL = /^(合\s*计|总\s*计|小\s*计)$/u;
const UNDERLINE = /^_+$/u;

/**
 * What a row is, in one pass: blank (nothing but blanks and ____ fill-in lines), a note (备注、
 * 联系人… alone on the row), a 合计 line, or data.
 */
function classifyRow(row: readonly string[]): RowKind {
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
const isBlankRow = (row: readonly string[]): boolean => classifyRow(row) === 'blank';

// ---------------------------------------------------------------------------------------------

interface Collected {
  organizations: Tracked<Organization>[];
  keyCounties: Tracked<KeyCounty>[];
  campaigns: Tracked<Campaign>[];
  regionStats: Tracked<RegionStat>[];
  aliases: Tracked<RegionAlias>[];
  brands: Tracked<Brand>[];
  exemplary: Tracked<Exemplary>[];
}

interface FileState {
  report: FileReport;
  rejected: Set<number>;
}

const benUnit = vocabMatcher(BENEFICIARY_UNITS);

/** Runs the whole pipeline over a set of files. */
export async function ingest(files: readonly InputFile[], options: IngestOptions): Promise<IngestResult> {
  const issues: Issue[] = [];
  const sheets: Sheet[] = [];
  /** Files that could not be read at all (they still appear in the report, with their error). */
  const unreadable: string[] = [];
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const before = issues.length;
    const got = await readSheets(f, issues);
    if (got.length === 0 && issues.length > before) unreadable.push(f.name);
    sheets.push(...got);
  }

  const states = new Map<string, FileState>();
  const stateFor = (name: string, encoding: string | null): FileState => {
    let s = states.get(name);
    if (!s) {
      s = { report: { file: name, table: null, tableLabel: null, encoding, headerRow: null, rowsIn: 0, rowsAccepted: 0, rowsRejected: 0, rowsSkipped: 0 }, rejected: new Set() };
      states.set(name, s);
    }
    return s;
  };
  for (const name of unreadable) stateFor(name, null);

  // Phase 1: recognise every sheet.
  type Plan =
    | { kind: 'grid'; sheet: Sheet & { rows: Rows }; located: Located }
    | { kind: 'stats'; sheet: Sheet & { rows: Rows }; headerIndex: number }
    | { kind: 'campaigns'; sheet: Sheet; items: unknown[] }
    | { kind: 'jsonTable'; sheet: Sheet; spec: TableSpec; items: Record<string, unknown>[] };
  const plans: Plan[] = [];
  for (const sheet of sheets) {
    const st = stateFor(sheet.name, sheet.encoding);
    if (sheet.json !== undefined) {
      const j = sheet.json as { table?: unknown; rows?: unknown } | unknown[];
      const items = Array.isArray(j) ? j : Array.isArray(j.rows) ? (j.rows as unknown[]) : null;
      const declared = !Array.isArray(j) && typeof j.table === 'string' ? j.table : null;
      const stem = sheet.name.replace(/^.*\//u, '').replace(/\.json$/iu, '');
      const kind = declared ?? (stem in TABLES || stem === 'campaigns' ? stem : null);
      if (!items || kind === null) {
        issues.push(makeIssue('unknown-table', sheet.name, null, null, null, 'JSON 文件应为数组（文件名为 campaigns.json、projects.json 等表名），或 { "table": 表名, "rows": [...] }。'));
        continue;
      }
      if (kind === 'campaigns') plans.push({ kind: 'campaigns', sheet, items });
      else if (kind in TABLES) plans.push({ kind: 'jsonTable', sheet, spec: TABLES[kind as keyof typeof TABLES], items: items as Record<string, unknown>[] });
      else issues.push(makeIssue('unknown-table', sheet.name, null, null, kind, `未知的表名“${kind}”：可用 organizations、projects、keyCounties、regionAliases、campaigns、brands、exemplary。`));
      continue;
    }
    const rows = sheet.rows!;
    const statsHeader = locateStats(rows.head);
    if (statsHeader >= 0) {
      plans.push({ kind: 'stats', sheet: sheet as Sheet & { rows: Rows }, headerIndex: statsHeader });
      continue;
    }
    const located = locateTable(rows.head);
    if (located && 'missing' in located) {
      st.report.table = located.spec.kind;
      st.report.tableLabel = located.spec.label;
      st.report.headerRow = located.headerIndex + 1;
      issues.push(makeIssue('missing-column', sheet.name, located.headerIndex + 1, null, null, `看起来是${located.spec.label}，但缺少必需的列：${located.missing.join('；')}。请按模板补上这些列（列名不要改动）后重试；本文件的行均未接收。`));
      let n = 0;
      rows.each(located.headerIndex + 1, (r) => {
        if (!isBlankRow(r)) n++;
      });
      st.report.rowsIn = n;
      st.report.rowsRejected = n;
      continue;
    }
    if (!located) {
      const grid = allRows(rows);
      if (grid.every(isBlankRow)) {
        st.report.rowsSkipped = grid.length;
        continue;
      }
      issues.push(
        makeIssue('unknown-table', sheet.name, 1, null, grid[0]?.filter((c) => !isBlank(c)).join(',').slice(0, 80) ?? '', '无法识别表头：前 15 行中没有找到项目明细表（社会组织名称、帮扶地区、项目名称、项目性质…）、组织表、统计表、重点县名单、公益品牌表或先进典型名单的列名。请使用模板的表头，不要改列名。'),
      );
      const nonBlank = grid.filter((r) => !isBlankRow(r)).length;
      st.report.rowsIn = nonBlank;
      st.report.rowsRejected = nonBlank;
      continue;
    }
    plans.push({ kind: 'grid', sheet: sheet as Sheet & { rows: Rows }, located });
  }

  function reject(o: Origin, code: Issue['code'], key: string | null, value: string | null, message: string): void {
    issues.push(makeIssue(code, o.file, o.row, key === null ? null : (o.columns.get(key)?.header ?? key), value, message));
    states.get(o.file)?.rejected.add(o.row);
  }
  function isRejected(o: Origin): boolean {
    return states.get(o.file)?.rejected.has(o.row) ?? false;
  }

  function uniqueBy<T>(list: Tracked<T>[], key: (v: T) => string, column: string, what: string): Tracked<T>[] {
    const seen = new Map<string, Origin>();
    const out: Tracked<T>[] = [];
    for (const t of list) {
      const k = key(t.value);
      const first = seen.get(k);
      if (first) {
        reject(t, 'unique-error', column, k, `${what}“${k}”重复：与 ${first.file} 第 ${first.row} 行相同。请删除重复行，或改用不同的${what}。`);
        continue;
      }
      seen.set(k, t);
      out.push(t);
    }
    return out;
  }

  /** Ids written in organization rows that were rejected, so that projects naming them say why. */
  const rejectedOrgIds = new Set<string>();

  // Phase 2: aliases first, so that every region lookup knows renamed divisions.
  const collected: Collected = { organizations: [], keyCounties: [], campaigns: [], regionStats: [], aliases: [], brands: [], exemplary: [] };
  // Projects can number in the millions: they are kept in columns (ProjectStore: no object per
  // record until dataset.projects is read) and checked for duplicate ids as they are read. A
  // project's row is its sourceRow; its file is found from the index where each file's projects
  // begin (files are read one after another).
  const projects = new ProjectStore();
  const projectFileStarts: { start: number; file: string }[] = [];
  const projectIds = new IdTable((i) => projects.id(i));
  const projectFile = (i: number): string => projectFileStarts.findLast((f) => f.start <= i)!.file;
  const aliasPlans = plans.filter((p) => (p.kind === 'grid' || p.kind === 'jsonTable') && (p.kind === 'grid' ? p.located.spec : p.spec).kind === 'regionAliases');
  // an index without aliases only when there are alias tables to read with it (building one takes
  // 25–35 ms: ~2% of a 100k-row run)
  const regionsNoAlias = aliasPlans.length > 0 ? new RegionIndex(options.regionRows) : null;
  for (const p of aliasPlans) runTablePlan(p, regionsNoAlias!);
  const regions = new RegionIndex(
    options.regionRows,
    collected.aliases.map((a) => a.value),
  );
  // Then organizations and campaigns, so that project rows can be checked against them as they are read.
  const planKind = (p: Plan): string => (p.kind === 'grid' ? p.located.spec.kind : p.kind === 'jsonTable' ? p.spec.kind : p.kind);
  const firstPlans = plans.filter((p) => planKind(p) === 'organizations' || planKind(p) === 'campaigns');
  for (const p of firstPlans) runPlan(p, regions);
  const orgs = uniqueBy(collected.organizations, (o) => o.id, 'id', '组织标识');
  const campaigns = uniqueBy(collected.campaigns, (c) => c.id, 'id', '行动标识');
  const orgById = new Map(orgs.map((o) => [o.value.id, o.value]));
  const orgByName = new Map<string, Organization>();
  for (const o of orgs) {
    orgByName.set(o.value.name, o.value);
    if (o.value.shortName) orgByName.set(o.value.shortName, o.value);
  }
  const campaignIds = new Set(campaigns.map((c) => c.value.id));
  // Brands name organizations and are named by projects: read between the two.
  const orgRefs = { hasOrg: (id: string) => orgById.has(id), orgRejected: (id: string) => rejectedOrgIds.has(id) };
  const brandPlans = plans.filter((p) => planKind(p) === 'brands');
  for (const p of brandPlans) runPlan(p, regions);
  const brands = uniqueBy(collected.brands, (b) => b.id, 'id', '品牌标识');
  const brandIds = new Set(brands.map((b) => b.value.id));
  /** Organizations named in project rows (附件2) that no organization table has. */
  const derivedOrgs: Organization[] = [];
  /** Shared one-id lists for projects named by a single organization (see ProjectRefs.orgIdsForName). */
  const orgIdListByName = new Map<string, string[]>();
  const refs: ProjectRefs = {
    hasOrg: (id) => orgById.has(id),
    orgRejected: (id) => rejectedOrgIds.has(id),
    hasCampaign: (id) => campaignIds.has(id),
    hasBrand: (id) => brandIds.has(id),
    orgIdForName(name, r) {
      let org = orgByName.get(name);
      if (!org) {
        const type = inferOrgType(name);
        org = { id: orgIdForName(name), creditCode: null, name, shortName: null, type, isIndustryAssociation: null, isCharity: null, registrationLevel: null, homeRegion: null, source: `${r.file} 第 ${r.row} 行` };
        orgByName.set(name, org);
        orgById.set(org.id, org);
        derivedOrgs.push(org);
        r.issue('inferred-value', 'organizationNames', name, `组织表中没有“${name}”，已按名称建立组织记录${type ? `（类型按名称推断为${type === 'foundation' ? '基金会' : '社会团体'}）` : '（类型未知）'}；如需补充类型、登记层级等，请在组织表中登记。`);
      }
      return org.id;
    },
    // one list per name, shared by the projects naming that organization alone
    orgIdsForName(name, r) {
      let ids = orgIdListByName.get(name);
      if (!ids) {
        ids = [this.orgIdForName(name, r)];
        orgIdListByName.set(flatCopy(name), ids); // a flat key: see RowReader.regionList
      }
      return ids;
    },
  };
  // Exemplary rows last: they may name organizations that project rows (附件2 names) created.
  const lastPlans = plans.filter((p) => planKind(p) === 'exemplary');
  for (const p of plans) if (!aliasPlans.includes(p) && !firstPlans.includes(p) && !brandPlans.includes(p) && !lastPlans.includes(p)) runPlan(p, regions);
  for (const p of lastPlans) runPlan(p, regions);

  function runPlan(p: Plan, idx: RegionIndex): void {
    if (p.kind === 'campaigns') runCampaigns(p.sheet, p.items, idx);
    else if (p.kind === 'stats') runStats(p.sheet, p.headerIndex, idx);
    else runTablePlan(p, idx);
  }

  function runTablePlan(p: Plan, idx: RegionIndex): void {
    if (p.kind === 'grid') runGrid(p.sheet, p.located, idx);
    else if (p.kind === 'jsonTable') {
      const keys = Object.keys(p.spec.columns);
      const grid: Grid = [keys, ...p.items.map((o) => keys.map((k) => cellText((o ?? {})[k])))];
      runGrid({ ...p.sheet, rows: gridRows(grid) }, { spec: p.spec, headerIndex: 0 }, idx, true);
    }
  }

  function runGrid(sheet: Sheet & { rows: Rows }, located: Located, idx: RegionIndex, json = false): void {
    const st = stateFor(sheet.name, sheet.encoding);
    const { spec, headerIndex } = located;
    const head = sheet.rows.head;
    st.report.table = spec.kind;
    st.report.tableLabel = spec.label;
    st.report.headerRow = json ? null : headerIndex + 1;
    const { columns, unmatched } = bindColumns(spec, head[headerIndex]!);
    for (const h of unmatched) issues.push(makeIssue('extra-column', sheet.name, headerIndex + 1, h, null, `列“${h}”不是${spec.label}的列，已忽略；如有用，请改用规范列名。`));
    const context = readSheetContext(head.slice(0, headerIndex));
    const rowReader = new RowReader(sheet.name, 0, [], columns, issues, idx);
    if (spec.kind === 'projects') {
      const rows = sheet.rows.atMost() - headerIndex - 1;
      projectIds.reserve(rows);
      projects.reserve(rows);
    }
    sheet.rows.each(headerIndex + 1, (row, i) => {
      const rowKind = classifyRow(row);
      if (rowKind !== 'data') {
        st.report.rowsSkipped++;
        if (rowKind === 'total') issues.push(makeIssue('total-row', sheet.name, i + 1, null, cleanText(row.find((c) => !isBlank(c)) ?? ''), '合计行不是项目，未计入；合计数由系统按明细自动计算。'));
        return;
      }
      const rowNumber = json ? i : i + 1;
      st.report.rowsIn++;
      const reader = rowReader.reset(rowNumber, row);
      const file = sheet.name;
      switch (spec.kind) {
        case 'organizations': {
          const v = mapOrganization(reader);
          if (v) collected.organizations.push({ value: v, file, row: rowNumber, columns });
          else if (!isBlank(reader.raw('id'))) rejectedOrgIds.add(cleanText(reader.raw('id')));
          break;
        }
        case 'projects': {
          const v = mapProject(reader, context.year, refs);
          if (v) {
            // one hash operation per row: add, or find the row that has this id already
            const first = projectIds.addOrFind(v.id, projects.length);
            if (first >= 0) {
              reader.issue('unique-error', 'id', v.id, `项目标识“${v.id}”重复：与 ${projectFile(first)} 第 ${projects.sourceRow(first)} 行相同。请删除重复行，或改用不同的项目标识。`);
            } else {
              if (projectFileStarts.at(-1)?.file !== file) projectFileStarts.push({ start: projects.length, file });
              projects.push(v);
            }
          }
          break;
        }
        case 'keyCounties': {
          const v = mapKeyCounty(reader, idx);
          if (v) collected.keyCounties.push({ value: v, file, row: rowNumber, columns });
          break;
        }
        case 'regionAliases': {
          const v = mapRegionAlias(reader, idx);
          if (v) collected.aliases.push({ value: v, file, row: rowNumber, columns });
          break;
        }
        case 'brands': {
          const v = mapBrand(reader, orgRefs);
          if (v) collected.brands.push({ value: v, file, row: rowNumber, columns });
          break;
        }
        case 'exemplary': {
          const v = mapExemplary(reader, orgRefs);
          if (v) collected.exemplary.push({ value: v, file, row: rowNumber, columns });
          break;
        }
        default:
          break;
      }
      if (reader.errors > 0) st.rejected.add(rowNumber);
    });
  }

  function runStats(sheet: Sheet & { rows: Rows }, headerIndex: number, idx: RegionIndex): void {
    const st = stateFor(sheet.name, sheet.encoding);
    st.report.table = 'regionStats';
    st.report.tableLabel = '社会组织参与乡村振兴情况统计表（附件1）';
    st.report.headerRow = headerIndex + 1;
    const grid = allRows(sheet.rows);
    const header = grid[headerIndex]!;
    const first = header.findIndex((c) => toHalfWidth(c).replace(/\s/gu, '').startsWith('参与社会组织数'));
    const context = readSheetContext(grid.slice(0, headerIndex));
    const metricKeys = ['organizations', 'projects', 'fundsInvestedWan', 'staffDeployed', 'beneficiaries'] as const;
    const metricLabels = ['参与社会组织数', '开展帮扶项目数', '投入资金数(万元)', '投入人员数', '受益人数'];
    // the second header row holds 总数 / 其中：市本级
    const sub = grid[headerIndex + 1] ?? [];
    const dataStart = sub.some((c) => /总数|市本级/u.test(c)) ? headerIndex + 2 : headerIndex + 1;
    let scope: 'outside' | 'inside' | null = null;
    for (let i = dataStart; i < grid.length; i++) {
      const row = grid[i]!;
      const rowKind = classifyRow(row);
      if (rowKind === 'blank' || rowKind === 'note') {
        st.report.rowsSkipped++;
        continue;
      }
      const labels = row.slice(0, first).map((c) => cleanText(c).replace(/\s/gu, ''));
      if (labels[0] === '省外') scope = 'outside';
      else if (labels[0] === '省内') scope = 'inside';
      const values = row.slice(first, first + 10);
      const label = [...labels].reverse().find((l) => l.length > 0) ?? '';
      if (values.every((v) => isBlank(v))) {
        st.report.rowsSkipped++; // a template line left empty
        continue;
      }
      const rowNumber = i + 1;
      st.report.rowsIn++;
      let errors = 0;
      const nums: (number | null)[] = [];
      values.forEach((v, k) => {
        const metric = metricKeys[Math.floor(k / 2)]!;
        const column = `${metricLabels[Math.floor(k / 2)]}·${k % 2 === 0 ? '总数' : '其中：市本级'}`;
        const p = metric === 'fundsInvestedWan' ? parseAmount(v, 'wan') : parseCount(v);
        if (!p.ok) {
          errors++;
          issues.push(makeIssue('type-error', sheet.name, rowNumber, column, v, `${p.reason}：请填写数字；不知道请留空（不要填 0）。`));
          nums.push(null);
        } else nums.push(p.value === null ? null : 'wan' in p.value ? p.value.wan : p.value.value);
      });
      for (let m = 0; m < 5; m++) {
        const total = nums[m * 2];
        const city = nums[m * 2 + 1];
        if (total != null && city != null && city > total) {
          errors++;
          issues.push(makeIssue('constraint-error', sheet.name, rowNumber, `${metricLabels[m]}·其中：市本级`, String(city), `“其中：市本级”（${city}）大于总数（${total}）：总数应包含市本级，请核对。`));
        }
      }
      let regionCode: string | null = null;
      if (label && !/其它|其他|合计|总计|^省内$|^省外$/u.test(label)) {
        const r = idx.resolve(label);
        if (r.ok) regionCode = r.code;
        else issues.push(makeIssue('region-unresolved', sheet.name, rowNumber, '帮扶地区', label, `未能把“${label}”对应到行政区划代码，该行仍计入统计表，但不会显示在地图上；请写规范名称，如“新疆维吾尔自治区/克孜勒苏柯尔克孜自治州”。`));
      }
      if (errors > 0) {
        st.rejected.add(rowNumber);
        continue;
      }
      const n = (k: number): number | null => nums[k] ?? null;
      collected.regionStats.push({
        value: {
          reporter: context.reporter,
          year: context.year,
          scope,
          regionLabel: label || (scope === 'inside' ? '省内' : '省外'),
          regionCode,
          organizations: n(0),
          organizationsCityLevel: n(1),
          projects: n(2),
          projectsCityLevel: n(3),
          fundsInvestedWan: n(4),
          fundsInvestedWanCityLevel: n(5),
          staffDeployed: n(6),
          staffDeployedCityLevel: n(7),
          beneficiaries: n(8),
          beneficiariesCityLevel: n(9),
          source: sheet.name,
        },
        file: sheet.name,
        row: rowNumber,
        columns: new Map(),
      });
    }
  }

  function runCampaigns(sheet: Sheet, items: unknown[], idx: RegionIndex): void {
    const st = stateFor(sheet.name, sheet.encoding);
    st.report.table = 'campaigns';
    st.report.tableLabel = '行动与报告总数';
    const keys = ['id', 'name', 'kind', 'theme', 'organizers', 'periodStart', 'periodEnd', 'regions', 'source'];
    const columns = new Map<string, BoundColumn>(keys.map((k, index) => [k, { index, header: k, unit: null }]));
    items.forEach((item, i) => {
      const rowNumber = i + 1;
      st.report.rowsIn++;
      const obj = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
      const reader = new RowReader(sheet.name, rowNumber, keys.map((k) => cellText(obj[k])), columns, issues, idx);
      const id = reader.text('id', true, '行动标识');
      const name = reader.text('name', true, '行动名称');
      const kindRaw = reader.text('kind', true, '专项行动、社会组织乡村行或认领活动');
      const kind = kindRaw ? (CAMPAIGN_KIND_MATCH(kindRaw) ?? null) : null;
      if (kindRaw && !kind) reader.issue('constraint-error', 'kind', kindRaw, '类型应为：专项行动、社会组织乡村行、认领活动。');
      const organizers = reader.list('organizers', true, '组织单位');
      const regionCodes = reader.regionList('regions');
      const reported: ReportedTotal[] = [];
      const rep = Array.isArray(obj['reported']) ? (obj['reported'] as unknown[]) : [];
      rep.forEach((r, k) => {
        const o = (r ?? {}) as Record<string, unknown>;
        const column = `reported[${k}]`;
        const metric = REPORTED_METRICS.find((m) => m.id === o['metric']);
        const text = typeof o['text'] === 'string' ? o['text'] : '';
        if (!metric) {
          reader.errors++;
          issues.push(makeIssue('constraint-error', sheet.name, rowNumber, `${column}.metric`, cellText(o['metric']), `指标应为：${REPORTED_METRICS.map((m) => `${m.id}（${m.label}）`).join('、')}。`));
          return;
        }
        const money = metric.id.startsWith('funds');
        const p = money ? parseAmount(text, 'wan') : parseCount(text);
        if (!p.ok || p.value === null) {
          reader.errors++;
          issues.push(makeIssue('type-error', sheet.name, rowNumber, `${column}.text`, text, `报告数字无法解析：请照原文写数字和单位，如“约21.88亿元”“6300多家”“280多万人次”。`));
          return;
        }
        const value = 'wan' in p.value ? p.value.wan : p.value.value;
        const unit = 'unit' in p.value && p.value.unit ? (benUnit(p.value.unit) ?? null) : null;
        reported.push({ metric: metric.id, value, beneficiaryUnit: metric.id === 'beneficiaries' ? (unit ?? 'person') : null, approximate: p.value.approximate, text, scope: typeof o['scope'] === 'string' ? o['scope'] : null });
      });
      const periodStart = reader.date('periodStart');
      const periodEnd = reader.date('periodEnd');
      const source = reader.text('source', true, '来源');
      if (reader.errors > 0 || !id || !name || !kind || !source) {
        st.rejected.add(rowNumber);
        return;
      }
      collected.campaigns.push({
        value: { id, name, kind, theme: reader.text('theme'), organizers, periodStart, periodEnd, regions: regionCodes, reported, source },
        file: sheet.name,
        row: rowNumber,
        columns,
      });
    });
  }

  // Phase 3: cross-file checks (organizations and campaigns were checked before the project rows).
  const keyCounties = uniqueBy(collected.keyCounties, (k) => k.code, 'code', '县级代码');
  const aliases = uniqueBy(collected.aliases, (a) => a.alias, 'alias', '别称');

  // Phase 4: accepted records. Records of the small tables (campaigns, key counties, aliases,
  // statistics) are checked against their zod schema once more. Project and organization rows,
  // which can number in the millions, are already checked cell by cell by their mappers, which
  // enforce every constraint of the schema; tests/unit/ingest/schemaConformance.test.ts feeds
  // random cells through the mappers and checks every accepted record against the zod schema.
  function finalize<T>(list: Tracked<T>[], schema: z.ZodType<T> | null): T[] {
    const out: T[] = [];
    for (const t of list) {
      if (isRejected(t)) continue;
      if (schema === null) {
        out.push(t.value);
        continue;
      }
      const r = schema.safeParse(t.value);
      if (!r.success) {
        for (const e of r.error.issues) {
          const key = String(e.path[0] ?? '');
          reject(t, 'constraint-error', key, cellText((t.value as Record<string, unknown>)[key]), `${e.message}：请核对。`);
        }
        continue;
      }
      out.push(r.data);
    }
    return out;
  }

  const organizations = finalize(orgs, null);
  organizations.push(...derivedOrgs);
  // the project records are built on first use, once (data:check never uses them: see ProjectStore)
  let projectList: Project[] | null = null;
  let store: ProjectStore | null = projects;
  const dataset: Dataset = {
    organizations,
    get projects(): Project[] {
      if (projectList === null) {
        projectList = store!.toArray();
        store = null; // the columns are not needed once the records exist
      }
      return projectList;
    },
    set projects(list: Project[]) {
      projectList = list;
      store = null;
    },
    keyCounties: finalize(keyCounties, keyCountySchema),
    campaigns: finalize(campaigns, campaignSchema),
    regionStats: finalize(collected.regionStats, regionStatSchema),
    regionAliases: finalize(aliases, regionAliasSchema),
    brands: finalize(brands, brandSchema),
    exemplary: finalize(collected.exemplary, exemplarySchema),
  };

  if (dataset.keyCounties.length > 0 && dataset.keyCounties.length < KEY_COUNTY_LIST_SIZE) {
    const file = collected.keyCounties[0]!.file;
    issues.push(makeIssue('incomplete-list', file, null, null, String(dataset.keyCounties.length), `重点帮扶县名单已收录 ${dataset.keyCounties.length}/${KEY_COUNTY_LIST_SIZE} 个：其余县尚无可引用的来源，页面会如实标注“已收录 ${dataset.keyCounties.length}/${KEY_COUNTY_LIST_SIZE}”。取得正式名单后可整体替换该文件。`));
  }

  // Report. Totals are read from the columns, so that checking a file builds no project objects.
  const projectTotals = new ProjectTotals();
  projects.addTotalsTo(projectTotals);
  const fileReports: FileReport[] = [];
  for (const s of [...states.values()].sort((a, b) => a.report.file.localeCompare(b.report.file))) {
    // whole-file rejections set rowsRejected directly; otherwise it is the set of rejected rows
    s.report.rowsRejected = Math.max(s.report.rowsRejected, s.rejected.size);
    s.report.rowsAccepted = s.report.rowsIn - s.report.rowsRejected;
    fileReports.push(s.report);
  }
  const errors = issues.filter((i) => i.severity === 'error');
  const advisories = issues.filter((i) => i.severity === 'advisory');
  const report: CheckReport = {
    files: fileReports,
    rowsIn: fileReports.reduce((a, f) => a + f.rowsIn, 0),
    rowsAccepted: fileReports.reduce((a, f) => a + f.rowsAccepted, 0),
    rowsRejected: fileReports.reduce((a, f) => a + f.rowsRejected, 0),
    errors,
    advisories,
    totals: projectTotals.done(organizations.length, projects.length),
  };
  return { dataset, report };
}
