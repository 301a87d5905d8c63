/**
 * Annual edition (年度展示): the narrative in content/reports/<year>.mdx, and the figures frozen
 * at publication in content/reports/<year>.snapshot.json (written by scripts/edition-freeze.ts).
 * The edition page reads only the snapshot, so publishing next year's data never changes it.
 */
import { z } from 'zod';
import { QUALIFIERS } from './vocab.ts';
import { entityId, field } from './common.ts';

export const editionSchema = z.object({
  /** The year the edition reports on. */
  year: field(z.number().int().min(2000).max(2100), { label: '年度', description: '本期展示的年度' }),
  /** Title. */
  title: field(z.string().min(4), { label: '标题', description: '年度展示标题' }),
  /** The year's theme (乡村行主题 or the year's focus). */
  theme: field(z.string().min(2), { label: '年度主题', description: '当年的主题或工作重点' }),
  /** One-paragraph summary, no figures. */
  summary: field(z.string().min(20), { label: '综述', description: '年度综述（不含数字）' }),
  /** Case slugs featured in the edition. */
  cases: field(z.array(entityId).default([]), { label: '精选案例', description: 'content/cases 中的案例文件名（不含扩展名）' }),
  /** Publication date of the edition. */
  publishedAt: field(z.coerce.date(), { label: '发布日期', description: 'YYYY-MM-DD' }),
});
export type EditionFrontmatter = z.infer<typeof editionSchema>;

const sum = z.object({
  sum: z.number(),
  known: z.number().int(),
  approximate: z.number().int(),
  lowerBound: z.number().int().optional(),
  // a sum of one value keeps its qualifier as written (editions frozen before it was kept say 约)
  written: z.enum(QUALIFIERS).optional(),
});
const group = z.object({ key: z.string(), label: z.string(), projects: z.number().int(), fundsPledgedWan: sum, fundsInvestedWan: sum });

/** Names a narrative may use in <Stat name="…" />. */
export const EDITION_STATS = [
  'organizations',
  'projects',
  'fundsPledgedWan',
  'fundsInvestedWan',
  'beneficiariesPerson',
  'beneficiariesHousehold',
  'keyCountiesReached',
  'provinces',
  'campaigns',
] as const;
export type EditionStatName = (typeof EDITION_STATS)[number];

export const editionSnapshotSchema = z.object({
  /** Which script wrote it. */
  generatedBy: z.string(),
  year: z.number().int(),
  /** When the figures were frozen (ISO date). */
  frozenAt: z.string(),
  /** The site's data date at freezing. */
  dataAsOf: z.string(),
  /** Headline figures. */
  figures: z.object({
    organizations: z.number().int(),
    projects: z.number().int(),
    fundsPledgedWan: sum,
    fundsInvestedWan: sum,
    beneficiariesPerson: sum,
    beneficiariesHousehold: sum,
    keyCountiesReached: z.number().int(),
    provinces: z.number().int(),
    campaigns: z.number().int(),
  }),
  byDomain: z.array(group),
  byProvince: z.array(group),
  /** The itemised projects counted, as they were at freezing. */
  projects: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      organizations: z.array(z.string()),
      regions: z.array(z.string()),
      domain: z.string(),
      fundsPledgedWan: z.number().nullable(),
      fundsInvestedWan: z.number().nullable(),
      approximate: z.boolean(),
      /** The qualifiers as the source writes them (余、约 …), for the list; null when exact or not kept. */
      pledgedQualifier: z.enum(QUALIFIERS).nullable().default(null),
      investedQualifier: z.enum(QUALIFIERS).nullable().default(null),
      /** Whether its amounts are in this year's figures (their source dates them to the year). */
      counted: z.boolean().default(true),
      /** What its amounts are: "2022 年度", "2022—2024 整个期间", "2010 起累计", "来源未注明年度". */
      basis: z.string().default(''),
      source: z.string(),
    }),
  ),
  /** Listed projects whose amounts are not in the year's figures (cumulative, several years or undated). */
  amountsNotCounted: z.number().int().default(0),
  /** Campaigns active that year, with the totals they reported (never added to the itemised sums). */
  campaigns: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      period: z.string(),
      reported: z.array(z.object({ label: z.string(), text: z.string(), scope: z.string().nullable() })),
      source: z.string(),
    }),
  ),
  /** Projects of the dataset that give no year at all (in no edition). */
  projectsWithoutYear: z.number().int(),
});
export type EditionSnapshot = z.infer<typeof editionSnapshotSchema>;
export type EditionGroup = z.infer<typeof group>;
