/**
 * npm run new -- <folder> [--scope <省名或代码>] [--year <年度>]
 * Creates a publisher's site folder (see src/io/sitePaths.ts): site.yaml with every setting explained
 * in Chinese, the blank official templates in data/ (附件2 项目明细表 and 附件1 情况统计表, XLSX), empty
 * content/cases, content/images and content/reports, and a README with the four steps from template to public site.
 * Never writes into an existing folder that has files. Exit code: 0 created, 2 could not.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { argsOrExit } from '../src/io/cli.ts';
import { ROOT } from '../src/io/sitePaths.ts';
import { REGION_ROWS } from '../src/lib/regionTable.ts';
import { scopeOf } from '../src/lib/site/scope.ts';
import { ANNEX2_NATURES, readmeText, settingsText } from '../src/lib/site/newSite.ts';
import { TEMPLATE_FILES } from '../src/io/templates.ts';

const USAGE = '用法：npm run new -- <文件夹> [--scope <省名或六位代码，默认全国>] [--year <年度>]';
const { values, positionals } = argsOrExit(
  () =>
    parseArgs({
      options: { scope: { type: 'string', default: '全国' }, year: { type: 'string', default: String(new Date().getFullYear()) } },
      allowPositionals: true,
    }),
  USAGE,
);
const folderArg = positionals[0];
if (!folderArg || positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
}
const year = Number(values.year);
if (!Number.isInteger(year) || year < 2000 || year > 2100) {
  console.error(`年度“${values.year}”不是 2000–2100 之间的年份。${USAGE}`);
  process.exit(2);
}
// the scope: 全国, or a province by name or code
const named = scopeOf(values.scope ?? '全国', REGION_ROWS);
if (named === null) {
  console.error(`找不到省份“${values.scope}”：请写省级名称（如 甘肃省）或六位代码（如 620000），或写 全国。`);
  process.exit(2);
}
const scope = named.kind === 'national' ? '全国' : named.name;
const folder = resolve(folderArg);
if (existsSync(folder) && readdirSync(folder).length > 0) {
  console.error(`${folderArg} 已存在且不是空文件夹：为免覆盖已有内容，请换一个文件夹名。`);
  process.exit(2);
}

mkdirSync(join(folder, 'data'), { recursive: true });
mkdirSync(join(folder, 'content', 'cases'), { recursive: true });
mkdirSync(join(folder, 'content', 'reports'), { recursive: true });
mkdirSync(join(folder, 'content', 'images'), { recursive: true });
writeFileSync(join(folder, 'site.yaml'), settingsText(scope, year));
writeFileSync(join(folder, 'README.md'), readmeText(relative(ROOT, folder) || basename(folder)));
for (const t of TEMPLATE_FILES) writeFileSync(join(folder, 'data', t.saveAs(year)), await t.make(year));
writeFileSync(
  join(folder, 'data', 'README.md'),
  `# 数据表格\n\n- 附件2 项目明细表：每行一个项目。项目性质填写：${ANNEX2_NATURES.join('、')}。金额单位为万元；不知道的数留空，不要填 0。\n- 附件1 情况统计表：按帮扶地区填写总数和其中市本级；“省外”“省内”各写一行分组标题。\n- 表名行中的年度和“单位（盖章）”会作为数据的年度和来源显示在网站上，请如实填写。\n`,
);
console.log(
  `已创建 ${relative(ROOT, folder) || folder}（范围：${scope}）。下一步见其中的 README.md：填写 data/ 中的模板，然后运行 SITE_DIR=${relative(ROOT, folder) || folder} npm run data:check。`,
);
