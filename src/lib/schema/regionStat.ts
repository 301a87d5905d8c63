/**
 * Region statistics (附件1 统计表): one row of a reporter's table of totals by assisted region,
 * with the total and the 市本级 (city-level organizations only) part of each figure. These are
 * reported aggregates and stay apart from itemised projects.
 */
import { z } from 'zod';
import { count, field, regionCode, source, wan } from './common.ts';
import { MEASURES } from '../measures.ts';

type Figure = 'organizations' | 'projects' | 'fundsInvestedWan' | 'staffDeployed' | 'beneficiaries';

/**
 * A figure of 附件1 as two fields, its total and its 市本级 part, named as the site names the
 * measure everywhere else (the form's own column header is kept in the description).
 */
function figure<K extends Figure, T extends typeof count | typeof wan>(key: K, type: T, formHeader: string) {
  const m = key === 'beneficiaries' ? MEASURES.beneficiariesPerson : MEASURES[key as Exclude<Figure, 'beneficiaries'>];
  return {
    [key]: field(type, { label: m.label, description: `附件1“${formHeader}”：总数`, unit: m.unit }),
    [`${key}CityLevel`]: field(type, { label: `${m.label}（市本级）`, description: `附件1“${formHeader}”：其中市本级`, unit: m.unit }),
  } as Record<K | `${K}CityLevel`, T>;
}

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
  ...figure('organizations', count, '参与社会组织数'),
  ...figure('projects', count, '开展帮扶项目数'),
  ...figure('fundsInvestedWan', wan, '投入资金数'),
  ...figure('staffDeployed', count, '投入人员数'),
  ...figure('beneficiaries', count, '受益人数'),
  /** File the row was read from. */
  source: field(source, { label: '来源', description: '来源文件' }),
});
export type RegionStat = z.infer<typeof regionStatSchema>;
