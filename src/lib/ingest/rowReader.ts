/**
 * Reads one input row field by field, normalizing each cell and recording problems with the
 * file, the spreadsheet row, the header as written and the value. A row with any must-fix error
 * is rejected by the pipeline.
 */
import type { Qualifier } from '../schema/vocab.ts';
import { makeIssue, type Issue, type IssueCode } from './issues.ts';
import { countUnitFrom, digitsValue, flatCopy, leadingDigits, memoVocab, plainAmount, regionListCache } from './fast/index.ts';
import {
  cleanOrNull,
  isBlank,
  parseAmount,
  parseBool,
  parseCount,
  parseDate,
  parseYear,
  splitList,
  type Amount,
  type CountValue,
  type MoneyUnit,
} from './normalize.ts';
import type { VocabEntry } from '../schema/vocab.ts';
import type { RegionIndex } from '../regions.ts';
import { formatNumber } from '../format.ts';

/** Where a column was found: its position and header as written, and a unit the header declares. */
export interface BoundColumn {
  index: number;
  header: string;
  unit: MoneyUnit | null;
}

/** What a region list cell resolves to: codes, and the problems to report (same for every row with that text). */
interface RegionListResult {
  codes: string[];
  problems: { code: IssueCode; value: string; message: string }[];
  /**
   * At least one code and nothing to report (nearly every row): read from the result itself, so that
   * such a row does not also load the two lists (each a likely cache miss at a million rows).
   */
  clean: boolean;
}

/** The empty list, shared (never mutated) so that a blank list cell allocates nothing. */
const NONE: string[] = Object.freeze([]) as unknown as string[];

/** A single-amount unit-magnitude threshold: one project above 10 亿元 (100,000 万元) is worth a second look. */
export const SUSPICIOUS_WAN = 100_000;

export class RowReader {
  errors = 0;
  readonly file: string;
  row: number;
  private cells: readonly string[];
  readonly columns: ReadonlyMap<string, BoundColumn>;
  private readonly issues: Issue[];
  private readonly regions: RegionIndex;

  constructor(
    file: string,
    row: number,
    cells: readonly string[],
    columns: ReadonlyMap<string, BoundColumn>,
    issues: Issue[],
    regions: RegionIndex,
  ) {
    this.file = file;
    this.row = row;
    this.cells = cells;
    this.columns = columns;
    this.issues = issues;
    this.regions = regions;
  }

  /** Points the reader at another row of the same table (one reader serves a whole file). */
  reset(row: number, cells: readonly string[]): this {
    this.row = row;
    this.cells = cells;
    this.errors = 0;
    return this;
  }

  private tableMake: ((r: RowReader) => unknown) | null = null;
  private tableValue: unknown = null;

  /**
   * `make(this)`, computed once and reused for every row: a reader serves one table, whose columns
   * do not change from row to row (e.g. which optional columns the table has; see mapProject).
   */
  perTable<T>(make: (r: RowReader) => T): T {
    if (this.tableMake !== make) {
      this.tableValue = make(this);
      this.tableMake = make;
    }
    return this.tableValue as T;
  }

  /** True when the table has this column. */
  has(key: string): boolean {
    return this.columns.has(key);
  }

  /** Header as written, for messages. */
  header(key: string): string {
    return this.columns.get(key)?.header ?? key;
  }

  /** Raw cell text ('' when the column is absent). */
  raw(key: string): string {
    const c = this.columns.get(key);
    return c ? (this.cells[c.index] ?? '') : '';
  }

  issue(code: IssueCode, key: string | null, value: string | null, message: string): void {
    this.issueIn(key === null ? null : this.header(key), code, value, message);
  }

  /** An issue about a cell of a column the table does not bind (named by its header as written). */
  issueIn(column: string | null, code: IssueCode, value: string | null, message: string): void {
    const i = makeIssue(code, this.file, this.row, column, value, message);
    if (i.severity === 'error') this.errors++;
    this.issues.push(i);
  }

  private missing(key: string, required: boolean, what: string | (() => string)): null {
    if (required)
      this.issue('missing-cell', key, '', `「${this.header(key)}」不能为空：请填写${typeof what === 'string' ? what : what()}。`);
    return null;
  }

  /** Cleaned text, or null when blank. */
  text(key: string, required = false, what = '内容'): string | null {
    const v = cleanOrNull(this.raw(key));
    return v === null ? this.missing(key, required, what) : v;
  }

  /** Multi-valued text cell split on ; ； 、. */
  list(key: string, required = false, what = '内容'): string[] {
    const v = this.raw(key);
    if (isBlank(v)) {
      this.missing(key, required, what);
      return NONE;
    }
    return splitList(v);
  }

  /** Money in 万元 (with the header's unit as default). */
  amount(key: string): Amount | null {
    const v = this.raw(key);
    const unit = this.columns.get(key)?.unit ?? 'wan';
    const p = parseAmount(v, unit);
    if (!p.ok) {
      this.issue(
        'type-error',
        key,
        v,
        `${p.reason}：请填写数字，可带单位“元”“万元”“亿元”，约数可写“约”“余”“多”，如“26.5”“800余万元”“约21.88亿元”；不知道请留空（不要填 0）。`,
      );
      return null;
    }
    if (p.value && p.value.wan >= SUSPICIOUS_WAN) this.magnitude(key, v, p.value.wan, unit);
    if (p.value && p.value.wan === 0)
      this.issue('zero-value', key, v, '金额为 0：模板要求不知道时留空、不填 0。若确实没有资金，可忽略本提示；若是不知道，请清空这一格。');
    return p.value;
  }

  private magnitude(key: string, v: string, wan: number, unit: MoneyUnit): void {
    const yuanHint = unit === 'wan' ? `若本列单位为万元而填的是元，应为 ${formatNumber(wan / 1e4, 3)} 万元。` : '';
    this.issue('unit-magnitude', key, v, `单个项目金额达 ${formatNumber(wan / 1e4, 3)} 亿元，请核对单位。${yuanHint}`);
  }

  /** Whether the amount last read by amountWan is approximate, and its qualifier as written. */
  amountApprox = false;
  amountQualifier: Qualifier | null = null;

  /**
   * `amount(key)?.wan ?? null`, with the approximate flag left in `amountApprox`: the same value and
   * the same issues, but a plain number ("26.5", most money cells) allocates no result objects
   * (see plainAmount). For project rows, of which there may be millions.
   */
  amountWan(key: string): number | null {
    const v = this.raw(key);
    const unit = this.columns.get(key)?.unit ?? 'wan';
    const plain = plainAmount(v, unit);
    if (plain > 0) {
      this.amountApprox = false;
      this.amountQualifier = null;
      if (plain >= SUSPICIOUS_WAN) this.magnitude(key, v, plain, unit);
      return plain;
    }
    const a = this.amount(key);
    this.amountApprox = a?.approximate ?? false;
    this.amountQualifier = a?.qualifier ?? null;
    return a === null ? null : a.wan;
  }

  /** A count with optional unit words; `allowedUnits` (if given) restricts the unit. */
  count(key: string, what = '数量'): CountValue | null {
    const v = this.raw(key);
    const p = parseCount(v);
    if (!p.ok) {
      this.issue('type-error', key, v, `${p.reason}：请填写${what}（整数，可写“约”“余”“多”及“万”，如“4000多”“1.5万”）；不知道请留空。`);
      return null;
    }
    return p.value;
  }

  /** Approximate flag, qualifier and unit word of the count last read by countValue. */
  countApprox = false;
  countQualifier: Qualifier | null = null;
  countUnit: string | null = null;

  /**
   * `count(key, what)?.value ?? null`, with its approximate flag and unit word left in `countApprox`
   * and `countUnit`: the same value and issues, but "1234" and "300人次" (most count cells) allocate
   * nothing: no result objects and no slices (the unit is a shared string; see countUnitFrom).
   */
  countValue(key: string, what: string): number | null {
    const v = this.raw(key);
    const k = leadingDigits(v);
    if (k > 0 && k <= 15) {
      const unit = k === v.length ? null : countUnitFrom(v, k);
      if (k === v.length || unit !== null) {
        this.countApprox = false;
        this.countQualifier = null;
        this.countUnit = unit;
        return digitsValue(v, k);
      }
    }
    const c = this.count(key, what);
    this.countApprox = c?.approximate ?? false;
    this.countQualifier = c?.qualifier ?? null;
    this.countUnit = c?.unit ?? null;
    return c === null ? null : c.value;
  }

  date(key: string): string | null {
    const v = this.raw(key);
    const p = parseDate(v);
    if (!p.ok) {
      this.issue('type-error', key, v, `${p.reason}：请写成“2022年5月”“2022-05-07”或“2022”。`);
      return null;
    }
    return p.value;
  }

  year(key: string): number | null {
    const v = this.raw(key);
    const p = parseYear(v);
    if (!p.ok) {
      this.issue('type-error', key, v, `${p.reason}：请填写如“2022”。`);
      return null;
    }
    return p.value;
  }

  bool(key: string): boolean | null {
    const v = this.raw(key);
    const p = parseBool(v);
    if (!p.ok) {
      this.issue('type-error', key, v, `${p.reason}，不确定请留空。`);
      return null;
    }
    return p.value;
  }

  /** A controlled value; `required` makes a blank cell an error. */
  vocab<Id extends string>(key: string, vocab: readonly VocabEntry<Id>[], required = false): Id | null {
    const v = this.raw(key);
    const id = memoVocab(vocab)(v);
    if (id === null) return this.missing(key, required, () => `以下之一：${vocab.map((e) => e.label).join('、')}`);
    if (id === '') {
      this.issue('constraint-error', key, v, `不在可选范围内：请填写以下之一：${vocab.map((e) => e.label).join('、')}。`);
      return null;
    }
    return id as Id;
  }

  /** Resolves one region text to a code, reporting unknown and ambiguous names with suggestions. */
  regionOf(key: string, text: string): string | null {
    const problems: RegionListResult['problems'] = [];
    const code = resolveRegion(this.regions, text, problems);
    for (const p of problems) this.issue(p.code, key, p.value, p.message);
    return code;
  }

  region(key: string, required = false): string | null {
    const v = this.text(key, required, '地区（如“甘肃省/甘南藏族自治州/舟曲县”）');
    return v === null ? null : this.regionOf(key, v);
  }

  /** The region list memo of this reader's RegionIndex, looked up once per reader rather than per row. */
  private regionMemo: Map<string, RegionListResult> | null = null;

  /** Several regions separated by ; ； 、 or line breaks. */
  regionList(key: string, required = false): string[] {
    const raw = this.raw(key);
    let memo = this.regionMemo;
    if (memo === null) this.regionMemo = memo = regionListCache<RegionListResult>(this.regions);
    let hit = memo.get(raw);
    if (!hit) {
      const parts = isBlank(raw) ? [] : splitList(raw);
      hit = { codes: [], problems: [], clean: false };
      for (const p of parts) {
        const c = resolveRegion(this.regions, p, hit.problems);
        if (c !== null && !hit.codes.includes(c)) hit.codes.push(c);
      }
      hit.clean = hit.codes.length > 0 && hit.problems.length === 0;
      // a flat copy as the key: the cell itself is a slice of the whole file's text, and comparing
      // later cells with keys scattered through that text cost cache misses on every lookup
      if (memo.size < 100_000) memo.set(flatCopy(raw), hit);
    }
    if (hit.clean) return hit.codes;
    const problems = hit.problems;
    if (hit.codes.length === 0 && problems.length === 0)
      this.missing(key, required, '地区（如“甘肃省/甘南藏族自治州/舟曲县”，多个用分号分隔）');
    for (let i = 0; i < problems.length; i++) this.issue(problems[i]!.code, key, problems[i]!.value, problems[i]!.message);
    return hit.codes; // shared between rows with the same text: never mutated
  }
}

/** Resolves one region text, appending what to report (renamed: advisory; unknown/ambiguous: error). */
function resolveRegion(regions: RegionIndex, text: string, problems: RegionListResult['problems']): string | null {
  const r = regions.resolve(text);
  if (r.ok) {
    if (r.renamed) {
      const when = r.renamed.effective ? `于 ${r.renamed.effective} ` : '';
      problems.push({
        code: 'renamed-region',
        value: text,
        message: `“${r.renamed.alias}”${when}已调整为“${regions.pathName(r.code)}”（${r.code}），已按现行代码记录；下次请填写现行名称。`,
      });
    }
    return r.code;
  }
  if (r.reason === 'ambiguous') {
    problems.push({
      code: 'ambiguous-region',
      value: text,
      message: `“${text}”对应多个地区：${r.candidates.join('、')}。请写上所属省、市，如“省/市/县”。`,
    });
  } else {
    const hint = r.suggestions.length ? `是否为：${r.suggestions.join('、')}？` : '';
    problems.push({
      code: 'unknown-region',
      value: text,
      message: `找不到地区“${text}”。请按“省/市/县”填写现行规范名称或 6 位行政区划代码。${hint}`,
    });
  }
  return null;
}
