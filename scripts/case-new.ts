/**
 * npm run case:new -- <项目名称、项目编号或项目标识> [--slug <英文短名>]
 * Drafts a case (附件3) about a project of the checked data into the site's content/cases/
 * ($SITE_DIR / $CONTENT_DIR): what the records state is filled in, what only the writer knows is
 * marked 【请填写】 (src/lib/showcase/caseDraft.ts), and the content check refuses to publish the
 * case until every mark is replaced. Never writes over an existing file.
 * Exit code: 0 written; 1 no such project, several of that name, or the file exists; 2 could not run.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { getIngestResult } from '../src/io/dataset.ts';
import { loadRegionRows, ROOT } from '../src/io/dataSource.ts';
import { contentDir } from '../src/io/content.ts';
import { argsOrExit } from '../src/io/cli.ts';
import { RegionIndex } from '../src/lib/regions.ts';
import { caseDraft, draftSlug, findProjects } from '../src/lib/showcase/caseDraft.ts';

const USAGE = '用法：npm run case:new -- <项目名称、项目编号或项目标识> [--slug <英文短名>]';
const parsed = argsOrExit(() => parseArgs({ options: { slug: { type: 'string' } }, allowPositionals: true }), USAGE);
const query = parsed.positionals.join(' ').trim();
const slug = parsed.values.slug;
if (query === '' || (slug !== undefined && !/^[a-z0-9][a-z0-9-]{1,59}$/u.test(slug))) {
  console.error(`${USAGE}\n英文短名只能用小写英文字母、数字和连字符，它是案例的文件名和网址。`);
  process.exit(2);
}
try {
  const { dataset } = await getIngestResult();
  const found = findProjects(dataset.projects, query);
  const orgName = (id: string): string | undefined => dataset.organizations.find((o) => o.id === id)?.name;
  if (found.length === 0) {
    const near = dataset.projects.filter((p) => p.name.includes(query) || query.includes(p.name)).slice(0, 10);
    console.error(
      `数据中没有名称、编号或标识为“${query}”的项目。${near.length > 0 ? `相近的项目：\n${near.map((p) => `  ${p.name}（标识 ${p.id}）`).join('\n')}` : '请先用 npm run data:check 检查数据，再核对项目名称。'}`,
    );
    process.exit(1);
  }
  if (found.length > 1) {
    console.error(
      `有 ${found.length} 个项目名为“${query}”：请改用项目标识。\n${found.map((p) => `  ${p.id}：${p.organizationIds.map((id) => orgName(id) ?? id).join('、')}`).join('\n')}`,
    );
    process.exit(1);
  }
  const regions = new RegionIndex(loadRegionRows(), dataset.regionAliases);
  const file = join(contentDir(), 'cases', `${slug ?? draftSlug(found[0]!)}.mdx`);
  if (existsSync(file)) {
    console.error(`${relative(ROOT, file)} 已存在：不覆盖。请换一个 --slug，或直接修改这个文件。`);
    process.exit(1);
  }
  const text = caseDraft(found, { orgName, regionName: (c) => regions.get(c)?.name }, new Date().toISOString().slice(0, 10));
  mkdirSync(join(contentDir(), 'cases'), { recursive: true });
  writeFileSync(file, text);
  console.log(
    `已写入 ${relative(ROOT, file)}：数据中已有的内容（组织、地区、项目、领域、来源）已填好；把每一处“【请填写】”换成案例内容，封面照片放在 content/images/ 中，然后运行 npm run data:check 检查。`,
  );
} catch (e) {
  console.error(`无法生成案例：${(e as Error).stack ?? String(e)}`);
  process.exit(2);
}
