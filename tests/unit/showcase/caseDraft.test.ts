/**
 * npm run case:new drafts a case from project records: the records' facts filled in, the writer's
 * parts marked 【请填写】, which the content check refuses (template-text) until they are replaced.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { caseDraft, draftSlug, findProjects, TEMPLATE_MARK } from '../../../src/lib/showcase/caseDraft.ts';
import { checkContent, contentRefsFrom } from '../../../src/lib/showcase/contentCheck.ts';
import type { SiteModel } from '../../../src/lib/site/model.ts';
import { bundledModel } from '../../fixtures/bundledModel.ts';
import { makeProject } from '../../fixtures/makeProjects.ts';

let model: SiteModel;
beforeAll(async () => {
  model = await bundledModel();
});

const check = (slug: string, text: string) =>
  checkContent(
    { cases: [{ path: `cases/${slug}.mdx`, text }], editions: [] },
    contentRefsFrom(model, new Set([slug]), new Set(), () => false),
  );

describe('findProjects', () => {
  const a = makeProject({ id: 'p-a', name: '助学', code: 'GS-7' });
  const b = makeProject({ id: 'p-b', name: '助学' });
  it('finds by id or 项目编号 first, else every project of that exact name', () => {
    expect(findProjects([a, b], 'p-b')).toEqual([b]);
    expect(findProjects([a, b], 'GS-7')).toEqual([a]);
    expect(findProjects([a, b], ' 助学 ')).toEqual([a, b]);
    expect(findProjects([a, b], '助')).toEqual([]);
  });
});

describe('caseDraft', () => {
  it('fills in what the records state and marks the rest, which the content check refuses line by line', () => {
    const p = model.data.projects.find((x) => x.organizationIds.length > 0 && x.targetRegions.length > 0)!;
    const slug = draftSlug(p);
    const text = caseDraft(
      [p],
      { orgName: (id) => model.orgById.get(id)?.name, regionName: (c) => model.regions.get(c)?.name },
      '2026-12-06',
    );
    expect(text).toContain(`organization: ${p.organizationIds[0]}`);
    expect(text).toContain(`projects: ["${p.id}"]`);
    expect(text).toContain(`domains: ["${p.domain}"]`);
    for (const s of ['## 背景介绍', '## 主要做法', '## 主要成效', '## 主要经验']) expect(text).toContain(s);
    const lines = text.split('\n');
    const marked = lines.flatMap((l, i) => (l.includes(TEMPLATE_MARK) ? [i + 1] : []));
    expect(marked.length).toBeGreaterThanOrEqual(6);
    const issues = check(slug, text).filter((i) => i.severity === 'error');
    expect(issues.filter((i) => i.code === 'template-text').map((i) => i.row)).toEqual(marked);
    // the only other complaint is the abstract's length
    expect(issues.filter((i) => i.code !== 'template-text').map((i) => [i.code, i.column])).toEqual([['constraint-error', 'abstract']]);

    // written: every mark replaced, the draft's components kept
    const abstract = '这是一段用于测试的案例摘要，说明项目做了什么、在哪里、帮了谁。'.repeat(8);
    const written = lines
      .map((l) => {
        if (!l.includes(TEMPLATE_MARK)) return l;
        if (l.startsWith('abstract:')) return `abstract: ${JSON.stringify(abstract)}`;
        if (l.startsWith('beneficiaryGroup:')) return 'beneficiaryGroup: "当地群众"';
        return l.replace(/【请填写】[^<]*/u, '项目的情况。');
      })
      .join('\n');
    expect(check(slug, written).filter((i) => i.severity === 'error')).toEqual([]);
  });
});
