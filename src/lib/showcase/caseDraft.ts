/**
 * A case (附件3 案例申报表) drafted from the project records it is about: `npm run case:new` writes
 * it into the site's content/cases/. What the records state is filled in (organizations, places,
 * projects, domains, brand, campaign, period, sources); what only the writer knows (abstract,
 * beneficiary group, the four sections' prose) is marked 【请填写】, and the content check refuses
 * to publish a case that still has that mark (`template-text`). Pure.
 */
import type { Project } from '../schema/project.ts';
import { CASE_SECTIONS } from '../schema/case.ts';
import { reportsOf } from '../aggregate/reports.ts';

/** The mark of text the writer must replace. */
export const TEMPLATE_MARK = '【请填写】';

/** What the draft needs to know about records, by id. */
export interface DraftLookups {
  orgName(id: string): string | undefined;
  regionName(code: string): string | undefined;
}

/** Which projects a query names: its id, its 项目编号, else its exact name (several projects can share a name). */
export function findProjects(projects: readonly Project[], query: string): Project[] {
  const q = query.trim();
  const byId = projects.filter((p) => p.id === q || p.code === q);
  return byId.length > 0 ? byId : projects.filter((p) => p.name === q);
}

/** A slug for the case's file and URL from the project's id ("case-p-64093d55"). */
export function draftSlug(p: Pick<Project, 'id'>): string {
  return `case-${p.id}`.slice(0, 60).replace(/-+$/u, '');
}

const quote = (s: string): string => JSON.stringify(s);
const list = (items: readonly string[]): string => `[${items.map(quote).join(', ')}]`;
const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** The MDX text of a case about `projects` (one or more records of the same work). */
export function caseDraft(projects: readonly Project[], lookups: DraftLookups, today: string): string {
  const first = projects[0]!;
  const orgs = unique(projects.flatMap((p) => p.organizationIds));
  const places = unique(projects.flatMap((p) => p.targetRegions));
  const lead = lookups.orgName(orgs[0]!) ?? orgs[0]!;
  const place = places.map((c) => lookups.regionName(c) ?? c).join('、');
  const starts = projects.map((p) => p.periodStart).filter((d): d is string => d !== null);
  const ends = projects.map((p) => p.periodEnd).filter((d): d is string => d !== null);
  const sources = unique(
    projects.flatMap((p) => reportsOf(p).map((r) => `${r.source}${r.sourceRow === null ? '' : `，第 ${r.sourceRow} 行`}`)),
  );
  const brand = projects.find((p) => p.brandId !== null)?.brandId ?? null;
  const campaign = projects.find((p) => p.campaignId !== null)?.campaignId ?? null;
  const title = first.name.length >= 4 && first.name.length <= 40 ? first.name : `${TEMPLATE_MARK}主标题`;
  const subtitle = `—— ${lead}在${place}的${first.name}`.slice(0, 80);
  const id = first.id;
  const frontmatter = [
    '---',
    `title: ${quote(title)}`,
    `subtitle: ${quote(subtitle)}`,
    `organization: ${orgs[0]}`,
    `partners: ${list(orgs.slice(1))}`,
    `places: ${list(places)}`,
    `projects: ${list(projects.map((p) => p.id))}`,
    `beneficiaryGroup: ${quote(`${TEMPLATE_MARK}受益群体，如“舟曲县种植花椒的农户”；人数取自项目记录，不必写`)}`,
    `period: { start: ${starts.length > 0 ? quote(starts.sort()[0]!) : 'null'}, end: ${ends.length > 0 ? quote(ends.sort().at(-1)!) : 'null'} }`,
    `abstract: ${quote(`${TEMPLATE_MARK}案例摘要，200–300 字（不计空白）：做了什么、在哪里、帮了谁、有什么成效和经验。只写来源材料中有的事实。`)}`,
    `domains: ${list(unique(projects.map((p) => p.domain)))}`,
    `brand: ${brand ?? 'null'}`,
    `campaign: ${campaign ?? 'null'}`,
    'sources:',
    ...sources.map((s) => `  - ${quote(s)}`),
    `publishedAt: ${today}`,
    'featured: false',
    '---',
  ];
  // a <Fig> for each figure the record has (one it lacks would be refused by the content check)
  const figures = [
    first.fundsInvestedWan !== null ? `投入 <Fig project="${id}" field="fundsInvestedWan" />` : null,
    first.fundsInvestedWan === null && first.fundsPledgedWan !== null ? `计划 <Fig project="${id}" field="fundsPledgedWan" />` : null,
    first.beneficiaries !== null ? `受益 <Fig project="${id}" field="beneficiaries" />` : null,
  ].filter((f): f is string => f !== null);
  const guide: Record<(typeof CASE_SECTIONS)[number], string> = {
    背景介绍: `${TEMPLATE_MARK}当地的需求和项目的由来。提到组织时写 <Org id="${orgs[0]}" />，提到地方时写 <Place code="${places[0]}" />。`,
    主要做法: `${TEMPLATE_MARK}项目怎样开展，分几点写。提到项目时写 <Proj id="${id}" />。`,
    主要成效: `${TEMPLATE_MARK}成效。资金、人数不要手写，用数据中的数${figures.length > 0 ? `：${figures.join('，')}` : '（这个项目的记录没有资金和人数）'}。`,
    主要经验: `${TEMPLATE_MARK}可供其他地方借鉴的经验，一般两三条。`,
  };
  const body = CASE_SECTIONS.flatMap((s) => ['', `## ${s}`, '', guide[s]]);
  return `${[...frontmatter, ...body].join('\n')}\n`;
}
