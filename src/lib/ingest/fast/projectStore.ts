/**
 * The pipeline's accepted project rows (reports), kept in columns (typed arrays and tables of distinct
 * values) instead of one object per record; `get(i)` and `toArray()` give the records back as
 * `ProjectReport` objects, equal field for field and in the same key order as the ones stored.
 *
 * Why: a `Project` object is some hundreds of bytes of heap per record that every young-generation
 * collection copies and that the page faults of a growing heap pay for; at a million rows keeping
 * them was a large share of a check (figures: ARCHITECTURE.md, keep). `data:check` needs only the
 * totals and the problems, so it never builds the objects; the site builds them once, on first
 * use of `dataset.projects` (see ingest).
 *
 * Layout per record (none of it traced by the collector except the two list references): id and name as code units in two character pools (no string objects;
 * every UTF-16 code unit is kept, lone surrogates too); each number in a column of its own,
 * int32 while its values are integers and float64 from the first that is not; each other string
 * field as a one-byte reference into a table of its distinct values (wider past 255 values); the
 * three approximate flags as bits. A column whose values are all null has no array at all. The
 * two lists (organizationIds, targetRegions) are kept as they are, as references: records that
 * shared one list object (the pipeline's memos) share it again after `get`, and a list is never
 * copied (tabling the lists by identity in a Map cost more than it saved).
 */
import type { ProjectReport } from '../../schema/project.ts';
import type { Qualifier } from '../../schema/vocab.ts';
import type { ProjectTotals } from '../../aggregate/totals.ts';

type Column = Uint8Array | Uint16Array | Int32Array | Float64Array;

/** A copy of `a` with room for `length` values: its first `keep` values, then `fill` (0 when not given). */
function grown<A extends Column>(a: A, length: number, keep: number, fill?: number): A {
  const next = new (a.constructor as new (n: number) => A)(length);
  next.set(a.subarray(0, keep));
  if (fill !== undefined) next.fill(fill, keep);
  return next;
}

/** Distinct values of one string field; `indexOf` adds a new value. */
class ValueTable<T extends string> {
  readonly values: T[] = [];
  private readonly index = new Map<T, number>();
  private last: T | undefined = undefined;
  private lastIndex = -1;

  indexOf(v: T | null): number {
    if (v === null) return -1;
    if (v === this.last) return this.lastIndex;
    let i: number | undefined;
    const values = this.values;
    // a few values (vocabularies, one source file): a scan is cheaper than hashing the string
    if (values.length <= 8) {
      for (let k = 0; k < values.length; k++) {
        if (values[k] === v) {
          i = k;
          break;
        }
      }
    } else i = this.index.get(v);
    if (i === undefined) {
      i = values.length;
      values.push(v);
      this.index.set(v, i);
    }
    this.last = v;
    this.lastIndex = i;
    return i;
  }

  at(i: number): T | null {
    return i < 0 ? null : this.values[i]!;
  }
}

/**
 * Strings end to end in one growing array of code units: one byte each while every code unit
 * fits (ids are ASCII), two bytes from the first one that does not.
 */
class CharPool {
  private chars: Uint8Array | Uint16Array;
  private wide = false;
  private ends: Int32Array;
  private used = 0;
  private count = 0;

  constructor(capacity: number, charsEach: number) {
    this.chars = new Uint8Array(Math.max(64, capacity * charsEach));
    this.ends = new Int32Array(Math.max(16, capacity));
  }

  private resize(chars: number, wide: boolean): void {
    const next = wide ? new Uint16Array(chars) : new Uint8Array(chars);
    next.set(this.chars.subarray(0, this.used));
    this.chars = next;
    this.wide = wide;
  }

  push(s: string): void {
    const n = s.length;
    if (this.used + n > this.chars.length) this.resize(Math.max(this.chars.length * 2, this.used + n), this.wide);
    if (this.count === this.ends.length) this.ends = grown(this.ends, this.ends.length * 2, this.count);
    let chars = this.chars;
    let at = this.used;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c > 0xff && !this.wide) {
        this.used = at;
        this.resize(chars.length, true);
        chars = this.chars;
      }
      chars[at++] = c;
    }
    this.used = at;
    this.ends[this.count++] = at;
  }

  /** The whole pool as one string, once `all()` was called (then `get` slices it). */
  private joined: string | null = null;

  private text(start: number, end: number): string {
    // fromCharCode takes the code units as arguments: in pieces, to stay far below the engine's argument limit
    let out = '';
    for (let a = start; a < end; a += 4096)
      out += String.fromCharCode.apply(null, this.chars.subarray(a, Math.min(end, a + 4096)) as unknown as number[]);
    return out;
  }

  get(i: number): string {
    const start = i === 0 ? 0 : this.ends[i - 1]!;
    const end = this.ends[i]!;
    return this.joined !== null && end <= this.joined.length ? this.joined.slice(start, end) : this.text(start, end);
  }

  /**
   * Makes `get` slice one string of the whole pool instead of building each string from its code
   * units, for reading every string in turn (ProjectStore.toArray reads them all).
   */
  all(): void {
    if (this.joined === null || this.joined.length < this.used) this.joined = this.text(0, this.used);
  }

  /** Makes room for `more` strings of about `charsEach` code units without growing step by step. */
  reserve(more: number, charsEach: number): void {
    if (this.count + more > this.ends.length) this.ends = grown(this.ends, this.count + more, this.count);
    const need = this.used + more * charsEach;
    if (need > this.chars.length) this.resize(need, this.wide);
  }
}

const NO_INT = -2147483648;

/**
 * A nullable number per record. No array at all while every value is null (most optional columns
 * of a 附件2 table); int32 while every value is an integer that fits, float64 from the first one
 * that does not (NaN for null there: `set` refuses NaN, which is never a validated value).
 */
class NumberColumn {
  private ints: Int32Array | null = null;
  private floats: Float64Array | null = null;

  set(i: number, v: number | null, capacity: number): void {
    if (v === null) {
      if (this.floats !== null) this.floats[i] = NaN;
      else if (this.ints !== null) this.ints[i] = NO_INT;
      return;
    }
    if (Number.isNaN(v)) throw new Error('ProjectStore: NaN is not a valid figure (null means unknown)');
    if (this.floats !== null) {
      this.floats[i] = v;
      return;
    }
    if ((v | 0) === v && v !== NO_INT && !Object.is(v, -0)) {
      if (this.ints === null) this.ints = new Int32Array(capacity).fill(NO_INT);
      this.ints[i] = v;
      return;
    }
    const floats = new Float64Array(capacity).fill(NaN);
    if (this.ints !== null) for (let k = 0; k < this.ints.length; k++) if (this.ints[k] !== NO_INT) floats[k] = this.ints[k]!;
    this.ints = null;
    this.floats = floats;
    floats[i] = v;
  }

  get(i: number): number | null {
    if (this.floats !== null) {
      const v = this.floats[i]!;
      return Number.isNaN(v) ? null : v;
    }
    if (this.ints !== null) {
      const v = this.ints[i]!;
      return v === NO_INT ? null : v;
    }
    return null;
  }

  grow(capacity: number): void {
    if (this.floats !== null) this.floats = grown(this.floats, capacity, this.floats.length, NaN);
    else if (this.ints !== null) this.ints = grown(this.ints, capacity, this.ints.length, NO_INT);
  }
}

/**
 * A nullable string per record, as 1 + the index of its value in a ValueTable (0 for null): no
 * array while every value is null, one byte per record while the field has fewer than 255
 * distinct values (vocabularies, the source file), wider when it has more.
 */
class TextColumn<T extends string> {
  private readonly table = new ValueTable<T>();
  private refs: Uint8Array | Uint16Array | Int32Array | null = null;

  set(i: number, v: T | null, capacity: number): void {
    if (v === null) {
      if (this.refs !== null) this.refs[i] = 0;
      return;
    }
    const ref = this.table.indexOf(v) + 1;
    let refs = this.refs;
    if (refs === null) refs = this.refs = new Uint8Array(capacity);
    if (ref > 0xff && refs instanceof Uint8Array) refs = this.refs = Uint16Array.from(refs);
    else if (ref > 0xffff && refs instanceof Uint16Array) refs = this.refs = Int32Array.from(refs);
    refs[i] = ref;
  }

  get(i: number): T | null {
    const refs = this.refs;
    return refs === null ? null : this.table.at(refs[i]! - 1);
  }

  grow(capacity: number): void {
    if (this.refs !== null) this.refs = grown(this.refs, capacity, this.refs.length);
  }
}

/** Bits of the flags column. */
const PLEDGED_APPROX = 1;
const INVESTED_APPROX = 2;
const BENEFICIARIES_APPROX = 4;

type Vocab<K extends keyof ProjectReport> = NonNullable<ProjectReport[K]>;

export class ProjectStore {
  private n = 0;
  private capacity: number;
  private readonly ids: CharPool;
  private readonly names: CharPool;
  private readonly organizationIds: string[][];
  /** Each record's inferred list, by reference (almost always the one shared empty list). */
  private readonly inferred: string[][];
  private readonly targetRegions: string[][];
  private readonly organizationCountReported = new NumberColumn();
  private readonly fundsPledgedWan = new NumberColumn();
  private readonly fundsInvestedWan = new NumberColumn();
  private readonly staffDeployed = new NumberColumn();
  private readonly beneficiaries = new NumberColumn();
  private readonly year = new NumberColumn();
  private readonly sourceRows = new NumberColumn();
  private flags: Uint8Array;
  private readonly village = new TextColumn<string>();
  private readonly domain = new TextColumn<Vocab<'domain'>>();
  private readonly beneficiaryUnit = new TextColumn<Vocab<'beneficiaryUnit'>>();
  private readonly periodStart = new TextColumn<string>();
  private readonly periodEnd = new TextColumn<string>();
  private readonly status = new TextColumn<Vocab<'status'>>();
  private readonly pairingKind = new TextColumn<Vocab<'pairingKind'>>();
  private readonly campaignId = new TextColumn<string>();
  private readonly brandId = new TextColumn<string>();
  private readonly source = new TextColumn<string>();
  private readonly code = new TextColumn<string>();
  private readonly reportingUnit = new TextColumn<string>();
  private readonly pledgedQualifier = new TextColumn<Qualifier>();
  private readonly investedQualifier = new TextColumn<Qualifier>();
  private readonly beneficiariesQualifier = new TextColumn<Qualifier>();

  constructor(capacity = 256) {
    this.capacity = Math.max(16, capacity);
    this.ids = new CharPool(this.capacity, 18);
    this.names = new CharPool(this.capacity, 12);
    this.organizationIds = new Array<string[]>(this.capacity);
    this.inferred = new Array<string[]>(this.capacity);
    this.targetRegions = new Array<string[]>(this.capacity);
    this.flags = new Uint8Array(this.capacity);
  }

  get length(): number {
    return this.n;
  }

  /** Makes room for `more` records (e.g. a file's rows before they are read). */
  reserve(more: number): void {
    if (this.n + more > this.capacity) this.grow(this.n + more);
    this.ids.reserve(more, 18);
    this.names.reserve(more, 12);
  }

  private grow(capacity: number): void {
    this.capacity = capacity;
    this.organizationIds.length = capacity;
    this.inferred.length = capacity;
    this.targetRegions.length = capacity;
    this.flags = grown(this.flags, capacity, this.n);
    for (const c of [
      this.organizationCountReported,
      this.fundsPledgedWan,
      this.fundsInvestedWan,
      this.staffDeployed,
      this.beneficiaries,
      this.year,
      this.sourceRows,
    ])
      c.grow(capacity);
    for (const c of [
      this.village,
      this.domain,
      this.beneficiaryUnit,
      this.periodStart,
      this.periodEnd,
      this.status,
      this.pairingKind,
      this.campaignId,
      this.brandId,
      this.source,
      this.code,
      this.reportingUnit,
      this.pledgedQualifier,
      this.investedQualifier,
      this.beneficiariesQualifier,
    ])
      c.grow(capacity);
  }

  /** Appends a record; returns its index. The record's lists must not be changed afterwards (they are kept, not copied). */
  push(p: ProjectReport): number {
    const i = this.n;
    if (i === this.capacity) this.grow(this.capacity * 2);
    const cap = this.capacity;
    this.ids.push(p.id);
    this.names.push(p.name);
    this.organizationIds[i] = p.organizationIds;
    this.inferred[i] = p.inferred;
    this.targetRegions[i] = p.targetRegions;
    this.organizationCountReported.set(i, p.organizationCountReported, cap);
    this.fundsPledgedWan.set(i, p.fundsPledgedWan, cap);
    this.fundsInvestedWan.set(i, p.fundsInvestedWan, cap);
    this.staffDeployed.set(i, p.staffDeployed, cap);
    this.beneficiaries.set(i, p.beneficiaries, cap);
    this.year.set(i, p.year, cap);
    this.sourceRows.set(i, p.sourceRow, cap);
    this.flags[i] =
      (p.fundsPledgedApprox ? PLEDGED_APPROX : 0) |
      (p.fundsInvestedApprox ? INVESTED_APPROX : 0) |
      (p.beneficiariesApprox ? BENEFICIARIES_APPROX : 0);
    this.village.set(i, p.village, cap);
    this.domain.set(i, p.domain, cap);
    this.beneficiaryUnit.set(i, p.beneficiaryUnit, cap);
    this.periodStart.set(i, p.periodStart, cap);
    this.periodEnd.set(i, p.periodEnd, cap);
    this.status.set(i, p.status, cap);
    this.pairingKind.set(i, p.pairingKind, cap);
    this.campaignId.set(i, p.campaignId, cap);
    this.brandId.set(i, p.brandId, cap);
    this.source.set(i, p.source, cap);
    this.code.set(i, p.code, cap);
    this.reportingUnit.set(i, p.reportingUnit, cap);
    this.pledgedQualifier.set(i, p.fundsPledgedQualifier, cap);
    this.investedQualifier.set(i, p.fundsInvestedQualifier, cap);
    this.beneficiariesQualifier.set(i, p.beneficiariesQualifier, cap);
    this.n = i + 1;
    return i;
  }

  /** Id of record `i` (without building the record). */
  id(i: number): string {
    return this.ids.get(i);
  }

  /** Source row of record `i` (without building the record). */
  sourceRow(i: number): number | null {
    return this.sourceRows.get(i);
  }

  /** Year of record `i` (without building the record). */
  yearOf(i: number): number | null {
    return this.year.get(i);
  }

  /** Reporting unit of record `i` (without building the record). */
  reportingUnitOf(i: number): string | null {
    return this.reportingUnit.get(i);
  }

  /** Record `i` as a `ProjectReport` (a new object on each call). */
  get(i: number): ProjectReport {
    const flags = this.flags[i]!;
    return {
      id: this.ids.get(i),
      code: this.code.get(i),
      name: this.names.get(i),
      organizationIds: this.organizationIds[i]!,
      organizationCountReported: this.organizationCountReported.get(i),
      targetRegions: this.targetRegions[i]!,
      village: this.village.get(i),
      domain: this.domain.get(i)!,
      fundsPledgedWan: this.fundsPledgedWan.get(i),
      fundsPledgedApprox: (flags & PLEDGED_APPROX) !== 0,
      fundsPledgedQualifier: this.pledgedQualifier.get(i),
      fundsInvestedWan: this.fundsInvestedWan.get(i),
      fundsInvestedApprox: (flags & INVESTED_APPROX) !== 0,
      fundsInvestedQualifier: this.investedQualifier.get(i),
      staffDeployed: this.staffDeployed.get(i),
      beneficiaries: this.beneficiaries.get(i),
      beneficiaryUnit: this.beneficiaryUnit.get(i),
      beneficiariesApprox: (flags & BENEFICIARIES_APPROX) !== 0,
      beneficiariesQualifier: this.beneficiariesQualifier.get(i),
      year: this.year.get(i),
      reportingUnit: this.reportingUnit.get(i),
      periodStart: this.periodStart.get(i),
      periodEnd: this.periodEnd.get(i),
      status: this.status.get(i),
      pairingKind: this.pairingKind.get(i),
      campaignId: this.campaignId.get(i),
      brandId: this.brandId.get(i),
      source: this.source.get(i)!,
      sourceRow: this.sourceRows.get(i),
      inferred: this.inferred[i]!,
    };
  }

  /** Every record, in the order pushed. */
  toArray(): ProjectReport[] {
    this.ids.all();
    this.names.all();
    const out = new Array<ProjectReport>(this.n);
    for (let i = 0; i < this.n; i++) out[i] = this.get(i);
    return out;
  }

  /**
   * Adds every record's figures to `t`, read from the columns (the same sums as computeTotals over
   * toArray()), except the records `skip` names (a project's further reports, combined apart).
   */
  addTotalsTo(t: ProjectTotals, skip?: ReadonlySet<number>): void {
    for (let i = 0; i < this.n; i++) {
      if (skip?.has(i)) continue;
      const flags = this.flags[i]!;
      t.add(
        this.fundsPledgedWan.get(i),
        this.pledgedQualifier.get(i) ?? (flags & PLEDGED_APPROX) !== 0,
        this.fundsInvestedWan.get(i),
        this.investedQualifier.get(i) ?? (flags & INVESTED_APPROX) !== 0,
        this.staffDeployed.get(i),
        this.beneficiaries.get(i),
        this.beneficiaryUnit.get(i),
        this.beneficiariesQualifier.get(i) ?? (flags & BENEFICIARIES_APPROX) !== 0,
      );
    }
  }
}
