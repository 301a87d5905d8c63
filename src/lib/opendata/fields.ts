/**
 * What the zod schemas say about each field, read from the schemas themselves (zod's own
 * `z.toJSONSchema` and the `field()` metadata of src/lib/schema/common.ts), so that the data
 * dictionary and the exporters cannot drift from the code. Controlled values are matched to their
 * vocabulary (id + Chinese label) by their set of ids. Pure.
 */
import { z } from 'zod';
import * as vocab from '../schema/vocab.ts';
import { REPORTED_METRICS } from '../schema/campaign.ts';
import { entityId, partialDate, regionCode } from '../schema/common.ts';

/** A controlled value as readers see it: the stable id and its Chinese label. */
export interface VocabValue {
  id: string;
  label: string;
}

/**
 * What a field holds. `region`, `date` and `id` are the shared building blocks of
 * src/lib/schema/common.ts (recognised by their pattern); `records` is a list of sub-records.
 */
export type FieldKind = 'text' | 'id' | 'date' | 'region' | 'integer' | 'number' | 'boolean' | 'enum' | 'list' | 'records';

export interface FieldInfo {
  key: string;
  /** Chinese label (the column a clerk reads). */
  label: string;
  /** What the field means. */
  description: string;
  /** Unit of a number (万元, 人, 家 …), or null. */
  unit: string | null;
  /** True when the schema gives this field no label or description (the dictionary test fails on it). */
  missingMeta: boolean;
  kind: FieldKind;
  /** For a list: what each item is. */
  itemKind: Exclude<FieldKind, 'list' | 'records'> | null;
  /** Null is allowed: unknown, never 0. */
  nullable: boolean;
  /** A value must be given (not nullable, no default; for lists: at least one item). */
  required: boolean;
  /** Allowed values of an enum (or of a list's items), in schema order, with their labels. */
  values: VocabValue[] | null;
  /** True when an enum has no vocabulary with Chinese labels (its labels are then its ids). */
  vocabMissing: boolean;
  /** Further constraints, in Chinese (e.g. “至少 2 个字”, “2000–2100”). */
  constraints: string[];
  /** Sub-fields of a `records` field. */
  fields: FieldInfo[] | null;
}

/** The JSON Schema subset zod 4 emits for our field types. */
interface JsonNode {
  type?: string | string[];
  anyOf?: JsonNode[];
  enum?: unknown[];
  pattern?: string;
  items?: JsonNode;
  properties?: Record<string, JsonNode>;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  default?: unknown;
  label?: unknown;
  description?: unknown;
  unit?: unknown;
}

const patternOf = (s: z.ZodType): string | undefined => (z.toJSONSchema(s) as JsonNode).pattern;
/** The shared building blocks, recognised by their patterns. */
const BLOCKS: readonly { pattern: string | undefined; kind: 'region' | 'date' | 'id'; constraint: string }[] = [
  { pattern: patternOf(regionCode), kind: 'region', constraint: '6 位数字（GB/T 2260）' },
  { pattern: patternOf(partialDate), kind: 'date', constraint: '写作 YYYY、YYYY-MM 或 YYYY-MM-DD，精确到来源给出的程度' },
  { pattern: patternOf(entityId), kind: 'id', constraint: '小写英文字母、数字和连字符（2–81 位），或 18 位统一社会信用代码' },
];

/** Vocabulary labels for enums that src/lib/schema/vocab.ts does not list (labels as the ingest accepts them). */
export const EXTRA_VOCABULARIES: readonly (readonly VocabValue[])[] = [
  // regionAlias.kind: tables.ts mapRegionAlias accepts 更名 / 简称 for these
  [
    { id: 'renamed', label: '更名' },
    { id: 'abbreviation', label: '简称' },
  ],
  // regionStat.scope: the 附件1 row groups 省外 / 省内
  [
    { id: 'outside', label: '省外' },
    { id: 'inside', label: '省内' },
  ],
];

function isVocabulary(v: unknown): v is readonly VocabValue[] {
  return (
    Array.isArray(v) &&
    v.length > 0 &&
    v.every(
      (e) => e !== null && typeof e === 'object' && typeof (e as VocabValue).id === 'string' && typeof (e as VocabValue).label === 'string',
    )
  );
}

/** Every vocabulary: all of vocab.ts (found, not listed, so a new one is picked up), the reported metrics, and the extras. */
export const VOCABULARIES: readonly (readonly VocabValue[])[] = [
  ...(Object.values(vocab) as unknown[]).filter(isVocabulary),
  REPORTED_METRICS,
  ...EXTRA_VOCABULARIES,
];

/** The vocabulary whose ids are exactly `ids` (in any order), or null. */
export function vocabularyFor(ids: readonly string[]): readonly VocabValue[] | null {
  const want = new Set(ids);
  return VOCABULARIES.find((v) => v.length === want.size && v.every((e) => want.has(e.id))) ?? null;
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function constraintsOf(n: JsonNode, kind: FieldKind): string[] {
  const out: string[] = [];
  const block = BLOCKS.find((b) => b.kind === kind);
  if (block) out.push(block.constraint);
  if (kind === 'text') {
    if (n.minLength !== undefined && n.minLength === n.maxLength) out.push(`${n.minLength} 位`);
    else {
      if (n.minLength !== undefined && n.minLength > 0) out.push(`至少 ${n.minLength} 个字`);
      if (n.maxLength !== undefined) out.push(`至多 ${n.maxLength} 个字`);
    }
  }
  if (kind === 'integer' || kind === 'number') {
    // zod writes an integer's implicit bounds (±Number.MAX_SAFE_INTEGER) into the JSON Schema: they are no constraint a reader needs
    const max = n.maximum !== undefined && n.maximum < Number.MAX_SAFE_INTEGER ? n.maximum : undefined;
    const min = n.minimum !== undefined && n.minimum > Number.MIN_SAFE_INTEGER ? n.minimum : undefined;
    if (min !== undefined && max !== undefined) out.push(`${min}–${max}`);
    else if (min !== undefined) out.push(`≥ ${min}`);
    else if (max !== undefined) out.push(`≤ ${max}`);
    if (n.exclusiveMinimum !== undefined) out.push(`> ${n.exclusiveMinimum}`);
  }
  return out;
}

/** Splits `anyOf: [X, null]` into X and nullability. */
function core(n: JsonNode): { node: JsonNode; nullable: boolean } {
  if (n.anyOf) {
    const rest = n.anyOf.filter((a) => a.type !== 'null');
    if (rest.length !== 1) throw new Error('不支持的字段类型：多种类型的联合');
    return { node: { ...rest[0]!, ...omitAnyOf(n) }, nullable: rest.length < n.anyOf.length };
  }
  if (Array.isArray(n.type)) {
    const types = n.type.filter((t) => t !== 'null');
    if (types.length !== 1) throw new Error('不支持的字段类型：多种类型的联合');
    return { node: { ...n, type: types[0]! }, nullable: types.length < n.type.length };
  }
  return { node: n, nullable: false };
}

function omitAnyOf(n: JsonNode): JsonNode {
  const { anyOf: _drop, ...rest } = n;
  return rest;
}

function scalarKind(n: JsonNode): Exclude<FieldKind, 'list' | 'records'> {
  if (n.enum) return 'enum';
  if (n.type === 'string') return BLOCKS.find((b) => b.pattern !== undefined && b.pattern === n.pattern)?.kind ?? 'text';
  if (n.type === 'integer') return 'integer';
  if (n.type === 'number') return 'number';
  if (n.type === 'boolean') return 'boolean';
  throw new Error(`不支持的字段类型：${JSON.stringify(n.type)}`);
}

function valuesOf(n: JsonNode): { values: VocabValue[] | null; vocabMissing: boolean } {
  if (!n.enum) return { values: null, vocabMissing: false };
  const ids = n.enum.map(String);
  const v = vocabularyFor(ids);
  if (!v) return { values: ids.map((id) => ({ id, label: id })), vocabMissing: true };
  const byId = new Map(v.map((e) => [e.id, e.label]));
  return { values: ids.map((id) => ({ id, label: byId.get(id)! })), vocabMissing: false };
}

function describeNode(key: string, json: JsonNode): FieldInfo {
  const label = text(json.label);
  const description = text(json.description);
  const unit = text(json.unit) || null;
  const { node, nullable } = core(json);
  const hasDefault = 'default' in json;
  const base = { key, label, description, unit, missingMeta: label === '' || description === '', nullable };
  if (node.type === 'array') {
    const item = node.items ?? {};
    const minItems = node.minItems ?? 0;
    const constraints = minItems > 0 ? [`至少 ${minItems} 项`] : [];
    if (item.type === 'object') {
      const fields = Object.entries(item.properties ?? {}).map(([k, v]) => describeNode(k, v));
      return { ...base, kind: 'records', itemKind: null, required: minItems > 0, values: null, vocabMissing: false, constraints, fields };
    }
    const itemCore = core(item).node;
    const itemKind = scalarKind(itemCore);
    return {
      ...base,
      kind: 'list',
      itemKind,
      required: minItems > 0,
      ...valuesOf(itemCore),
      constraints: [...constraints, ...constraintsOf(itemCore, itemKind).map((c) => `每项：${c}`)],
      fields: null,
    };
  }
  const kind = scalarKind(node);
  return {
    ...base,
    kind,
    itemKind: null,
    required: !nullable && !hasDefault,
    ...valuesOf(node),
    constraints: constraintsOf(node, kind),
    fields: null,
  };
}

/** Describes one field of an object schema. */
export function describeField(key: string, schema: z.ZodType): FieldInfo {
  return describeNode(key, z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode);
}

/** Every field of an object schema, in schema order. */
export function describeSchema(schema: z.ZodObject): FieldInfo[] {
  return Object.entries(schema.shape).map(([key, s]) => describeField(key, s as z.ZodType));
}
