/**
 * Region statistics (附件1 统计表): one row of a reporter's table of totals by assisted region,
 * with the total and the 市本级 (city-level organizations only) part of each figure. These are
 * reported aggregates and stay apart from itemised projects.
 */
import { z } from 'zod';
import { count, field, regionCode, source, wan } from './common.ts';

export const regionStatSchema = z.object({
  /** Who filled in the table (单位（盖章）), when given. */
  reporter: field(z.string().nullable(), { label: '填报单位', description: '表头“单位（盖章）”所填' }),
  /** Year of the table. */
  year: field(z.number().int().nullable(), { label: '年度', description: '表名中的年度' }),
  /** 省外 or 省内 group of the row. */
  scope: field(z.enum(['outside', 'inside']).nullable(), { label: '省内/省外', description: '帮扶地区位于本省外或省内' }),
  /** Region as written. */
  regionLabel: field(z.string().min(1), { label: '帮扶地区', description: '表中所写地区' }),
  /** Region code when the label names one region; null for “省外其它地区” and similar. */
  regionCode: field(regionCode.nullable(), { label: '地区代码', description: '能确定时的行政区划代码' }),
  organizations: field(count, { label: '参与社会组织数', description: '总数', unit: '家' }),
  organizationsCityLevel: field(count, { label: '参与社会组织数（市本级）', description: '其中市本级', unit: '家' }),
  projects: field(count, { label: '开展帮扶项目数', description: '总数', unit: '个' }),
  projectsCityLevel: field(count, { label: '开展帮扶项目数（市本级）', description: '其中市本级', unit: '个' }),
  fundsInvestedWan: field(wan, { label: '投入资金数', description: '总数', unit: '万元' }),
  fundsInvestedWanCityLevel: field(wan, { label: '投入资金数（市本级）', description: '其中市本级', unit: '万元' }),
  staffDeployed: field(count, { label: '投入人员数', description: '总数', unit: '人' }),
  staffDeployedCityLevel: field(count, { label: '投入人员数（市本级）', description: '其中市本级', unit: '人' }),
  beneficiaries: field(count, { label: '受益人数', description: '总数', unit: '人' }),
  beneficiariesCityLevel: field(count, { label: '受益人数（市本级）', description: '其中市本级', unit: '人' }),
  /** File the row was read from. */
  source: field(source, { label: '来源', description: '来源文件' }),
});
export type RegionStat = z.infer<typeof regionStatSchema>;
