/**
 * The measures the site publishes about sets of projects, one definition each: key, Chinese label
 * (and a short one for narrow columns), unit, which flag marks a value as approximate, and how a
 * value and a sum are written. Labels and units of the project fields come from the schema's
 * `field()` metadata (src/lib/schema/project.ts), so a column header, a figure list, a chart's
 * title, an edition, the data check report and an open-data header all read the same words.
 * Pure.
 */
import type { SumWithCoverage, Totals } from './aggregate/totals.ts';
import { formatCount, formatWan, qualify, type Approx } from './format.ts';
import type { FieldMeta } from './schema/common.ts';
import { type Project, projectSchema } from './schema/project.ts';
import { BENEFICIARY_UNITS, type BeneficiaryUnitId } from './schema/vocab.ts';

export type MeasureKey =
  | 'organizations'
  | 'projects'
  | 'fundsPledgedWan'
  | 'fundsInvestedWan'
  | 'staffDeployed'
  | 'beneficiariesPerson'
  | 'beneficiariesPersonTime'
  | 'beneficiariesHousehold';

export interface Measure {
  key: MeasureKey;
  /** Chinese label, as a figure list or a column header reads: 投入/拨付资金. */
  label: string;
  /** Label for narrow table columns: 投入/拨付. */
  short: string;
  /** Unit word: 万元, 人, 家 … */
  unit: string;
  /** Money is written in 万元 or 亿元 (formatWan); counts with their unit (formatCount). */
  kind: 'money' | 'count';
  /** The Project field whose flag marks a value approximate (约、余、多), when there is one. */
  approxField: keyof Project | null;
}

/** The `field()` metadata of a project field. */
export function projectFieldMeta(key: keyof typeof projectSchema.shape): FieldMeta {
  const meta = projectSchema.shape[key].meta() as FieldMeta | undefined;
  if (!meta) throw new Error(`project field ${key} has no field() metadata`);
  return meta;
}

function fieldMeasure(key: 'fundsPledgedWan' | 'fundsInvestedWan' | 'staffDeployed', approxField: keyof Project | null): Measure {
  const m = projectFieldMeta(key);
  return { key, label: m.label, short: m.short ?? m.label, unit: m.unit ?? '', kind: m.unit === '万元' ? 'money' : 'count', approxField };
}

const unitWord = (id: BeneficiaryUnitId): string => BENEFICIARY_UNITS.find((u) => u.id === id)?.label ?? id;
/** 受益人数 / 受益人次 / 受益户数: beneficiaries are published per unit and never added across units. */
function beneficiaryMeasure(key: MeasureKey, unit: BeneficiaryUnitId): Measure {
  const m = projectFieldMeta('beneficiaries');
  const word = unitWord(unit);
  const label = unit === 'person' ? m.label : `受益${word === '户' ? '户数' : word}`;
  return { key, label, short: `${m.short ?? m.label}（${word}）`, unit: word, kind: 'count', approxField: 'beneficiariesApprox' };
}

export const MEASURES = {
  organizations: { key: 'organizations', label: '参与社会组织', short: '社会组织', unit: '家', kind: 'count', approxField: null },
  projects: { key: 'projects', label: '帮扶项目', short: '项目', unit: '个', kind: 'count', approxField: null },
  fundsPledgedWan: fieldMeasure('fundsPledgedWan', 'fundsPledgedApprox'),
  fundsInvestedWan: fieldMeasure('fundsInvestedWan', 'fundsInvestedApprox'),
  staffDeployed: fieldMeasure('staffDeployed', null),
  beneficiariesPerson: beneficiaryMeasure('beneficiariesPerson', 'person'),
  beneficiariesPersonTime: beneficiaryMeasure('beneficiariesPersonTime', 'personTime'),
  beneficiariesHousehold: beneficiaryMeasure('beneficiariesHousehold', 'household'),
} as const satisfies Record<MeasureKey, Measure>;

/** The beneficiary measure of a unit. */
export const BENEFICIARY_MEASURES: Readonly<Record<BeneficiaryUnitId, Measure>> = {
  person: MEASURES.beneficiariesPerson,
  personTime: MEASURES.beneficiariesPersonTime,
  household: MEASURES.beneficiariesHousehold,
};

/** “投入/拨付资金（万元）”: a column header with its unit. */
export function measureHeader(m: Pick<Measure, 'label' | 'unit'>, label: string = m.label): string {
  return m.unit ? `${label}（${m.unit}）` : label;
}

/** One value in the measure's unit: “3,089.5 万元”, “1.2 亿元”, “约 4,000 人”; null → `unknown`. */
export function formatMeasure(m: Measure, value: number | null, approximate: Approx = false, unknown = '未知'): string {
  if (value === null) return unknown;
  if (m.kind === 'money') return formatWan(value, approximate);
  return qualify(formatCount(value, m.unit), approximate);
}

/**
 * A sum over records: its text; one value with its qualifier as written; 至少 when every qualified
 * value in it is a lower bound (余、多、超过、以上), 约 when any other is approximate; `unknown` when no record has the figure.
 */
export function formatSum(m: Measure, s: SumWithCoverage, unknown = '暂无数据'): string {
  if (s.known === 0) return unknown;
  // one value: its qualifier as the source writes it ("近 400 人", "800 余万元")
  if (s.written !== undefined) return formatMeasure(m, s.sum, s.written);
  if (s.approximate > 0 && s.lowerBound === s.approximate) return `至少 ${formatMeasure(m, s.sum)}`;
  return formatMeasure(m, s.sum, s.approximate > 0);
}

/** “12 个项目有数据，其中 3 个为约数”: how many records a sum covers. */
export function coverageText(s: SumWithCoverage): string {
  return `${s.known} 个项目有数据${s.approximate > 0 ? `，其中 ${s.approximate} 个为约数` : ''}`;
}

/** Measures summed over projects' values (organizations and projects are plain counts). */
export type SummedKey = Exclude<MeasureKey, 'organizations' | 'projects'>;
export type SummedMeasure = Measure & { key: SummedKey };

/** The sum of a summed measure in a set of totals. */
export function sumOf(t: Totals, key: SummedKey): SumWithCoverage {
  switch (key) {
    case 'fundsPledgedWan':
    case 'fundsInvestedWan':
    case 'staffDeployed':
      return t[key];
    case 'beneficiariesPerson':
      return t.beneficiaries.person;
    case 'beneficiariesPersonTime':
      return t.beneficiaries.personTime;
    case 'beneficiariesHousehold':
      return t.beneficiaries.household;
  }
}

/** The measures summed over projects, in the order figure lists and reports show them. */
export const SUMMED_MEASURES: readonly SummedMeasure[] = [
  MEASURES.fundsPledgedWan,
  MEASURES.fundsInvestedWan,
  MEASURES.staffDeployed,
  MEASURES.beneficiariesPerson,
  MEASURES.beneficiariesPersonTime,
  MEASURES.beneficiariesHousehold,
] as SummedMeasure[];

/** The convention on funds every download and the data page state, in one sentence. */
export const FUNDS_CONVENTION = `资金单位为万元（1 亿元 = 10,000 万元）；${MEASURES.fundsPledgedWan.label}与${MEASURES.fundsInvestedWan.label}分列，不相加`;
