/**
 * Case study (案例): the frontmatter of an MDX file in content/cases/. It covers Jiangsu's 附件3
 * 社会组织参与乡村振兴案例申报表 (seed 004): the organization (its full name, type and registration
 * level come from its record), title and subtitle, place, total amount and beneficiary number
 * (derived from the linked project records, so prose, tables and the form cannot drift),
 * beneficiary group, period and a 200–300 character abstract. No contact person is published.
 */
import { z } from 'zod';
import { DOMAIN_IDS } from './vocab.ts';
import { entityId, field, partialDate, regionCode, source } from './common.ts';

/** Length of an abstract as 附件3 counts it: characters, whitespace not counted. */
export function abstractLength(text: string): number {
  return [...text.replace(/\s+/gu, '')].length;
}
export const ABSTRACT_MIN = 200;
export const ABSTRACT_MAX = 300;

/** The body's level-2 sections, in order (附件3 二、1). */
export const CASE_SECTIONS = ['背景介绍', '主要做法', '主要成效', '主要经验'] as const;

export const caseSchema = z.object({
  /** 主标题: short and fresh. */
  title: field(z.string().min(4).max(40), { label: '主标题', description: '简练、新颖，4–40 字' }),
  /** 副标题. */
  subtitle: field(z.string().min(4).max(80), { label: '副标题', description: '某组织在某地的某项目' }),
  /** Lead organization (its full name, type and registration level come from its record). */
  organization: field(entityId, { label: '社会组织', description: '牵头组织的标识（组织表）；全称、类型、登记层级取自组织记录' }),
  /** Other organizations taking part. */
  partners: field(z.array(entityId).default([]), { label: '合作组织', description: '其他参与组织的标识' }),
  /** Where the project is carried out (项目实施地). */
  places: field(z.array(regionCode).min(1), { label: '项目实施地', description: '6 位行政区划代码，县级优先' }),
  /** The project records the case is about; amounts and beneficiary numbers come from them. */
  projects: field(z.array(entityId).min(1), { label: '项目', description: '项目表中的项目标识；项目总金额与受益人数由这些记录汇总' }),
  /** 受益群体. */
  beneficiaryGroup: field(z.string().min(2), { label: '受益群体', description: '受益群体（文字）；人数取自项目记录' }),
  /** 项目起止时间. */
  period: field(z.object({ start: partialDate.nullable(), end: partialDate.nullable() }), {
    label: '项目起止时间',
    description: 'YYYY、YYYY-MM 或 YYYY-MM-DD；未知或持续中为空',
  }),
  /** 案例摘要, 200–300 characters (whitespace not counted). */
  abstract: field(
    z.string().refine((s) => abstractLength(s) >= ABSTRACT_MIN && abstractLength(s) <= ABSTRACT_MAX, {
      error: (iss) =>
        `案例摘要应为 ${ABSTRACT_MIN}–${ABSTRACT_MAX} 字（不计空白），现为 ${typeof iss.input === 'string' ? abstractLength(iss.input) : 0} 字`,
    }),
    { label: '案例摘要', description: `${ABSTRACT_MIN}–${ABSTRACT_MAX} 字，不计空白` },
  ),
  /** Cover image: a picture of the content folder's images/ (site path /images/…) and its alternative text. */
  cover: field(
    z
      .object({
        src: z
          .string()
          .regex(/^\/[^\s]+\.(?:jpe?g|png|webp|svg)$/u, '封面图片路径应写作 /images/文件名（图片放在网站文件夹的 content/images/ 中）'),
        alt: z.string().min(4),
      })
      .nullable()
      .default(null),
    {
      label: '封面图片',
      description: '图片路径 /images/文件名（图片放在 content/images/）与替代文字；无可公开的照片时留空，页面以位置示意图代替',
    },
  ),
  /** Domains (帮扶领域). */
  domains: field(z.array(z.enum(DOMAIN_IDS)).min(1), { label: '帮扶领域', description: '领域标识，见领域对照表' }),
  /** Public-welfare brand. */
  brand: field(entityId.nullable().default(null), { label: '公益品牌', description: '公益品牌表中的标识' }),
  /** Campaign it was part of. */
  campaign: field(entityId.nullable().default(null), { label: '所属行动', description: '行动标识' }),
  /** Documents the facts come from. */
  sources: field(z.array(source).min(1), { label: '来源', description: '来源文件名及原文短引' }),
  /** Publication date of the case on this site. */
  publishedAt: field(z.coerce.date(), { label: '发布日期', description: 'YYYY-MM-DD' }),
  /** Shown first on the cases page. */
  featured: field(z.boolean().default(false), { label: '推荐', description: '是否在案例页优先展示' }),
});
export type CaseFrontmatter = z.infer<typeof caseSchema>;
