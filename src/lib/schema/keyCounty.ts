/** Key county (国家乡村振兴重点帮扶县): one county of the national list. */
import { z } from 'zod';
import { field, partialDate, regionCode, source } from './common.ts';

export const keyCountySchema = z.object({
  /** County code (GB/T 2260, current). */
  code: field(regionCode, { label: '县级代码', description: '现行 6 位行政区划代码' }),
  /** County name as listed. */
  name: field(z.string().min(2), { label: '县名', description: '名单中的名称' }),
  /** Prefecture name; null for counties directly under a municipality (e.g. 重庆市巫溪县). */
  prefecture: field(z.string().min(2).nullable(), { label: '地级', description: '所属地级行政区；直辖市所辖县为空' }),
  /** Province name. */
  province: field(z.string().min(2), { label: '省级', description: '所属省级行政区' }),
  /** Which list the county is on. */
  list: field(z.string().min(1), { label: '名单', description: '所属名单，如“国家乡村振兴重点帮扶县（2021）”' }),
  /** Date the list was published. */
  listDate: field(partialDate, { label: '名单日期', description: '名单发布日期' }),
  /** Where the listing was seen. */
  source: field(source, { label: '来源', description: '在何处见到该县入列' }),
});
export type KeyCounty = z.infer<typeof keyCountySchema>;

/** The official size of the national list (中央农办、国家乡村振兴局, 2021-08-27). */
export const KEY_COUNTY_LIST_SIZE = 160;
