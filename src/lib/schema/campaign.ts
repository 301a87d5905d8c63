/**
 * Campaign (行动 / 乡村行 / 认领活动) and the totals it reported. Reported totals are facts about
 * the campaign as its organizers published them; they are never added to sums of itemised
 * projects, and pages show them side by side with what the itemised records add up to.
 */
import { z } from 'zod';
import { BENEFICIARY_UNIT_IDS, CAMPAIGN_KIND_IDS, QUALIFIERS } from './vocab.ts';
import { entityId, field, inferred, INFERRED_META, partialDate, regionCode, source } from './common.ts';
import { MEASURES } from '../measures.ts';

/** A reported metric that is one of the site's measures: the same label and unit. */
const reported = <K extends 'organizations' | 'projects' | 'fundsPledgedWan' | 'fundsInvestedWan' | 'staffDeployed'>(key: K) => ({
  id: key,
  label: MEASURES[key].label,
  unit: MEASURES[key].unit,
});

/** What a reported total counts. Funds keep their basis apart: pledged, invested, or “涉及” (not stated). */
export const REPORTED_METRICS = [
  reported('organizations'),
  reported('projects'),
  reported('fundsPledgedWan'),
  reported('fundsInvestedWan'),
  { id: 'fundsInvolvedWan', label: '涉及资金（未区分计划与投入）', unit: '万元' },
  { id: 'keyCounties', label: '覆盖重点县', unit: '个' },
  { id: 'counties', label: '覆盖县（区）', unit: '个' },
  { id: 'beneficiaries', label: MEASURES.beneficiariesPerson.label, unit: '' },
  reported('staffDeployed'),
] as const;
export type ReportedMetricId = (typeof REPORTED_METRICS)[number]['id'];
const METRIC_IDS = REPORTED_METRICS.map((m) => m.id) as [ReportedMetricId, ...ReportedMetricId[]];

export const reportedTotalSchema = z.object({
  /** What is counted. */
  metric: field(z.enum(METRIC_IDS), { label: '指标', description: '报告的指标' }),
  /** The value in the metric's unit (万元 for funds). */
  value: field(z.number().nonnegative(), { label: '数值', description: '按指标单位折算后的数值（资金为万元）' }),
  /** Unit of a beneficiary count. */
  beneficiaryUnit: field(z.enum(BENEFICIARY_UNIT_IDS).nullable().default(null), { label: '受益单位', description: '受益人数的单位' }),
  /** True for “约”, “多”, “余”, “+”. */
  approximate: field(z.boolean(), { label: '约数', description: '来源为约数时为是' }),
  /** The qualifier as the source writes it (多、余、超过 …), read from the text. */
  qualifier: field(z.enum(QUALIFIERS).nullable().default(null), {
    label: '限定词',
    description: '来源的写法：约、近、超过、余、多、以上、左右',
  }),
  /** The phrase as printed in the source, e.g. “约 21.88 亿元”. */
  text: field(z.string().min(1), { label: '原文', description: '来源中的原文表述' }),
  /** What the figure covers when narrower than the campaign, e.g. “2022 年”. */
  scope: field(z.string().nullable().default(null), { label: '口径', description: '统计口径说明' }),
  /** False when the figure counts something the itemised records do not (say, member enterprises' money). */
  compare: field(z.boolean().default(true), {
    label: '与逐项记录比较',
    description: '报告数与本站逐项记录口径相同时为是；统计对象不同（如企业资金）时为否，页面写“不可比”',
  }),
});
export type ReportedTotal = z.infer<typeof reportedTotalSchema>;

export const campaignSchema = z.object({
  /** Stable id. */
  id: field(entityId, { label: '行动标识', description: '稳定的英文短标识' }),
  /** Name as published. */
  name: field(z.string().min(2), { label: '行动名称', description: '行动、乡村行或认领活动的名称' }),
  /** Kind of campaign. */
  kind: field(z.enum(CAMPAIGN_KIND_IDS), { label: '类型', description: '专项行动 / 社会组织乡村行 / 认领活动 / 推进会议 / 动员通知' }),
  /** Theme (乡村行主题) or one-line aim. */
  theme: field(z.string().nullable().default(null), { label: '主题', description: '年度主题或目标' }),
  /** Organizing bodies (主办单位). */
  organizers: field(z.array(z.string().min(2)).min(1), { label: '组织单位', description: '发起或组织的单位' }),
  /** Start, as precise as known. */
  periodStart: field(partialDate.nullable(), { label: '开始时间', description: 'YYYY、YYYY-MM 或 YYYY-MM-DD' }),
  /** End, as precise as known. */
  periodEnd: field(partialDate.nullable(), { label: '结束时间', description: 'YYYY、YYYY-MM 或 YYYY-MM-DD' }),
  /** Regions the campaign covers (target side). */
  regions: field(z.array(regionCode), { label: '地区', description: '行动覆盖的受援地区代码' }),
  /** Totals the campaign reported, each with its original phrase. */
  reported: field(z.array(reportedTotalSchema), { label: '报告总数', description: '组织方公布的总数，不与逐项项目相加' }),
  /** Where it comes from. */
  source: field(source, { label: '来源', description: '来源文件名及段落' }),
  /** Fields the data editor inferred (none from a source), each with the reason. */
  inferred: field(inferred, INFERRED_META),
});
export type Campaign = z.infer<typeof campaignSchema>;
