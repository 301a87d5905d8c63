/**
 * What a table module provides: its header spec, a mapper from one row to a record, and the
 * cross-checks that need every row (a unique key, the zod schema for small tables). The pipeline
 * reads the tables in dependency order (see pipeline.ts), so a mapper can check each reference as
 * its row is read.
 */
import type { z } from 'zod';
import type { RegionIndex } from '../../regions.ts';
import type { RowReader } from '../rowReader.ts';
import type { SheetContext, TableSpec } from './spec.ts';

/** What a row may refer to. Each table is read after the tables it names. */
export interface References {
  regions: RegionIndex;
  hasOrg(id: string): boolean;
  /** True when an organization row with this id was rejected (the message then says so). */
  orgRejected(id: string): boolean;
  hasCampaign(id: string): boolean;
  hasBrand(id: string): boolean;
  /** The ids a `source` cell cites that the sources table does not have (unknownSourceIds; the same cell is checked once). */
  unknownSources(text: string): readonly string[];
  /** Id of the organization with this full or short name; creates one (and says so) when none has it. */
  orgIdForName(name: string, r: RowReader): string;
  /** `[orgIdForName(name, r)]`, one shared (never mutated) list per name: see OrganizationRegistry. */
  orgIdsForName(name: string, r: RowReader): string[];
}

export interface GridTable<T> {
  spec: TableSpec;
  /** One row → a record, or null when the row has a must-fix error (reported through `r`). */
  map(r: RowReader, refs: References, context: SheetContext): T | null;
  /** A key no two accepted records may share, across all files of the table. */
  unique?: { key(value: T): string; column: string; what: string };
  /** Checked once more on every accepted record (small tables only: see ARCHITECTURE.md, validate). */
  schema?: z.ZodType<T>;
}

/** Reports each id that no accepted organization has. */
export function checkOrgIds(r: RowReader, key: string, ids: readonly string[], refs: Pick<References, 'hasOrg' | 'orgRejected'>): void {
  for (const id of ids) {
    if (!refs.hasOrg(id)) {
      const why = refs.orgRejected(id) ? '该组织所在行有错误未被接收' : '组织表中没有这个标识';
      r.issue('foreign-key', key, id, `社会组织“${id}”不存在（${why}）：请先在组织表中登记，或改正标识。`);
    }
  }
}

/**
 * Reports a `source` cell that cites a source id ("tianjin-2022：“…”") the sources table does not
 * have. A cell that does not start with an id is a source written out (a sheet's title) and is kept as written.
 */
export function checkSource(r: RowReader, key: string, text: string | null, refs: Pick<References, 'unknownSources'>): void {
  for (const id of text === null ? [] : refs.unknownSources(text))
    r.issue(
      'foreign-key',
      key,
      text,
      `来源“${id}”不在来源表中：请在来源表（sources.csv）中登记这份文件（标题、发布单位、日期），或改正来源标识。`,
    );
}

/** Headers of the `inferred` column, the same in every table that has one. */
export const INFERRED_HEADERS = ['推断的字段', '推断'];

/**
 * The record's `inferred` cell: "field：reason" entries naming fields of the table (`fields`), each
 * reported when it names no such field or gives no reason.
 */
export function readInferred(r: RowReader, fields: ReadonlySet<string>): string[] {
  if (!r.has('inferred')) return [];
  const out: string[] = [];
  // entries part only before the next "field：", so a reason may itself hold 、 or ；
  const entries = r
    .raw('inferred')
    .split(/[;；\n](?=\s*[A-Za-z]+\s*[：:])/u)
    .map((e) => e.trim())
    .filter((e) => e !== '');
  for (const entry of entries) {
    const at = entry.search(/[：:]/u);
    const key = at < 0 ? entry : entry.slice(0, at).trim();
    const reason = at < 0 ? '' : entry.slice(at + 1).trim();
    if (!fields.has(key) || reason === '')
      r.issue(
        'constraint-error',
        'inferred',
        entry,
        `“${entry}”应写作“字段：理由”，字段为本表的英文列名（如 registrationLevel：由名称中的地名推断）。`,
      );
    else out.push(`${key}：${reason}`);
  }
  return out;
}

/** Ids written by people: lower-case letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,80}$/u;

/** Names longer than this are almost always cells pasted into the wrong column. */
export const LONG_NAME = 200;

/** Text of at least two characters (names of organizations and projects). */
export function nameText(r: RowReader, key: string, what: string): string | null {
  const v = r.text(key, true, what);
  if (v !== null && v.length < 2) {
    r.issue('constraint-error', key, v, `${what}至少 2 个字：请填写全称。`);
    return null;
  }
  if (v !== null && v.length > LONG_NAME)
    r.issue(
      'long-text',
      key,
      v.slice(0, 60),
      `${what}有 ${v.length} 个字，超过 ${LONG_NAME} 个字：是否把别的内容粘贴进了这一格？请核对；如确是全称，可忽略本提示。`,
    );
  return v;
}
