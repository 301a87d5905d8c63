/**
 * GB/T 2260 region index: codes ↔ names, and the resolver that turns what clerks write
 * ("甘肃省/甘南藏族自治州/舟曲县", "甘肃省甘南州舟曲县", "舟曲县", "舟曲", "620000", "水城县") into a
 * six-digit code, using a dated alias table for renamed divisions and conventional abbreviations.
 * Pure: the caller supplies the table rows and aliases.
 */
import { toHalfWidth } from './ingest/normalize.ts';

export type RegionLevel = 'province' | 'prefecture' | 'county';

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** A row of src/generated/regions.json. */
export type RegionRow = readonly [code: string, name: string, level: string, parentCode: string | null];

/** What an alias says: `alias` now means `code` (renamed on `effective`, or a conventional short form). */
export interface AliasInput {
  alias: string;
  code: string;
  oldCode: string | null;
  kind: 'renamed' | 'abbreviation';
  effective: string | null;
}

export type Resolution =
  | { ok: true; code: string; renamed: AliasInput | null }
  | { ok: false; reason: 'unknown'; suggestions: string[] }
  | { ok: false; reason: 'ambiguous'; candidates: string[] };

/**
 * Conventional abbreviations that cannot be derived from the full name by dropping the peoples'
 * names (伊犁哈萨克自治州 → 伊犁州 can; 克孜勒苏柯尔克孜自治州 → 克州 cannot). The official templates
 * print them (seed 004 附件1: “新疆克州”), so they are built in; reference/region-aliases.csv adds more.
 */
export const BUILT_IN_ABBREVIATIONS: readonly AliasInput[] = [
  { alias: '克州', code: '653000', oldCode: null, kind: 'abbreviation', effective: null },
  { alias: '博州', code: '652700', oldCode: null, kind: 'abbreviation', effective: null },
  { alias: '巴州', code: '652800', oldCode: null, kind: 'abbreviation', effective: null },
];

/** Names of the source table's pseudo-prefectures, which hold counties but are not places. */
const PSEUDO = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const ETHNIC =
  /(?:蒙古族|蒙古|藏族|回族|维吾尔|哈萨克|柯尔克孜|彝族|哈尼族|壮族|苗族|傣族|景颇族|土家族|侗族|布依族|羌族|朝鲜族|白族|傈僳族|瑶族|仡佬族|水族|各族|仫佬族|毛南族|土族|撒拉族|保安族|东乡族|裕固族|纳西族|普米族|独龙族|怒族|拉祜族|佤族|布朗族|畲族|满族|达斡尔族|鄂温克族|鄂伦春族|鄂伦春|黎族|锡伯|塔吉克|京族|阿昌族|基诺族|德昂族)$/u;

function stripEthnic(base: string): string {
  let b = base;
  for (let i = 0; i < 4; i++) {
    const m = ETHNIC.exec(b);
    if (!m || b.length - m[0].length < 2) break;
    b = b.slice(0, b.length - m[0].length);
  }
  return b;
}

/** Short forms people write for a division's name: 甘南藏族自治州 → 甘南州, 甘南; 舟曲县 → 舟曲. */
export function shortNames(name: string, level: RegionLevel): string[] {
  const out = new Set<string>();
  const auto = /^(.+?)(自治区|自治州|自治县|自治旗)$/u.exec(name);
  if (auto) {
    const base = stripEthnic(auto[1]!);
    const suffix = { 自治区: '', 自治州: '州', 自治县: '县', 自治旗: '旗' }[auto[2] as '自治区'];
    if (base === auto[1] && base.endsWith('族')) {
      // named after one people: 东乡族自治县 → 东乡县, 东乡
      out.add(base.slice(0, -1));
      if (suffix) out.add(base.slice(0, -1) + suffix);
    } else if (base.length >= 2) {
      out.add(base);
      if (suffix) out.add(base + suffix);
    }
  } else {
    const m =
      level === 'province'
        ? /^(.{2,}?)(省|市)$/u.exec(name)
        : level === 'prefecture'
          ? /^(.{2,}?)(市|地区|盟)$/u.exec(name)
          : /^(.{2,}?)(县|区|市|旗|特区|林区)$/u.exec(name);
    if (m) out.add(m[1]!);
  }
  out.delete(name);
  return [...out];
}

/** Edits (insert, delete, replace one character) between two strings. */
export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

export class RegionIndex {
  readonly byCode = new Map<string, Region>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly aliasByKey = new Map<string, AliasInput>();
  private readonly aliasByOldCode = new Map<string, AliasInput>();
  private readonly cache = new Map<string, Resolution>();

  constructor(rows: readonly RegionRow[], aliases: readonly AliasInput[] = []) {
    for (const [code, name, level, parentCode] of rows) {
      if (this.byCode.has(code) || parentCode === code) continue; // a code is one place; no self-parents
      const r: Region = { code, name, level: level as RegionLevel, parentCode };
      this.byCode.set(code, r);
      if (PSEUDO.has(name)) continue;
      this.addKey(name, code);
      for (const s of shortNames(name, r.level)) this.addKey(s, code);
    }
    for (const a of [...BUILT_IN_ABBREVIATIONS, ...aliases]) {
      if (!this.byCode.has(a.code)) continue;
      this.addKey(a.alias, a.code);
      this.aliasByKey.set(a.alias, a);
      if (a.oldCode) this.aliasByOldCode.set(a.oldCode, a);
    }
  }

  private addKey(key: string, code: string): void {
    let set = this.byKey.get(key);
    if (!set) this.byKey.set(key, (set = new Set()));
    set.add(code);
  }

  get(code: string): Region | undefined {
    return this.byCode.get(code);
  }

  /** Chains made so far: pages ask for the same few thousand over and over (a name in every table row). */
  private readonly chains = new Map<string, readonly Region[]>();

  /** The region's ancestors from the province down, then itself; pseudo-prefectures left out. Shared: never changed. */
  chain(code: string): readonly Region[] {
    let out = this.chains.get(code);
    if (out === undefined) {
      const made: Region[] = [];
      for (let r = this.byCode.get(code); r; r = r.parentCode ? this.byCode.get(r.parentCode) : undefined) {
        if (!PSEUDO.has(r.name)) made.unshift(r);
      }
      this.chains.set(code, (out = Object.freeze(made)));
    }
    return out;
  }

  /** "甘肃省/甘南藏族自治州/舟曲县". */
  pathName(code: string): string {
    return this.chain(code)
      .map((r) => r.name)
      .join('/');
  }

  /** The path run together, as prose and captions write it: "甘肃省甘南藏族自治州舟曲县". */
  fullName(code: string): string {
    return this.chain(code)
      .map((r) => r.name)
      .join('');
  }

  /** Province code (xx0000) of any code in the table. */
  provinceOf(code: string): string {
    return `${code.slice(0, 2)}0000`;
  }

  /** True when `ancestor` is `code` or one of its ancestors. */
  isWithin(code: string, ancestor: string): boolean {
    for (let c: string | null = code; c; c = this.byCode.get(c)?.parentCode ?? null) if (c === ancestor) return true;
    return false;
  }

  /** Resolves written region text to a code (memoized per distinct text). */
  resolve(text: string): Resolution {
    let r = this.cache.get(text);
    if (!r) {
      r = this.resolveUncached(text);
      this.cache.set(text, r);
    }
    return r;
  }

  private resolveUncached(text: string): Resolution {
    const s = toHalfWidth(text).replace(/[\s\u3000]+/gu, '');
    if (/^\d{6}$/u.test(s)) {
      if (this.byCode.has(s)) return { ok: true, code: s, renamed: null };
      const a = this.aliasByOldCode.get(s);
      if (a) return { ok: true, code: a.code, renamed: a };
      return { ok: false, reason: 'unknown', suggestions: [] };
    }
    const parts = s.split(/[/>|,\\-]+/u).filter(Boolean);
    let finals = new Set<string>();
    if (parts.length > 1) {
      finals = this.resolveParts(parts);
    }
    if (finals.size === 0) {
      const joined = parts.join('');
      finals = new Set(this.parseChain(joined, null));
    }
    if (finals.size === 1) {
      const code = [...finals][0]!;
      const last = parts[parts.length - 1] ?? s;
      const alias = this.aliasByKey.get(last) ?? [...this.aliasByKey.values()].find((a) => a.code === code && s.endsWith(a.alias));
      return { ok: true, code, renamed: alias && alias.kind === 'renamed' && alias.code === code ? alias : null };
    }
    if (finals.size > 1) {
      return { ok: false, reason: 'ambiguous', candidates: [...finals].sort().map((c) => `${this.pathName(c)}（${c}）`) };
    }
    return { ok: false, reason: 'unknown', suggestions: this.suggest(parts[parts.length - 1] ?? s, 3, this.namedAncestor(parts)) };
  }

  /** The innermost region that the leading parts of a path name ("甘肃省/不存在市/某县" → 甘肃省), if any. */
  private namedAncestor(parts: readonly string[]): string | null {
    let found: string | null = null;
    for (let k = 1; k < parts.length; k++) {
      const codes = this.resolveParts(parts.slice(0, k));
      if (codes.size !== 1) break;
      found = [...codes][0]!;
    }
    return found;
  }

  /** Each part names a division inside the previous part's. */
  private resolveParts(parts: string[]): Set<string> {
    let current: Set<string> | null = null;
    for (const p of parts) {
      const codes = this.byKey.get(p);
      if (!codes) return new Set();
      const next = new Set<string>();
      for (const c of codes) {
        if (current === null) next.add(c);
        else for (const anc of current) if (c !== anc && this.isWithin(c, anc)) next.add(c);
      }
      if (next.size === 0) return new Set();
      current = next;
    }
    return current ?? new Set();
  }

  /** Splits run-together text ("甘肃省甘南州舟曲县") into a chain of nested names; returns the innermost codes. */
  private parseChain(s: string, parent: string | null): string[] {
    if (s.length === 0) return parent ? [parent] : [];
    const results = new Set<string>();
    for (let len = Math.min(s.length, 20); len >= 1; len--) {
      const codes = this.byKey.get(s.slice(0, len));
      if (!codes) continue;
      for (const c of codes) {
        if (parent !== null && (c === parent || !this.isWithin(c, parent))) continue;
        for (const f of this.parseChain(s.slice(len), c)) results.add(f);
      }
      if (results.size > 0) break; // longest match wins
    }
    return [...results];
  }

  /**
   * Up to `n` nearest known names (with their paths) for an unknown one. Within `within` (a region
   * the row names, such as its province) names are suggested first, and further from the text.
   */
  suggest(text: string, n = 3, within: string | null = null): string[] {
    const scored: { key: string; code: string; d: number; inside: boolean }[] = [];
    const near = Math.max(1, Math.floor(text.length / 2));
    for (const [key, codes] of this.byKey) {
      if (key.length < 2) continue;
      const d = levenshtein(text, key);
      for (const code of codes) {
        const inside = within !== null && code !== within && this.isWithin(code, within);
        if (d <= near || (inside && d <= Math.max(2, text.length))) scored.push({ key, code, d, inside });
      }
    }
    scored.sort((a, b) => Number(b.inside) - Number(a.inside) || a.d - b.d || a.key.localeCompare(b.key, 'zh'));
    const out: string[] = [];
    for (const { code } of scored) {
      const p = this.pathName(code);
      if (!out.includes(p)) out.push(p);
      if (out.length >= n) break;
    }
    return out;
  }
}
