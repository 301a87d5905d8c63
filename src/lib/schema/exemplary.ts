/**
 * Exemplary organization (选树先进典型, seed 003 四、(五)): an organization a source singles out,
 * with what the source says and why the site features it. Pages list these from data, never from code.
 */
import { z } from 'zod';
import { entityId, field, source } from './common.ts';

export const exemplarySchema = z.object({
  /** The organization featured. */
  organizationId: field(entityId, { label: '社会组织', description: '组织表中的组织标识' }),
  /** Year of the recognition. */
  year: field(z.number().int().min(2000).max(2100).nullable(), { label: '年度', description: '受到表彰或推介的年度' }),
  /** What the source says: an honour, a meeting where it shared its experience, … */
  recognition: field(z.string().min(2), { label: '表彰或推介', description: '来源中的表彰、推介或交流发言' }),
  /** Why it is featured, in one or two sentences. */
  reason: field(z.string().min(2), { label: '推介理由', description: '一两句话说明为何推介' }),
  /** Where it comes from. */
  source: field(source, { label: '来源', description: '来源文件名及段落' }),
});
export type Exemplary = z.infer<typeof exemplarySchema>;
