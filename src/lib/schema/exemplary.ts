/**
 * Exemplary organization (选树先进典型, seed 003 四、(五)): an organization a source singles out,
 * with what the source says and why the site features it. Pages list these from data, never from code.
 */
import { z } from 'zod';
import { entityId, field, inferred, INFERRED_META, source } from './common.ts';

export const exemplarySchema = z.object({
  /** The organization featured. */
  organizationId: field(entityId, { label: '社会组织', description: '组织表中的组织标识' }),
  /** Year of the recognition. */
  year: field(z.number().int().min(2000).max(2100).nullable(), { label: '年度', description: '来源提到它的年度' }),
  /** What the source says: an honour, a meeting where it shared its experience, … */
  recognition: field(z.string().min(2), { label: '来源的说法', description: '来源怎么提到它：会议交流发言、成果报道或工作介绍中的事例' }),
  /** Why it is featured, in one or two sentences. */
  reason: field(z.string().min(2), { label: '事例', description: '一两句话概括来源所述的事例，只写来源有的事实' }),
  /** Where it comes from. */
  source: field(source, { label: '来源', description: '来源标识及原文短语' }),
  /** Fields the data editor inferred (none from a source), each with the reason. */
  inferred: field(inferred, INFERRED_META),
});
export type Exemplary = z.infer<typeof exemplarySchema>;
