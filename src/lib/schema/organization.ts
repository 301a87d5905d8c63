/** Organization (社会组织): a registered non-profit of one of three legal types. */
import { z } from 'zod';
import { ORG_TYPE_IDS, REGISTRATION_LEVEL_IDS } from './vocab.ts';
import { entityId, field, inferred, INFERRED_META, regionCode, source } from './common.ts';

export const organizationSchema = z.object({
  /** Stable id: the 18-character credit code where known, else a lowercase slug. */
  id: field(entityId, { label: '标识', description: '统一社会信用代码（已知时）或稳定的英文短标识' }),
  /** 统一社会信用代码, GB 32100; the check character is verified. Null when not published. */
  creditCode: field(z.string().length(18).nullable(), {
    label: '统一社会信用代码',
    description: '18 位，末位校验码按 GB 32100 校验；未公开时为空',
  }),
  /** Full registered name (全称). */
  name: field(z.string().min(2), { label: '组织名称', description: '登记的全称' }),
  /** Short name used in reports, if any. */
  shortName: field(z.string().nullable(), { label: '简称', description: '报道中使用的简称' }),
  /** Legal type; null when the source does not say and the name does not tell. */
  type: field(z.enum(ORG_TYPE_IDS).nullable(), {
    label: '组织类型',
    description: '社会团体 / 基金会 / 社会服务机构（民办非企业单位）；未知为空',
  }),
  /** True for 行业协会商会 (industry associations and chambers of commerce). */
  isIndustryAssociation: field(z.boolean().nullable(), { label: '行业协会商会', description: '是否为行业协会商会；未知为空' }),
  /** True when recognised as a 慈善组织 (charity). */
  isCharity: field(z.boolean().nullable(), { label: '慈善组织', description: '是否认定为慈善组织；未知为空' }),
  /** Registration level (登记层级). */
  registrationLevel: field(z.enum(REGISTRATION_LEVEL_IDS).nullable(), {
    label: '登记层级',
    description: '全国性 / 省级 / 市级 / 县级；未知为空',
  }),
  /** Region where the organization is registered (GB/T 2260). */
  homeRegion: field(regionCode.nullable(), { label: '所在地区', description: '登记地的行政区划代码（省、市或县级）' }),
  /** Where the record's facts come from. */
  source: field(source, { label: '来源', description: '来源标识及原文短语' }),
  /** Fields the data editor inferred (none from a source), each with the reason. */
  inferred: field(inferred, INFERRED_META),
});
export type Organization = z.infer<typeof organizationSchema>;
