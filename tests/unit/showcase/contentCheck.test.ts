/**
 * The content check over the fixture corpus tests/fixtures/content-bad/ (one folder per problem,
 * checked against the bundled data): each folder raises exactly the codes expected.json lists,
 * every issue names its file and says in Chinese what to do, and a missing section names the section.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SiteModel } from '../../../src/lib/site/model.ts';
import { bundledModel } from '../../fixtures/bundledModel.ts';
import { checkContent, contentRefsFrom, type ContentFile } from '../../../src/lib/showcase/contentCheck.ts';
import { CONTENT_CORPUS_CODES } from '../../fixtures/contentCodes.ts';
import { ISSUE_CODES, type Issue } from '../../../src/lib/ingest/issues.ts';
import { abstractLength } from '../../../src/lib/schema/case.ts';
import { bareFigures, components, headings, splitMdx } from '../../../src/lib/showcase/mdx.ts';

const root = fileURLToPath(new URL('../../fixtures/content-bad/', import.meta.url));
const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as Record<
  string,
  { errors: string[]; advisories: string[] }
>;

/** Files taken to exist under public/. */
const PUBLIC_FILES = new Set(['/favicon.svg']);
let model: SiteModel;
beforeAll(async () => {
  model = await bundledModel();
});

function read(dir: string): ContentFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((n) => ({ path: `${dir.slice(root.length)}/${n}`, text: readFileSync(join(dir, n), 'utf8') }));
}

function run(folder: string): Issue[] {
  const cases = read(join(root, folder, 'cases'));
  const editions = read(join(root, folder, 'reports'));
  const slugs = new Set(cases.map((f) => f.path.replace(/^.*\/|\.mdx$/gu, '')));
  return checkContent(
    { cases, editions },
    contentRefsFrom(model, slugs, new Set([2021, 2022]), (path) => PUBLIC_FILES.has(path)),
  );
}

describe('content check corpus', () => {
  it.each(Object.entries(expected))('%s', (folder, exp) => {
    const issues = run(folder);
    const errors = issues.filter((i) => i.severity === 'error');
    expect([...new Set(errors.map((e) => e.code))].sort(), JSON.stringify(errors, null, 1)).toEqual([...exp.errors].sort());
    expect([...new Set(issues.filter((i) => i.severity === 'advisory').map((e) => e.code))].sort()).toEqual([...exp.advisories].sort());
    for (const i of issues) {
      expect(i.file.startsWith(`${folder}/`)).toBe(true);
      expect(i.message).toMatch(/[\u4e00-\u9fff]/u);
      expect(ISSUE_CODES[i.code].severity).toBe(i.severity);
    }
  });

  it('exercises every content issue code', () => {
    const covered = new Set(Object.values(expected).flatMap((e) => [...e.errors, ...e.advisories]));
    expect(CONTENT_CORPUS_CODES.filter((c) => !covered.has(c))).toEqual([]);
  });

  it('reports the second of two cases whose abstracts open alike, at the abstract, naming the first', () => {
    const issues = run('repeated-lead');
    expect(issues.map((i) => [i.code, i.file, i.column])).toEqual([['repeated-lead', 'repeated-lead/cases/b-second.mdx', 'abstract']]);
    expect(issues[0]!.row).toBe(9);
    expect(issues[0]!.message).toContain('repeated-lead/cases/a-first.mdx');
    expect(issues[0]!.value).toMatch(/^阜平县食用菌协会在京津冀.*技术骨干.*。$/u);
  });

  it('reports a body the MDX compiler rejects at the compiler’s line, and nothing else about it', () => {
    const issues = run('mdx-syntax');
    const text = readFileSync(join(root, 'mdx-syntax/cases/mdx-syntax.mdx'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('没有闭合')) + 1;
    expect(issues.map((i) => [i.code, i.row])).toEqual([['mdx-syntax', line]]);
  });

  it('reports each event handler, javascript: URL and JavaScript expression on its line, and nothing else', () => {
    const issues = run('unsafe-markup');
    const text = readFileSync(join(root, 'unsafe-markup/cases/unsafe-markup.mdx'), 'utf8').split('\n');
    const lineOf = (s: string): number => text.findIndex((l) => l.includes(s)) + 1;
    expect(issues.map((i) => [i.code, i.row]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['unsafe-markup', lineOf('onerror')],
      ['unsafe-markup', lineOf('[点此]')],
      ['unsafe-markup', lineOf('alert(2)')],
      ['unsafe-markup', lineOf('alert(3)')],
      ['unsafe-markup', lineOf('展开属性')],
      ['unsafe-markup', lineOf('{1 + 1}')],
    ]);
  });

  it('names the file and the missing section', () => {
    const [e] = run('missing-section');
    expect(e).toMatchObject({
      code: 'missing-section',
      file: 'missing-section/cases/missing-section.mdx',
      column: '## 主要经验',
      value: '主要经验',
    });
    expect(e!.message).toContain('主要经验');
  });

  it('points at the line of an unknown reference in the prose, and at the frontmatter key', () => {
    const [prose] = run('unknown-project-in-prose');
    expect(prose).toMatchObject({ code: 'foreign-key', column: '<Fig>', value: 'no-such-project' });
    const text = readFileSync(join(root, 'unknown-project-in-prose/cases/unknown-project-in-prose.mdx'), 'utf8').split('\n');
    expect(text[prose!.row! - 1]).toContain('no-such-project');
    const [fm] = run('unknown-organization');
    expect(fm).toMatchObject({ code: 'foreign-key', column: 'organization', value: 'no-such-org', row: 4 });
  });

  it('names a cover image that is not in the content folder’s images/, at its frontmatter line', () => {
    const [e] = run('cover-missing');
    expect(e).toMatchObject({ code: 'foreign-key', column: 'cover', value: '/images/cases/no-such-photo.jpg', row: 12 });
    expect(e!.message).toContain('content/images/cases/no-such-photo.jpg');
  });

  it('counts the abstract the way 附件3 does', () => {
    const [e] = run('abstract-too-short');
    expect(e!.message).toMatch(/200–300/u);
    expect(abstractLength(' 一二 三\n四 ')).toBe(4);
  });
});

describe('mdx reading', () => {
  const parts = splitMdx(
    '---\na: 1\n---\n\n## 背景介绍\n\n```\n## not a heading <Fig project="x" />\n```\n协会投入 <Fig project="p" field="fundsInvestedWan" />，另有300万元和 1,200 户；2021年 3 座。\n',
  );
  it.each([
    { what: 'frontmatter', got: () => parts.frontmatter, want: { a: 1 } },
    { what: 'headings outside code', got: () => headings(parts).map((h) => [h.depth, h.text, h.line]), want: [[2, '背景介绍', 5]] },
    {
      what: 'components outside code',
      got: () => components(parts).map((c) => [c.name, c.attrs, c.line]),
      want: [['Fig', { project: 'p', field: 'fundsInvestedWan' }, 10]],
    },
    {
      what: 'bare money and head counts, not years or other units',
      got: () => bareFigures(parts).map((f) => f.text),
      want: ['300万元', '1,200 户'],
    },
  ])('$what', ({ got, want }) => {
    expect(got()).toEqual(want);
  });
});
