/** Region alias (地名别称与更名): a name or code that now means another code, with the date of change. */
import { z } from 'zod';
import { field, partialDate, regionCode, source } from './common.ts';

export const regionAliasSchema = z.object({
  /** The name as people write it (old name or conventional abbreviation). */
  alias: field(z.string().min(2), { label: '别称或旧名', description: '旧名称或惯用简称，如“水城县”“克州”' }),
  /** The old code, for renamed divisions. */
  oldCode: field(regionCode.nullable(), { label: '旧代码', description: '更名或撤县设区前的代码' }),
  /** The current code the alias resolves to. */
  code: field(regionCode, { label: '现行代码', description: '现行 6 位行政区划代码' }),
  /** `renamed` for a change of name or status, `abbreviation` for a conventional short form. */
  kind: field(z.enum(['renamed', 'abbreviation']), { label: '类型', description: 'renamed 更名/撤并；abbreviation 惯用简称' }),
  /** Date the change took effect (renamed only). */
  effective: field(partialDate.nullable(), { label: '生效日期', description: '更名生效日期' }),
  /** Where the fact comes from. */
  source: field(source, { label: '来源', description: '来源' }),
});
export type RegionAlias = z.infer<typeof regionAliasSchema>;
