/**
 * The content check: every case and edition MDX file is checked against its schema, the required
 * sections, and the records it names, before the site is built. Problems use the data check's
 * Issue (stable code, file, line as row, frontmatter key or component as column, value, Chinese
 * message with the fix), so `npm run data:check` and a failed build print them the same way. Pure.
 */
import type { z } from 'zod';
import { makeIssue, type Issue, type IssueCode } from '../ingest/issues.ts';
import { TEMPLATE_MARK } from './caseDraft.ts';
import { caseLead, leadOpening } from './lead.ts';
import { unknownSourceIds } from '../schema/source.ts';
import { caseSchema, CASE_SECTIONS, type CaseFrontmatter } from '../schema/case.ts';
import { editionSchema, EDITION_STATS, type EditionFrontmatter } from '../schema/edition.ts';
import { REPORTED_METRICS } from '../schema/campaign.ts';
import type { Project } from '../schema/project.ts';
import type { Campaign } from '../schema/campaign.ts';
import type { SiteModel } from '../site/model.ts';
import { bareFigures, components, headings, keyLine, splitMdx, unsafeMarkup, type ComponentUse, type MdxParts } from './mdx.ts';

/** What content may refer to. */
export interface ContentRefs {
  orgName(id: string): string | undefined;
  project(id: string): Project | undefined;
  campaign(id: string): Campaign | undefined;
  hasBrand(id: string): boolean;
  /** True when the sources table has this id. */
  hasSource(id: string): boolean;
  /** Current name of a region code, undefined when the code is not a current division. */
  regionName(code: string): string | undefined;
  /** Slugs of the case files. */
  caseSlugs: ReadonlySet<string>;
  /** Years with a frozen snapshot. */
  snapshotYears: ReadonlySet<number>;
  /** Whether a site path such as /images/fuping.jpg is a file the site serves (the content folder's images/). */
  publicFile(path: string): boolean;
}

export interface ContentFile {
  /** Path as shown to people, e.g. content/cases/fuping-fungi.mdx. */
  path: string;
  text: string;
}

/** Fields of a project a <Fig project=…> may show. */
export const PROJECT_FIG_FIELDS = [
  'fundsPledgedWan',
  'fundsInvestedWan',
  'beneficiaries',
  'staffDeployed',
  'organizationCountReported',
] as const;
/** Values of an organization a <Fig organization=…> may show. */
export const ORG_FIG_FIELDS = ['projects'] as const;
const CASE_COMPONENTS = new Set(['Fig', 'Place', 'Org', 'Proj']);
const EDITION_COMPONENTS = new Set([...CASE_COMPONENTS, 'Stat']);

function schemaIssues<T>(schema: z.ZodType<T>, parts: MdxParts, file: string, issues: Issue[]): T | null {
  if (parts.frontmatterError !== null || parts.frontmatter === null || typeof parts.frontmatter !== 'object') {
    issues.push(
      makeIssue(
        'type-error',
        file,
        1,
        'frontmatter',
        null,
        `文件开头的 YAML 信息块无法读取（${parts.frontmatterError ?? '为空'}）：请按模板填写 --- 包围的信息块。`,
      ),
    );
    return null;
  }
  const r = schema.safeParse(parts.frontmatter);
  if (r.success) return r.data;
  for (const e of r.error.issues) {
    const key = e.path.map(String).join('.');
    const top = String(e.path[0] ?? '');
    const raw = e.path.reduce<unknown>(
      (o, k) => (o !== null && typeof o === 'object' ? (o as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined),
      parts.frontmatter,
    );
    const code: IssueCode =
      raw === undefined && e.code === 'invalid_type' ? 'missing-cell' : e.code === 'invalid_type' ? 'type-error' : 'constraint-error';
    const value = raw === undefined ? null : typeof raw === 'string' ? raw : JSON.stringify(raw);
    issues.push(
      makeIssue(code, file, keyLine(parts, top), key, value, `${e.message}：请按 src/lib/schema/ 中的说明修改信息块的“${key}”。`),
    );
  }
  return null;
}

function checkComponent(u: ComponentUse, file: string, allowed: ReadonlySet<string>, refs: ContentRefs, issues: Issue[]): undefined {
  /** Records the problem; returns nothing to return, so that `return bad(…)` ends the check. */
  const bad = (code: IssueCode, value: string, message: string): undefined => {
    issues.push(makeIssue(code, file, u.line, `<${u.name}>`, value, message));
    return undefined;
  };
  if (!allowed.has(u.name)) {
    bad('unknown-component', u.name, `正文中的组件 <${u.name}> 不存在：可用 ${[...allowed].map((n) => `<${n}>`).join('、')}。`);
    return;
  }
  const a = u.attrs;
  switch (u.name) {
    case 'Fig': {
      if (a['project'] !== undefined) {
        const p = refs.project(a['project']);
        const f = a['field'] ?? '';
        if (!p) return bad('foreign-key', a['project'], `项目“${a['project']}”不存在：请核对项目标识（项目表 id 列）。`);
        if (!(PROJECT_FIG_FIELDS as readonly string[]).includes(f))
          return bad('constraint-error', f, `<Fig project> 的 field 应为 ${PROJECT_FIG_FIELDS.join('、')} 之一。`);
        if (p[f as (typeof PROJECT_FIG_FIELDS)[number]] === null)
          return bad(
            'constraint-error',
            `${a['project']}.${f}`,
            `项目“${p.name}”的该项数字未知：正文不能引用未知数字。请在项目表中补充（注明来源），或删去这句话中的数字。`,
          );
      } else if (a['organization'] !== undefined) {
        if (refs.orgName(a['organization']) === undefined)
          return bad('foreign-key', a['organization'], `社会组织“${a['organization']}”不存在：请核对组织标识（组织表 id 列）。`);
        if (!(ORG_FIG_FIELDS as readonly string[]).includes(a['field'] ?? ''))
          return bad('constraint-error', a['field'] ?? '', `<Fig organization> 的 field 应为 ${ORG_FIG_FIELDS.join('、')}。`);
      } else if (a['campaign'] !== undefined) {
        const c = refs.campaign(a['campaign']);
        if (!c) return bad('foreign-key', a['campaign'], `行动“${a['campaign']}”不存在：请核对行动标识（campaigns.json 的 id）。`);
        const metric = a['metric'] ?? '';
        if (!REPORTED_METRICS.some((m) => m.id === metric))
          return bad('constraint-error', metric, `<Fig campaign> 的 metric 应为 ${REPORTED_METRICS.map((m) => m.id).join('、')} 之一。`);
        if (!c.reported.some((r) => r.metric === metric))
          return bad(
            'constraint-error',
            `${a['campaign']}.${metric}`,
            `行动“${c.name}”没有报告该项总数：请换用已报告的指标，或删去这句话中的数字。`,
          );
      } else bad('missing-cell', '', '<Fig> 需要 project、organization 或 campaign 属性之一，指明数字来自哪条记录。');
      return;
    }
    case 'Place': {
      const code = a['code'] ?? '';
      if (refs.regionName(code) === undefined)
        bad('unknown-region', code, `地区代码“${code}”不是现行 6 位行政区划代码：请核对（可在地区页面地址中查到代码）。`);
      return;
    }
    case 'Org':
      if (refs.orgName(a['id'] ?? '') === undefined)
        bad('foreign-key', a['id'] ?? '', `社会组织“${a['id'] ?? ''}”不存在：请核对组织标识。`);
      return;
    case 'Proj':
      if (refs.project(a['id'] ?? '') === undefined) bad('foreign-key', a['id'] ?? '', `项目“${a['id'] ?? ''}”不存在：请核对项目标识。`);
      return;
    case 'Stat':
      if (!(EDITION_STATS as readonly string[]).includes(a['name'] ?? ''))
        bad('constraint-error', a['name'] ?? '', `<Stat> 的 name 应为 ${EDITION_STATS.join('、')} 之一。`);
      return;
    default:
      return;
  }
}

function checkBody(parts: MdxParts, file: string, allowed: ReadonlySet<string>, refs: ContentRefs, issues: Issue[]): void {
  if (parts.syntaxError !== null) {
    const { line, message } = parts.syntaxError;
    issues.push(
      makeIssue(
        'mdx-syntax',
        file,
        line,
        null,
        null,
        `这一行起的正文无法编译（${message}）：常见原因是 < 或 { 没有配对，或组件标签没有闭合（如 <Fig …/> 少了 /）。要写小于号或花括号本身，请写成 \\< 或 \\{。`,
      ),
    );
    return;
  }
  for (const u of unsafeMarkup(parts)) {
    issues.push(
      makeIssue(
        'unsafe-markup',
        file,
        u.line,
        null,
        u.value,
        `正文中有可能执行脚本的${u.what}：公开网站不允许，请删除。需要链接请写 [文字](https://…)，需要图片请用 ![说明](/images/…)。`,
      ),
    );
  }
  for (const u of components(parts)) checkComponent(u, file, allowed, refs, issues);
  for (const f of bareFigures(parts)) {
    issues.push(
      makeIssue(
        'unbound-figure',
        file,
        f.line,
        null,
        f.text,
        `正文直接写了数字“${f.text}”：资金、人数等数字请用 <Fig …/> 从数据记录中取，避免正文与数据表不一致。`,
      ),
    );
  }
}

/** Checks one case file; returns its frontmatter when it is valid. */
/** Each line that still holds the draft's 【请填写】 mark (caseDraft.ts): a must-fix error, so an unfinished case is never published. */
function checkTemplateText(text: string, file: string, issues: Issue[]): void {
  text.split('\n').forEach((line, i) => {
    if (!line.includes(TEMPLATE_MARK)) return;
    const key = /^([A-Za-z]+):/u.exec(line)?.[1] ?? null;
    issues.push(
      makeIssue(
        'template-text',
        file,
        i + 1,
        key,
        line.trim().slice(0, 60),
        `这里还是案例模板的提示文字（${TEMPLATE_MARK}）：请换成案例的内容，再删去“${TEMPLATE_MARK}”。`,
      ),
    );
  });
}

export function checkCase(file: ContentFile, refs: ContentRefs, issues: Issue[]): CaseFrontmatter | null {
  checkTemplateText(file.text, file.path, issues);
  const parts = splitMdx(file.text);
  const fm = schemaIssues(caseSchema, parts, file.path, issues);
  // sections, in order
  const h2 = headings(parts).filter((h) => h.depth === 2);
  let last = -1;
  // a body that does not compile has no sections to check: its syntax error is reported instead
  for (const section of parts.tree === null ? [] : CASE_SECTIONS) {
    const i = h2.findIndex((h) => h.text === section);
    if (i < 0) {
      issues.push(
        makeIssue(
          'missing-section',
          file.path,
          null,
          `## ${section}`,
          section,
          `案例正文缺少“${section}”部分：请按附件3要求，用二级标题“## ${section}”写出这一部分（背景介绍、主要做法、主要成效、主要经验，依次排列）。`,
        ),
      );
    } else if (i < last) {
      issues.push(
        makeIssue(
          'constraint-error',
          file.path,
          h2[i]!.line,
          `## ${section}`,
          section,
          `“${section}”的位置不对：正文各部分应依次为 ${CASE_SECTIONS.join('、')}。`,
        ),
      );
    } else last = i;
  }
  checkBody(parts, file.path, CASE_COMPONENTS, refs, issues);
  if (!fm) return null;
  const ref = (key: string, ok: boolean, value: string, what: string, where: string): void => {
    if (!ok) issues.push(makeIssue('foreign-key', file.path, keyLine(parts, key), key, value, `${what}“${value}”不存在：请核对${where}。`));
  };
  for (const id of [fm.organization, ...fm.partners])
    ref(id === fm.organization ? 'organization' : 'partners', refs.orgName(id) !== undefined, id, '社会组织', '组织表中的标识');
  for (const id of fm.projects) ref('projects', refs.project(id) !== undefined, id, '项目', '项目表中的标识');
  // a source cited by id ("jjj-action-results：“…”") must be in the sources table
  for (const text of fm.sources)
    for (const id of unknownSourceIds(text, refs.hasSource)) ref('sources', false, id, '来源', '来源表（sources.csv）中的标识');
  if (fm.brand !== null) ref('brand', refs.hasBrand(fm.brand), fm.brand, '公益品牌', '公益品牌表中的标识');
  if (fm.campaign !== null) ref('campaign', refs.campaign(fm.campaign) !== undefined, fm.campaign, '行动', 'campaigns.json 中的标识');
  if (fm.cover !== null && !refs.publicFile(fm.cover.src)) {
    issues.push(
      makeIssue(
        'foreign-key',
        file.path,
        keyLine(parts, 'cover'),
        'cover',
        fm.cover.src,
        `封面图片“${fm.cover.src}”不存在：请把图片放在网站文件夹的 content${fm.cover.src.startsWith('/images/') ? fm.cover.src : `/images${fm.cover.src}`}，cover 写作 /images/文件名；没有可公开的照片时删去 cover，页面以位置示意图代替。`,
      ),
    );
  }
  for (const code of fm.places) {
    if (refs.regionName(code) === undefined)
      issues.push(
        makeIssue(
          'unknown-region',
          file.path,
          keyLine(parts, 'places'),
          'places',
          code,
          `地区代码“${code}”不是现行 6 位行政区划代码：请核对。`,
        ),
      );
  }
  return fm;
}

/** Checks one edition file (content/reports/<year>.mdx). */
export function checkEdition(file: ContentFile, refs: ContentRefs, issues: Issue[]): EditionFrontmatter | null {
  const parts = splitMdx(file.text);
  const fm = schemaIssues(editionSchema, parts, file.path, issues);
  checkBody(parts, file.path, EDITION_COMPONENTS, refs, issues);
  if (!fm) return null;
  const stem = /([^/\\]+)\.mdx?$/u.exec(file.path)?.[1];
  if (stem !== String(fm.year))
    issues.push(
      makeIssue(
        'constraint-error',
        file.path,
        keyLine(parts, 'year'),
        'year',
        String(fm.year),
        `年度展示的文件名应为“${fm.year}.mdx”，与 year 一致。`,
      ),
    );
  for (const slug of fm.cases) {
    if (!refs.caseSlugs.has(slug))
      issues.push(
        makeIssue(
          'foreign-key',
          file.path,
          keyLine(parts, 'cases'),
          'cases',
          slug,
          `案例“${slug}”不存在：请填写 content/cases/ 中的文件名（不含 .mdx）。`,
        ),
      );
  }
  if (!refs.snapshotYears.has(fm.year)) {
    issues.push(
      makeIssue(
        'missing-snapshot',
        file.path,
        keyLine(parts, 'year'),
        'year',
        String(fm.year),
        `${fm.year} 年度展示的数据尚未定稿：请运行 npm run edition:freeze -- ${fm.year}，核对生成的 ${fm.year}.snapshot.json 后一并提交。`,
      ),
    );
  }
  return fm;
}

/** Checks all content files: cases (content/cases/*.mdx) and editions (content/reports/*.mdx). */
export function checkContent(files: { cases: readonly ContentFile[]; editions: readonly ContentFile[] }, refs: ContentRefs): Issue[] {
  const issues: Issue[] = [];
  const leads: { file: ContentFile; fm: CaseFrontmatter }[] = [];
  for (const f of files.cases) {
    const fm = checkCase(f, refs, issues);
    if (fm !== null) leads.push({ file: f, fm });
  }
  checkLeads(leads, issues);
  for (const f of files.editions) checkEdition(f, refs, issues);
  return issues;
}

/**
 * Cases whose abstracts open alike: a list's case cards show the first sentence only, so cards
 * that open with the same background sentence ("在……行动中，……") read as one. Each case after the
 * first of an opening is reported.
 */
function checkLeads(cases: readonly { file: ContentFile; fm: CaseFrontmatter }[], issues: Issue[]): void {
  const first = new Map<string, ContentFile>();
  for (const { file, fm } of cases) {
    const opening = leadOpening(fm.abstract);
    const earlier = first.get(opening);
    if (earlier === undefined) {
      first.set(opening, file);
      continue;
    }
    issues.push(
      makeIssue(
        'repeated-lead',
        file.path,
        keyLine(splitMdx(file.text), 'abstract'),
        'abstract',
        caseLead(fm.abstract),
        `摘要的第一句与 ${earlier.path} 开头相同（“${opening}……”）：案例列表的卡片只显示摘要第一句，几张卡片会读来一样。请让第一句写本案例特有的事实（哪家组织、在哪里、做了什么、多少），背景放到后面。`,
      ),
    );
  }
}

/** The references content may use, from the site model. */
export function contentRefsFrom(
  model: SiteModel,
  caseSlugs: ReadonlySet<string>,
  snapshotYears: ReadonlySet<number>,
  publicFile: (path: string) => boolean,
): ContentRefs {
  const campaignById = new Map(model.data.campaigns.map((c) => [c.id, c]));
  const brandIds = new Set(model.data.brands.map((b) => b.id));
  return {
    orgName: (id) => model.orgById.get(id)?.name,
    project: (id) => model.projectById.get(id),
    campaign: (id) => campaignById.get(id),
    hasBrand: (id) => brandIds.has(id),
    hasSource: (id) => model.sourceById.has(id),
    regionName: (code) => model.regions.get(code)?.name,
    caseSlugs,
    snapshotYears,
    publicFile,
  };
}
