/**
 * The 附件1-style statistics table by assisted region (江苏《社会组织参与乡村振兴情况统计表》: 参与社会
 * 组织数、开展帮扶项目数、投入资金数、投入人员数、受益人数), computed from the itemised projects, with one
 * row per province, prefecture and county that projects reach, under a 合计 row. Pure.
 *
 * Assumptions:
 *   - a project counts once in every region it falls in (its target regions and their ancestors),
 *     however many of its targets lie there (several counties of one prefecture: once for the
 *     prefecture); a project aimed at a province counts for the province only, nothing is imputed
 *     downwards; funds are never split between regions, so rows of one level can add up to more than
 *     合计 (`shared` says how many projects a row shares with other regions of its level);
 *   - 合计 counts every project once: it equals computeTotals (src/lib/aggregate/totals.ts);
 *   - unknown stays unknown: a sum with no known value is null (an empty cell), never 0, and each sum
 *     comes with the number of projects that gave a value and how many of those were approximate;
 *   - pledged (认领/计划) and invested (投入/拨付) funds stay apart; beneficiaries per unit (人/人次/户);
 *   - 参与社会组织数 counts the distinct organizations of the row's projects (a co-funded project
 *     brings each of its organizations once), by legal type;
 *   - campaigns' reported totals are not part of it.
 */
import type { Organization } from '../schema/organization.ts';
import type { Project } from '../schema/project.ts';
import { BENEFICIARY_UNITS, ORG_TYPES, type BeneficiaryUnitId, type OrgTypeId } from '../schema/vocab.ts';
import { ProjectFigures, type SumWithCoverage } from '../aggregate/totals.ts';
import type { RegionLevel } from '../regions.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { BENEFICIARY_MEASURES, FUNDS_CONVENTION, type Measure, MEASURES, measureHeader } from '../measures.ts';

/** What the table needs to know about regions (a RegionIndex fits). */
export interface RegionTableLookup {
  /** Ancestors from the province down, then the region itself. */
  chain(code: string): readonly { code: string; name: string; level: RegionLevel }[];
  pathName(code: string): string;
}

export interface RegionTableRow {
  /** Region code; null for 合计. */
  code: string | null;
  /** Region name, or 合计. */
  name: string;
  /** “甘肃省/甘南藏族自治州/舟曲县”; 合计 for the total. */
  path: string;
  /** Null for 合计. */
  level: RegionLevel | null;
  /** 0 for provinces (and 合计), 1 below a province, 2 below a prefecture. */
  depth: number;
  organizations: number;
  organizationsByType: Record<OrgTypeId | 'unknown', number>;
  projects: number;
  /** Projects of this row that also fall in another region of the same level (0 for 合计). */
  shared: number;
  fundsPledgedWan: SumWithCoverage;
  fundsInvestedWan: SumWithCoverage;
  staffDeployed: SumWithCoverage;
  beneficiaries: Record<BeneficiaryUnitId, SumWithCoverage>;
}

class Acc {
  readonly orgs = new Set<string>();
  projects = 0;
  shared = 0;
  readonly figures = new ProjectFigures();

  add(p: Project, shared: boolean): void {
    for (const o of p.organizationIds) this.orgs.add(o);
    this.projects++;
    if (shared) this.shared++;
    this.figures.addProject(p);
  }

  row(head: Pick<RegionTableRow, 'code' | 'name' | 'path' | 'level' | 'depth'>, typeOf: (id: string) => OrgTypeId | null): RegionTableRow {
    const byType: Record<OrgTypeId | 'unknown', number> = { association: 0, foundation: 0, serviceInstitution: 0, unknown: 0 };
    for (const o of this.orgs) byType[typeOf(o) ?? 'unknown']++;
    return {
      ...head,
      organizations: this.orgs.size,
      organizationsByType: byType,
      projects: this.projects,
      shared: this.shared,
      ...this.figures.sums(),
    };
  }
}

/** The table: 合计 first, then provinces by code, each followed by its prefectures and counties. */
export function regionTable(
  projects: readonly Project[],
  organizations: readonly Pick<Organization, 'id' | 'type'>[],
  regions: RegionTableLookup,
): RegionTableRow[] {
  const types = new Map(organizations.map((o) => [o.id, o.type]));
  const typeOf = (id: string): OrgTypeId | null => types.get(id) ?? null;
  const total = new Acc();
  const accs = new Map<string, Acc>();
  const nodes = new Map<string, { name: string; level: RegionLevel; parent: string | null; depth: number }>();
  for (const p of projects) {
    total.add(p, false);
    const byLevel = new Map<RegionLevel, Set<string>>();
    for (const t of p.targetRegions) {
      const chain = regions.chain(t);
      chain.forEach((r, i) => {
        let set = byLevel.get(r.level);
        if (!set) byLevel.set(r.level, (set = new Set()));
        set.add(r.code);
        if (!nodes.has(r.code)) nodes.set(r.code, { name: r.name, level: r.level, parent: i > 0 ? chain[i - 1]!.code : null, depth: i });
      });
    }
    for (const codes of byLevel.values()) {
      for (const c of codes) {
        let a = accs.get(c);
        if (!a) accs.set(c, (a = new Acc()));
        a.add(p, codes.size > 1);
      }
    }
  }
  const children = new Map<string | null, string[]>();
  for (const [code, n] of nodes) {
    let list = children.get(n.parent);
    if (!list) children.set(n.parent, (list = []));
    list.push(code);
  }
  const out: RegionTableRow[] = [total.row({ code: null, name: '合计', path: '合计', level: null, depth: 0 }, typeOf)];
  const walk = (parent: string | null): void => {
    for (const code of (children.get(parent) ?? []).sort()) {
      const n = nodes.get(code)!;
      out.push(accs.get(code)!.row({ code, name: n.name, path: regions.pathName(code), level: n.level, depth: n.depth }, typeOf));
      walk(code);
    }
  };
  walk(null);
  return out;
}

/** A column of the table: under a group header (two header rows, as in 附件1) or on its own. */
export interface RegionTableColumn {
  key: string;
  /** Upper header (e.g. “参与社会组织数（家）”), or null for a column with a single header. */
  group: string | null;
  /** Lower header, or the header of a single column. */
  label: string;
  description: string;
  /** 'money' and 'count' cells are numbers (null = unknown); 'text' cells are text. */
  type: 'text' | 'count' | 'money';
  value(row: RegionTableRow): string | number | null;
}

const LEVEL_LABEL: Record<RegionLevel, string> = { province: '省级', prefecture: '地级', county: '县级' };

/** A sum as a cell: null (unknown) when no project gave a value. */
const sumCell = (s: SumWithCoverage): number | null => (s.known > 0 ? s.sum : null);

function sumColumns(
  key: string,
  group: string,
  what: string,
  s: (r: RegionTableRow) => SumWithCoverage,
  type: 'count' | 'money',
  withApprox: boolean,
): RegionTableColumn[] {
  const cols: RegionTableColumn[] = [
    {
      key,
      group,
      label: type === 'money' ? '金额' : '合计',
      description: `已知${what}之和；没有任何项目给出${what}时为空（未知，不是 0）`,
      type,
      value: (r) => sumCell(s(r)),
    },
    {
      key: `${key}Known`,
      group,
      label: '有数据的项目数',
      description: `给出${what}的项目数：上一列之和覆盖了多少个项目`,
      type: 'count',
      value: (r) => s(r).known,
    },
  ];
  if (withApprox)
    cols.push({
      key: `${key}Approx`,
      group,
      label: '其中约数',
      description: `${what}为约数（约、余、多）的项目数`,
      type: 'count',
      value: (r) => s(r).approximate,
    });
  return cols;
}

/** The sum columns of a measure: header and wording from the measure registry. */
function measureColumns(m: Measure, s: (r: RegionTableRow) => SumWithCoverage, key: string = m.key): RegionTableColumn[] {
  return sumColumns(key, measureHeader(m), m.label, s, m.kind === 'money' ? 'money' : 'count', m.approxField !== null);
}

/** The columns, following 附件1's order: organizations, projects, funds, people, beneficiaries. */
export const REGION_TABLE_COLUMNS: readonly RegionTableColumn[] = [
  { key: 'code', group: null, label: '行政区划代码', description: 'GB/T 2260 六位代码；合计行为空', type: 'text', value: (r) => r.code },
  { key: 'region', group: null, label: '地区', description: '帮扶地区（省/市/县）；合计行为“合计”', type: 'text', value: (r) => r.path },
  {
    key: 'level',
    group: null,
    label: '层级',
    description: '省级、地级或县级',
    type: 'text',
    value: (r) => (r.level ? LEVEL_LABEL[r.level] : null),
  },
  {
    key: 'organizations',
    group: '参与社会组织数（家）',
    label: '合计',
    description: '在该地区有项目的不同社会组织数；组团帮扶的项目，每个参与组织各计一次',
    type: 'count',
    value: (r) => r.organizations,
  },
  ...ORG_TYPES.map(
    (t): RegionTableColumn => ({
      key: `organizations_${t.id}`,
      group: '参与社会组织数（家）',
      label: t.label,
      description: `其中${t.label}`,
      type: 'count',
      value: (r) => r.organizationsByType[t.id],
    }),
  ),
  {
    key: 'organizations_unknown',
    group: '参与社会组织数（家）',
    label: '类型未知',
    description: '其中登记类型未知的组织',
    type: 'count',
    value: (r) => r.organizationsByType.unknown,
  },
  {
    key: 'projects',
    group: '开展帮扶项目数（个）',
    label: '合计',
    description: '帮扶该地区（或其下辖地区）的项目数，每个项目计一次',
    type: 'count',
    value: (r) => r.projects,
  },
  {
    key: 'projectsShared',
    group: '开展帮扶项目数（个）',
    label: '其中同时帮扶同级其他地区',
    description: '这些项目也计入同级其他地区，所以同级各地区相加可能大于合计',
    type: 'count',
    value: (r) => r.shared,
  },
  ...measureColumns(MEASURES.fundsPledgedWan, (r) => r.fundsPledgedWan),
  ...measureColumns(MEASURES.fundsInvestedWan, (r) => r.fundsInvestedWan),
  ...measureColumns(MEASURES.staffDeployed, (r) => r.staffDeployed),
  ...BENEFICIARY_UNITS.flatMap((u) => measureColumns(BENEFICIARY_MEASURES[u.id], (r) => r.beneficiaries[u.id], `beneficiaries_${u.id}`)),
];

/** “认领/计划资金（万元）·合计”: the one-row header of the CSV. */
export function flatHeader(c: RegionTableColumn): string {
  return c.group ? `${c.group}·${c.label}` : c.label;
}

/** The table as CSV: one header row, 合计 first. */
export function regionTableCsv(rows: readonly RegionTableRow[]): string {
  return toCsv(
    REGION_TABLE_COLUMNS.map(flatHeader),
    rows.map((r) => REGION_TABLE_COLUMNS.map((c): CsvValue => c.value(r))),
  );
}

/** Notes printed under the table (备注), the table's assumptions in words. */
export const REGION_TABLE_NOTES: readonly string[] = [
  '本表由本站逐项项目记录汇总，不含行动组织方公布的报告数，也不含各地按附件1报送的统计数。',
  '一个项目帮扶多个地区时，在每个地区各计一次，资金不拆分，所以同级各地区相加可能大于合计；帮扶省级或地级的项目只计入该级，不计入下级地区。',
  '空白表示未知，不是 0；“有数据的项目数”说明该数之和覆盖了多少个项目。',
  `${FUNDS_CONVENTION}；受益人数按${BENEFICIARY_UNITS.map((u) => u.label).join('、')}分别统计，不相加。`,
];

/** A cell of the XLSX sheet (the subset of write-excel-file's cell objects used here). */
export interface SheetCell {
  value?: string | number;
  type?: StringConstructor | NumberConstructor;
  format?: string;
  fontWeight?: 'bold';
  align?: 'left' | 'center' | 'right';
  alignVertical?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
  indent?: number;
  columnSpan?: number;
  rowSpan?: number;
  backgroundColor?: string;
  borderStyle?: string;
}

export interface RegionSheetMeta {
  title: string;
  /** “数据截至 …” */
  dataAsOf: string;
  publisher: string;
  license: string;
  /** Which code made the file. */
  generatedBy: string;
}

/**
 * The XLSX sheet as 附件1 lays it out: title, a line with date and units, a two-row header (groups
 * over their columns), 合计 and the regions indented by level, then 备注. Numbers are numbers.
 */
export function regionTableSheet(rows: readonly RegionTableRow[], meta: RegionSheetMeta): (SheetCell | null)[][] {
  const cols = REGION_TABLE_COLUMNS;
  const n = cols.length;
  const border = { borderStyle: 'thin' } as const;
  // cells a merged cell covers must be null (write-excel-file)
  const title: (SheetCell | null)[] = [
    { value: meta.title, fontWeight: 'bold', align: 'center', columnSpan: n },
    ...Array.from({ length: n - 1 }, () => null),
  ];
  const line: (SheetCell | null)[] = [
    {
      value: `制表单位：${meta.publisher}　数据截至：${meta.dataAsOf}　资金单位：万元　许可：${meta.license}　生成：${meta.generatedBy}`,
      columnSpan: n,
    },
    ...Array.from({ length: n - 1 }, () => null),
  ];
  const top: (SheetCell | null)[] = [];
  const bottom: (SheetCell | null)[] = [];
  for (let i = 0; i < n; i++) {
    const c = cols[i]!;
    const head = {
      fontWeight: 'bold',
      align: 'center',
      alignVertical: 'center',
      wrap: true,
      backgroundColor: '#EEEEEE',
      ...border,
    } as const;
    if (c.group === null) {
      top.push({ ...head, value: c.label, rowSpan: 2 });
      bottom.push(null);
    } else if (i === 0 || cols[i - 1]!.group !== c.group) {
      let span = 1;
      while (i + span < n && cols[i + span]!.group === c.group) span++;
      top.push({ ...head, value: c.group, columnSpan: span });
      bottom.push({ ...head, value: c.label });
    } else {
      top.push(null);
      bottom.push({ ...head, value: c.label });
    }
  }
  const body = rows.map((r) =>
    cols.map((c): SheetCell => {
      const v = c.key === 'region' ? r.name : c.value(r);
      const cell: SheetCell = { ...border, ...(r.level === null ? { fontWeight: 'bold' } : {}) };
      if (c.key === 'region' && r.depth > 0) cell.indent = r.depth;
      if (v === null) return cell;
      if (typeof v === 'number') return { ...cell, value: v, type: Number, format: c.type === 'money' ? '#,##0.00' : '#,##0' };
      return { ...cell, value: v, type: String };
    }),
  );
  const notes = REGION_TABLE_NOTES.map((t, i): (SheetCell | null)[] => [
    { value: `${i === 0 ? '备注：' : '　　　'}${i + 1}. ${t}`, columnSpan: n },
    ...Array.from({ length: n - 1 }, () => null),
  ]);
  return [title, line, top, bottom, ...body, [], ...notes];
}
