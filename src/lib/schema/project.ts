/** Project (帮扶项目): one assistance project, possibly co-funded by several organizations (组团帮扶). */
import { z } from 'zod';
import { BENEFICIARY_UNIT_IDS, DOMAIN_IDS, PAIRING_KIND_IDS, PROJECT_STATUS_IDS, QUALIFIERS } from './vocab.ts';
import { count, entityId, field, inferred, INFERRED_META, partialDate, regionCode, source, wan } from './common.ts';

export const projectSchema = z.object({
  /** Stable id. */
  id: field(entityId, { label: '项目标识', description: '稳定的英文短标识；同一项目各年度、各填报单位的报告共用一个标识' }),
  /** The project's number as the publisher writes it (项目编号), when the sheet has one: it then gives the id. */
  code: field(z.string().nullable(), { label: '项目编号', description: '发布单位自编的项目编号；填写后按编号认定同一项目' }),
  /** Project name as reported. */
  name: field(z.string().min(2), { label: '项目名称', description: '报道或报表中的项目名称' }),
  /** Organizations that fund or run it; a co-funded project is one record with several ids and is counted once. */
  organizationIds: field(z.array(entityId).min(1), {
    label: '社会组织',
    description: '实施或出资的社会组织标识，多个用分号分隔；组团帮扶只计一个项目',
  }),
  /** How many organizations took part when the source gives a number larger than those named (e.g. “11 家”). */
  organizationCountReported: field(count, {
    label: '参与组织数（报道）',
    description: '来源给出的参与组织总数（可能多于已列名的组织）',
    unit: '家',
  }),
  /** Target regions: province, prefecture or county codes (GB/T 2260). */
  targetRegions: field(z.array(regionCode).min(1), {
    label: '帮扶地区',
    description: '受援地区的行政区划代码（省、市或县级），多个用分号分隔',
  }),
  /** Village or township named by the source, if any. */
  village: field(z.string().nullable(), { label: '村（乡镇）', description: '具体到村或乡镇时填写' }),
  /** Domain (帮扶领域 / 项目性质), one controlled value. */
  domain: field(z.enum(DOMAIN_IDS), { label: '项目性质', description: '帮扶领域，取值见领域对照表' }),
  /** Funds pledged or planned (认领 / 计划投入). Null when unknown. */
  fundsPledgedWan: field(wan, {
    label: '认领/计划资金',
    short: '认领/计划',
    description: '认领或计划投入的资金；未知为空，不是 0',
    unit: '万元',
  }),
  /** True when the pledged amount is approximate in the source (约、余、多). */
  fundsPledgedApprox: field(z.boolean(), { label: '计划资金为约数', description: '来源写作“约”“余”“多”时为是' }),
  /** The qualifier as the source writes it (约、余、多、近、超过、以上、左右). */
  fundsPledgedQualifier: field(z.enum(QUALIFIERS).nullable(), {
    label: '计划资金的限定词',
    description: '来源的写法：约、近、超过、余、多、以上、左右',
  }),
  /** Funds invested or disbursed (投入 / 拨付). Null when unknown. */
  fundsInvestedWan: field(wan, {
    label: '投入/拨付资金',
    short: '投入/拨付',
    description: '已投入或已拨付的资金；未知为空，不是 0',
    unit: '万元',
  }),
  /** True when the invested amount is approximate in the source. */
  fundsInvestedApprox: field(z.boolean(), { label: '投入资金为约数', description: '来源写作“约”“余”“多”时为是' }),
  /** The qualifier as the source writes it. */
  fundsInvestedQualifier: field(z.enum(QUALIFIERS).nullable(), {
    label: '投入资金的限定词',
    description: '来源的写法：约、近、超过、余、多、以上、左右',
  }),
  /** People the organizations sent (投入人员数). */
  staffDeployed: field(count, { label: '投入人员数', short: '投入人员', description: '社会组织投入的人员数', unit: '人' }),
  /** Beneficiaries (受益人数), in `beneficiaryUnit`. */
  beneficiaries: field(count, { label: '受益人数', short: '受益', description: '受益对象数量，单位见受益单位' }),
  /** Unit of `beneficiaries`: persons, person-times or households. */
  beneficiaryUnit: field(z.enum(BENEFICIARY_UNIT_IDS).nullable(), { label: '受益单位', description: '人 / 人次 / 户' }),
  /** True when the beneficiary count is approximate in the source. */
  beneficiariesApprox: field(z.boolean(), { label: '受益人数为约数', description: '来源写作“约”“余”“多”时为是' }),
  /** The qualifier as the source writes it. */
  beneficiariesQualifier: field(z.enum(QUALIFIERS).nullable(), {
    label: '受益人数的限定词',
    description: '来源的写法：约、近、超过、余、多、以上、左右',
  }),
  /** Year the figures are reported for (统计年度). */
  year: field(z.number().int().min(2000).max(2100).nullable(), { label: '年度', description: '数据所属年度' }),
  /** Who reported the row (填报单位): the sheet's 单位（盖章） or the row's own column. */
  reportingUnit: field(z.string().nullable(), { label: '填报单位', description: '报送这一行的单位（表头“单位（盖章）”或本列）' }),
  /** Start of the project, as precise as known. */
  periodStart: field(partialDate.nullable(), { label: '开始时间', description: 'YYYY、YYYY-MM 或 YYYY-MM-DD' }),
  /** End of the project, as precise as known. */
  periodEnd: field(partialDate.nullable(), { label: '结束时间', description: 'YYYY、YYYY-MM 或 YYYY-MM-DD' }),
  /** Status (项目状态). */
  status: field(z.enum(PROJECT_STATUS_IDS).nullable(), { label: '项目状态', description: '计划/已认领、实施中、已完成' }),
  /** Pairing kind (帮扶关系). */
  pairingKind: field(z.enum(PAIRING_KIND_IDS).nullable(), { label: '帮扶关系', description: '结对帮扶、东西部协作、对口支援、省内帮促' }),
  /** Campaign id this project was reported under. */
  campaignId: field(entityId.nullable(), { label: '所属行动', description: '行动标识' }),
  /** Public-welfare brand id. */
  brandId: field(entityId.nullable(), { label: '公益品牌', description: '公益品牌标识' }),
  /** Where the record's facts come from: a document and locator, or the data file it was read from. */
  source: field(source, { label: '来源', description: '来源文件名及段落；未填写时为读入的数据文件名' }),
  /** Row of the data file the record was read from (header = 1), for tracing it back. */
  sourceRow: field(z.number().int().positive().nullable(), {
    label: '数据文件行号',
    description: '该记录在数据文件中的行号（表头为第 1 行）',
  }),
  /** Fields the data editor inferred (none from a source), each with the reason. */
  inferred: field(inferred, INFERRED_META),
});
/** One row of a project table: one project's report for one year by one reporting unit. */
export type ProjectReport = z.infer<typeof projectSchema>;
/** A report's figures: money, people and beneficiaries with their flags, qualifiers and unit. */
export type ReportFigures = Pick<
  ProjectReport,
  | 'fundsPledgedWan'
  | 'fundsPledgedApprox'
  | 'fundsPledgedQualifier'
  | 'fundsInvestedWan'
  | 'fundsInvestedApprox'
  | 'fundsInvestedQualifier'
  | 'staffDeployed'
  | 'beneficiaries'
  | 'beneficiaryUnit'
  | 'beneficiariesApprox'
  | 'beneficiariesQualifier'
  | 'organizationCountReported'
>;

/**
 * A project as the site shows it. A project reported once is its report; a project reported in
 * several years or by several units has its `reports` (two or more, earliest year first) and
 * figures combined from them by the rule in `src/lib/aggregate/reports.ts`.
 */
export type Project = ProjectReport & { reports?: readonly ProjectReport[] };
