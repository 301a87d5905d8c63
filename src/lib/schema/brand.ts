/**
 * Public-welfare brand (公益品牌) or named action (专项行动 / 关爱行动) that projects are run under.
 * The national plan (seed 003, 三、(二)) asks for brands in three families: 乡村发展, 乡村建设, 乡村治理.
 */
import { z } from 'zod';
import { BRAND_FAMILY_IDS, BRAND_KIND_IDS } from './vocab.ts';
import { entityId, field, inferred, INFERRED_META, partialDate, regionCode, source } from './common.ts';

export const brandSchema = z.object({
  /** Stable id; projects refer to it in their `brandId`. */
  id: field(entityId, { label: '品牌标识', description: '稳定的英文短标识，项目表的“公益品牌”列引用它' }),
  /** Name as published. */
  name: field(z.string().min(2), { label: '品牌名称', description: '公益品牌或行动的名称' }),
  /** Family of the national plan. */
  family: field(z.enum(BRAND_FAMILY_IDS), { label: '品牌类别', description: '乡村发展 / 乡村建设 / 乡村治理（国家方案三类品牌）' }),
  /** Brand, named action or care action. */
  kind: field(z.enum(BRAND_KIND_IDS), { label: '类型', description: '公益品牌 / 专项行动 / 关爱行动' }),
  /** Organizations that run it. */
  organizationIds: field(z.array(entityId), { label: '社会组织', description: '创建或实施该品牌的社会组织标识，多个用分号分隔' }),
  /** What it is, in one or two sentences. */
  description: field(z.string().nullable(), { label: '简介', description: '一两句话的简介' }),
  /** When it was launched, as precise as known. */
  launched: field(partialDate.nullable(), { label: '创建时间', description: 'YYYY、YYYY-MM 或 YYYY-MM-DD' }),
  /** Regions it works in. */
  regions: field(z.array(regionCode), { label: '地区', description: '开展地区的行政区划代码，多个用分号分隔' }),
  /** Where the record's facts come from. */
  source: field(source, { label: '来源', description: '来源文件名及段落' }),
  /** Fields the data editor inferred (none from a source), each with the reason. */
  inferred: field(inferred, INFERRED_META),
});
export type Brand = z.infer<typeof brandSchema>;
