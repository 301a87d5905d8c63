/**
 * The data dictionary: for every published table and every field, the key, Chinese label,
 * meaning, unit, type, whether it may be empty, allowed values (label and id) and where it is in
 * the CSV. Built from the zod schemas (fields.ts) and the exporters' column plan (entities.ts), so
 * it describes exactly what the code publishes. Pure.
 */
import { describeSchema, type FieldInfo, type FieldKind } from './fields.ts';
import { csvColumns, csvPlacement, OPEN_ENTITIES, type CsvPlacement, type OpenEntity } from './entities.ts';
import { flatHeader, REGION_TABLE_COLUMNS } from './regionTable.ts';

export interface DictionaryField extends FieldInfo {
  /** Type in Chinese, e.g. “金额（数值）”, “列表：行政区划代码”. */
  typeLabel: string;
  /** The field's CSV column header, or null when it has no column of its own. */
  csv: string | null;
  /** How the CSV writes it (or where it is instead). */
  csvNote: string;
  /** Sub-fields (of a records field), described the same way. */
  subFields: DictionaryField[] | null;
}

export interface DictionaryTable {
  entity: string;
  title: string;
  description: string;
  /** CSV file name. */
  file: string;
  /** Key of the dataset JSON that holds the rows. */
  json: string;
  fields: DictionaryField[];
  /** Columns the CSV adds for readers (not stored in the JSON). */
  derived: { key: string; label: string; description: string; csv: string }[];
}

const KIND_LABEL: Record<FieldKind, string> = {
  text: '文本',
  id: '标识',
  date: '日期',
  region: '行政区划代码',
  integer: '整数',
  number: '数值',
  boolean: '是/否',
  enum: '取值表',
  list: '列表',
  records: '子记录列表',
};

/** “列表：行政区划代码”, “整数”, … */
export function typeLabel(f: Pick<FieldInfo, 'kind' | 'itemKind'>): string {
  return f.kind === 'list' && f.itemKind ? `${KIND_LABEL.list}：${KIND_LABEL[f.itemKind]}` : KIND_LABEL[f.kind];
}

function dictionaryField(f: FieldInfo, csv: CsvPlacement): DictionaryField {
  return {
    ...f,
    typeLabel: typeLabel(f),
    csv: csv.header,
    csvNote: csv.note,
    subFields: f.fields ? f.fields.map((s) => dictionaryField(s, { header: null, note: csv.note })) : null,
  };
}

/** One table of the dictionary. */
export function dictionaryTable(e: OpenEntity, entities: readonly OpenEntity[] = OPEN_ENTITIES): DictionaryTable {
  const placement = csvPlacement(e, entities);
  return {
    entity: e.entity,
    title: e.title,
    description: e.description,
    file: `${e.entity}.csv`,
    json: e.expands ? `${e.json}[].${e.expands.field}` : e.json,
    fields: describeSchema(e.schema).map((f) => dictionaryField(f, placement.get(f.key) ?? { header: null, note: '' })),
    derived: csvColumns(e)
      .filter((c) => c.field === null)
      .map((c) => {
        const d = e.derived!.find((x) => x.key === c.key)!;
        return { key: d.key, label: d.label, description: d.description, csv: c.header };
      }),
  };
}

/** Every published table. */
export function buildDictionary(entities: readonly OpenEntity[] = OPEN_ENTITIES): DictionaryTable[] {
  return entities.map((e) => dictionaryTable(e, entities));
}

/** The columns of the statistics table by region, for the dictionary. */
export function regionTableDictionary(): { key: string; header: string; description: string; type: string }[] {
  return REGION_TABLE_COLUMNS.map((c) => ({
    key: c.key,
    header: flatHeader(c),
    description: c.description,
    type: c.type === 'money' ? '金额（万元，数值）' : c.type === 'count' ? '整数' : '文本',
  }));
}
