/**
 * The published tables, one entry each: which schema describes the rows and where the rows are in
 * the dataset. The CSV exporter, the dataset JSON and the data dictionary all walk this list, so
 * publishing a new table (e.g. brands) is one entry here. Pure.
 *
 * CSV conventions (chosen for clerks who open the file in Excel and for `npm run data:check`,
 * which reads an exported file back as input):
 *   - header: the Chinese label, its unit, and the stable English key in brackets, e.g.
 *     “认领/计划资金（万元）（fundsPledgedWan）”; the key is what the JSON uses and what the data
 *     check matches (src/lib/ingest/tables/spec.ts matchHeader);
 *   - controlled values as Chinese labels (教育, not education); raw ids stay in the JSON;
 *   - regions as “省/市/县” names, except in columns whose label says 代码 (those keep the code);
 *   - lists joined with “;”, as data/*.csv are written; booleans 是/否;
 *   - unknown (null) is an empty cell, never 0; an approximate figure (the `…Approx` flag of its
 *     field) is written with 约 in front, as the sources print it, so it reads back the same;
 *   - lists of sub-records (campaign.reported) are published as their own long table.
 */
import { z } from 'zod';
import type { Dataset } from '../ingest/pipeline.ts';
import { organizationSchema, type Organization } from '../schema/organization.ts';
import { projectSchema } from '../schema/project.ts';
import { reportsOf } from '../aggregate/reports.ts';
import { sourceSchema } from '../schema/source.ts';
import { campaignSchema, reportedTotalSchema, REPORTED_METRICS } from '../schema/campaign.ts';
import { keyCountySchema } from '../schema/keyCounty.ts';
import { regionAliasSchema } from '../schema/regionAlias.ts';
import { regionStatSchema } from '../schema/regionStat.ts';
import { brandSchema } from '../schema/brand.ts';
import { exemplarySchema } from '../schema/exemplary.ts';
import { entityId, field } from '../schema/common.ts';
import { BENEFICIARY_UNITS } from '../schema/vocab.ts';
import { describeSchema, type FieldInfo } from './fields.ts';
import { csvPieces, numberText, type CsvValue } from './csv.ts';

/** A row as the exporters see it. */
export type Row = Readonly<Record<string, unknown>>;

/** Lookups a CSV cell may need (a RegionIndex and the organization table provide them). */
export interface RenderContext {
  /** “甘肃省/甘南藏族自治州/舟曲县” for a code. */
  regionPath(code: string): string;
  /** Full name of an organization, by id. */
  orgName(id: string): string | null;
}

/** A CSV column that is not a schema field: shown for readers, e.g. organization names beside ids. */
export interface DerivedColumn {
  key: string;
  label: string;
  description: string;
  /** The schema field the column follows. */
  after: string;
  value(row: Row, ctx: RenderContext): CsvValue;
}

export interface OpenEntity {
  /** File stem: `projects` → projects.csv. */
  entity: string;
  /** Chinese name of the table. */
  title: string;
  /** One sentence on what a row is. */
  description: string;
  schema: z.ZodObject;
  /** The dataset table the rows come from: the key of the dataset JSON that holds them. */
  json: keyof Dataset;
  /** The rows, when they are not simply `dataset[json]`. */
  rows?(d: Dataset): readonly object[];
  /** Columns added for readers (never schema fields). */
  derived?: readonly DerivedColumn[];
  /** This table spells out a list-of-records field of another table, e.g. `campaigns.reported` (in the JSON, the rows stay nested there). */
  expands?: { entity: string; field: string };
}

/** One reported total of a campaign, as a row of the long table. */
export const campaignReportedTotalSchema = z.object({
  campaignId: field(entityId, { label: '行动标识', description: '所属行动（行动表中的标识）' }),
  ...reportedTotalSchema.shape,
});

const metricUnit = new Map<string, string>(REPORTED_METRICS.map((m) => [m.id, m.unit]));

/** The published tables. Add a table: one entry. */
export const OPEN_ENTITIES: readonly OpenEntity[] = [
  {
    entity: 'sources',
    json: 'sources',
    title: '来源文件',
    description: '每行一份记录所依据的文件（通知、报告、新闻报道或其转载）；各表“来源”列开头的标识指向这里。',
    schema: sourceSchema,
  },
  { entity: 'organizations', json: 'organizations', title: '社会组织', description: '每行一家社会组织。', schema: organizationSchema },
  {
    entity: 'projects',
    json: 'projects',
    title: '帮扶项目',
    description:
      '每行一个帮扶项目的一次报告（一个年度、一个填报单位）：只报告过一次的项目只有一行；在几个年度或由几个单位报告的项目有几行，共用“项目标识”。组团帮扶的项目只有一行，列出全部参与组织。',
    schema: projectSchema,
    rows: (d) => d.projects.flatMap(reportsOf),
    derived: [
      {
        key: 'organizationNames',
        label: '社会组织名称',
        description: '“社会组织”列各标识对应的组织全称，便于阅读；读回时与标识指向同一组织',
        after: 'organizationIds',
        value: (row, ctx) => (row['organizationIds'] as string[]).map((id) => ctx.orgName(id) ?? id).join(';'),
      },
    ],
  },
  {
    entity: 'campaigns',
    json: 'campaigns',
    title: '行动',
    description: '每行一项专项行动、社会组织乡村行或认领活动；其报告总数见“行动报告总数”。',
    schema: campaignSchema,
  },
  {
    entity: 'campaign-reported-totals',
    json: 'campaigns',
    title: '行动报告总数',
    description: '每行一个由行动组织方公布的总数（报告数），照录原文；不与逐项项目相加。',
    schema: campaignReportedTotalSchema,
    rows: (d) => d.campaigns.flatMap((c) => c.reported.map((r) => ({ campaignId: c.id, ...r }))),
    expands: { entity: 'campaigns', field: 'reported' },
    derived: [
      {
        key: 'unit',
        label: '单位',
        description: '数值的单位：资金为万元；受益人数为其受益单位',
        after: 'value',
        value: (row) =>
          metricUnit.get(row['metric'] as string) || (BENEFICIARY_UNITS.find((u) => u.id === row['beneficiaryUnit'])?.label ?? null),
      },
    ],
  },
  {
    entity: 'key-counties',
    json: 'keyCounties',
    title: '国家乡村振兴重点帮扶县',
    description: '每行一个已收录来源的重点帮扶县。',
    schema: keyCountySchema,
  },
  {
    entity: 'region-aliases',
    json: 'regionAliases',
    title: '地名别称与更名',
    description: '每行一个旧名或简称及其现行代码。',
    schema: regionAliasSchema,
  },
  {
    entity: 'region-stats-reported',
    json: 'regionStats',
    title: '各地报送的统计表（附件1）',
    description: '每行一行各地按附件1报送的统计数（报告数，与逐项项目分开）。',
    schema: regionStatSchema,
  },
  { entity: 'brands', json: 'brands', title: '公益品牌', description: '每行一个公益品牌或专项行动、关爱行动。', schema: brandSchema },
  {
    entity: 'exemplary-organizations',
    json: 'exemplary',
    title: '来源列举的社会组织',
    description: '每行是来源列举一家社会组织的一处（会上交流经验、成果报道或工作介绍中的事例），不是表彰。',
    schema: exemplarySchema,
  },
];

/** An entity's rows in the dataset. */
export function entityRows(e: OpenEntity, d: Dataset): readonly object[] {
  return e.rows ? e.rows(d) : d[e.json];
}

/** A column of an entity's CSV. */
export interface CsvColumn {
  key: string;
  header: string;
  /** The schema field shown, or null for a derived column. */
  field: FieldInfo | null;
  /** The `…Approx` flag folded into this column (约 in front of approximate figures). */
  approxKey: string | null;
  value(row: Row, ctx: RenderContext): CsvValue;
}

/** “认领/计划资金（万元）（fundsPledgedWan）”. */
export function csvHeader(label: string, unit: string | null, key: string): string {
  return `${label}${unit ? `（${unit}）` : ''}（${key}）`;
}

/** The numeric field a `…Qualifier` field qualifies: fundsInvestedQualifier → fundsInvestedWan. */
export function qualifierTarget(f: FieldInfo, fields: readonly FieldInfo[]): FieldInfo | null {
  if (!f.key.endsWith('Qualifier')) return null;
  const base = f.key.slice(0, -'Qualifier'.length);
  return fields.find((x) => (x.key === `${base}Wan` || x.key === base) && (x.kind === 'number' || x.kind === 'integer')) ?? null;
}

/** The numeric field an `…Approx` flag qualifies: fundsPledgedApprox → fundsPledgedWan, beneficiariesApprox → beneficiaries. */
export function approxTarget(flag: FieldInfo, fields: readonly FieldInfo[]): FieldInfo | null {
  if (flag.kind !== 'boolean' || !flag.key.endsWith('Approx')) return null;
  const base = flag.key.slice(0, -'Approx'.length);
  return fields.find((f) => (f.key === base || f.key === `${base}Wan`) && (f.kind === 'number' || f.kind === 'integer')) ?? null;
}

/** Regions are written as names, except in columns whose label says they hold a code. */
function regionText(f: FieldInfo, code: string, ctx: RenderContext): string {
  return f.label.includes('代码') ? code : ctx.regionPath(code);
}

const enumLabels = new WeakMap<FieldInfo, Map<string, string>>();
/** id → label of an enum field, built once per field. */
function labelsOf(f: FieldInfo): Map<string, string> {
  let m = enumLabels.get(f);
  if (!m) enumLabels.set(f, (m = new Map((f.values ?? []).map((e) => [e.id, e.label]))));
  return m;
}

function scalarCell(f: FieldInfo, kind: FieldInfo['kind'], v: unknown, ctx: RenderContext): CsvValue {
  if (v === null || v === undefined) return null;
  switch (kind) {
    case 'boolean':
      return v ? '是' : '否';
    case 'integer':
    case 'number':
      return v as number;
    case 'enum':
      return labelsOf(f).get(v as string) ?? String(v);
    case 'region':
      return regionText(f, v as string, ctx);
    default:
      return String(v);
  }
}

/** A field's cell: see the conventions at the top of this file. */
export function fieldCell(f: FieldInfo, v: unknown, ctx: RenderContext): CsvValue {
  if (f.kind === 'records') throw new Error(`字段 ${f.key} 是子记录列表，不写入 CSV`);
  if (f.kind !== 'list') return scalarCell(f, f.kind, v, ctx);
  if (v === null || v === undefined) return null;
  const items = (v as unknown[]).map((x) => scalarCell(f, f.itemKind!, x, ctx)).filter((x): x is string | number => x !== null);
  return items.length === 0 ? null : items.map((x) => (typeof x === 'number' ? numberText(x) : x)).join(';');
}

/** The columns of an entity's CSV, in schema order with derived columns after their field. */
export function csvColumns(e: OpenEntity): CsvColumn[] {
  const fields = describeSchema(e.schema);
  const folded = new Map<string, string>(); // numeric field key → its approx flag key
  const qualified = new Map<string, string>(); // numeric field key → its qualifier key
  for (const f of fields) {
    const target = approxTarget(f, fields);
    if (target) folded.set(target.key, f.key);
    const q = qualifierTarget(f, fields);
    if (q) qualified.set(q.key, f.key);
  }
  // the approximate flag says no more than its qualifier does, which has its own column after the number
  const foldedFlags = new Set(folded.values());
  const out: CsvColumn[] = [];
  for (const f of fields) {
    if (f.kind === 'records' || foldedFlags.has(f.key)) continue;
    const approxKey = folded.get(f.key) ?? null;
    const qualifierKey = qualified.get(f.key) ?? null;
    out.push({
      key: f.key,
      header: csvHeader(f.label, f.unit, f.key),
      field: f,
      approxKey,
      value: (row, ctx) => {
        const v = row[f.key];
        // approximate with no qualifier to say how (a record made before qualifiers were kept): 约 in the cell
        if (approxKey !== null && typeof v === 'number' && row[approxKey] === true && (qualifierKey === null || row[qualifierKey] == null))
          return `约${numberText(v)}`;
        return fieldCell(f, v, ctx);
      },
    });
    for (const d of e.derived ?? []) {
      if (d.after === f.key)
        out.push({ key: d.key, header: csvHeader(d.label, null, d.key), field: null, approxKey: null, value: d.value });
    }
  }
  return out;
}

/** An entity's rows as a CSV file (see csv.ts: BOM, CRLF, quoting, formula defusing). */
export function entityCsv(e: OpenEntity, rows: readonly object[], ctx: RenderContext): string {
  return [...entityCsvPieces(e, rows, ctx)].join('');
}

/** entityCsv's text in pieces (csvPieces): each row's cells are made when its piece is. */
export function entityCsvPieces(e: OpenEntity, rows: readonly object[], ctx: RenderContext): Generator<string> {
  const columns = csvColumns(e);
  return csvPieces(
    columns.map((c) => c.header),
    (function* () {
      for (const r of rows) yield columns.map((c) => c.value(r as Row, ctx));
    })(),
  );
}

/** A RenderContext from the dataset's organizations and a region index (RegionIndex fits). */
export function renderContext(
  organizations: readonly Pick<Organization, 'id' | 'name'>[],
  regions: { pathName(code: string): string },
): RenderContext {
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  const paths = new Map<string, string>(); // a few thousand codes, repeated down a million rows
  const regionPath = (code: string): string => {
    let p = paths.get(code);
    if (p === undefined) paths.set(code, (p = regions.pathName(code) || code));
    return p;
  };
  return { regionPath, orgName: (id) => names.get(id) ?? null };
}

/** Where a field is in its entity's CSV: the column header (null when it has none) and how values are written. */
export interface CsvPlacement {
  header: string | null;
  note: string;
}

/** How a column writes its values, in words (the conventions at the top of this file). */
function writingNote(c: CsvColumn): string {
  const f = c.field!;
  const kind = f.kind === 'list' ? f.itemKind : f.kind;
  const notes: string[] = [];
  if (kind === 'region') notes.push(f.label.includes('代码') ? '写六位代码' : '写“省/市/县”名称');
  if (kind === 'enum') notes.push('写中文名称');
  if (kind === 'boolean') notes.push('写“是”或“否”');
  if (f.kind === 'list') notes.push('多项用“;”分隔');
  if (c.approxKey !== null) notes.push('只写数字，来源的限定词（约、余、多等）在下一列');
  if (f.nullable) notes.push('未知为空');
  return notes.join('；');
}

/** Where each field of an entity is in its CSV. */
export function csvPlacement(e: OpenEntity, entities: readonly OpenEntity[] = OPEN_ENTITIES): Map<string, CsvPlacement> {
  const columns = csvColumns(e);
  const out = new Map<string, CsvPlacement>();
  for (const c of columns) if (c.field) out.set(c.key, { header: c.header, note: writingNote(c) });
  for (const f of describeSchema(e.schema)) {
    if (out.has(f.key)) continue;
    const into = columns.find((c) => c.approxKey === f.key);
    if (into) out.set(f.key, { header: null, note: `由“${into.header}”后一列的限定词表示：有限定词即为约数` });
    else if (f.kind === 'records') {
      const table = entities.find((x) => x.expands?.entity === e.entity && x.expands.field === f.key);
      out.set(f.key, { header: null, note: table ? `见 ${table.entity}.csv（${table.title}），每项一行` : '仅在 JSON 中' });
    }
  }
  return out;
}
