/**
 * Building blocks shared by the entity schemas. Every field carries `meta({ label, description,
 * unit? })`: the Chinese column label, what it means, and its unit. The data dictionary is
 * generated from these, so documentation and code cannot drift.
 */
import { z } from 'zod';

// Schema messages in Chinese: they reach clerks through the data check report.
z.config(z.locales.zhCN());

/** Metadata every field carries. */
export interface FieldMeta {
  /** Chinese label, as a column header reads. */
  label: string;
  /** What the field means. */
  description: string;
  /** Unit of a number, e.g. 万元 or 人. */
  unit?: string;
  /** A shorter label for narrow table columns, e.g. 投入/拨付 for 投入/拨付资金. */
  short?: string;
}

/** Attach field metadata (label, description, unit). */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta(meta as unknown as Record<string, unknown>) as T;
}

/** A six-digit GB/T 2260 administrative division code. */
export const regionCode = z.string().regex(/^\d{6}$/u, '应为 6 位行政区划代码');

/** A stable identifier: lowercase latin letters, digits and dashes, or an 18-character credit code. */
export const entityId = z
  .string()
  .regex(/^(?:[a-z0-9][a-z0-9-]{1,80}|[0-9A-Z]{18})$/u, '应为小写字母、数字和连字符组成的标识，或 18 位统一社会信用代码');

/** An amount in 万元 (10,000 yuan); null when unknown, never 0 for unknown. */
export const wan = z.number().nonnegative().nullable();

/** A non-negative whole count (people, organizations, projects); null when unknown. */
export const count = z.number().int().nonnegative().nullable();

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u, '日期应写作 YYYY、YYYY-MM 或 YYYY-MM-DD');

/** Where a record comes from: "<source id>：“quote”" (a document of the sources table, schema/source.ts), or a source written out. */
export const source = z.string().min(1, '必须注明来源');

/**
 * Fields of a record that no source states and the data editor inferred, each "field：reason"
 * (registrationLevel：由名称中的地名推断). Pages mark those values 推断 with the reason.
 */
export const inferred = z.array(z.string().regex(/^[A-Za-z]+：.+$/u, '写作“字段：理由”')).default([]);
export const INFERRED_META = {
  label: '推断的字段',
  description: '来源未写明、由本站推断的字段及理由，写作“字段：理由”，多项用分号分隔',
} as const;

/** The fields a record's `inferred` list names, with their reasons. */
export function inferredFields(list: readonly string[]): Map<string, string> {
  return new Map(list.map((e) => [e.slice(0, e.indexOf('：')), e.slice(e.indexOf('：') + 1)]));
}
