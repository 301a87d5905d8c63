/** The data check itself (see data-check.ts, which loads it). */
import { existsSync, writeFileSync } from 'node:fs';
import { checkPaths, dataDir } from '../src/io/dataSource.ts';
import { formatReport } from '../src/lib/ingest/formatReport.ts';
import { formatIssue } from '../src/lib/ingest/issues.ts';
import { parseArgs } from 'node:util';
import { argsOrExit } from '../src/io/cli.ts';

const USAGE = '用法：npm run data:check -- [--json] [--html 报告.html] [文件或文件夹…]';
const parsed = argsOrExit(
  () => parseArgs({ options: { json: { type: 'boolean', default: false }, html: { type: 'string' } }, allowPositionals: true }),
  USAGE,
);
const json = parsed.values.json;
const paths = parsed.positionals;
const targets = paths.length ? paths : [dataDir()];
for (const t of targets) {
  if (!existsSync(t)) {
    console.error(`找不到 ${t}：请检查路径。 / Not found: ${t}`);
    process.exit(2);
  }
}
try {
  const { report } = await checkPaths(targets);
  // content/ names records of the bundled data folder: checked only when that folder is checked
  const content = paths.length === 0 && report.errors.length === 0 ? await (await import('../src/io/content.ts')).getContentIssues() : [];
  report.errors.push(...content.filter((i) => i.severity === 'error'));
  report.advisories.push(...content.filter((i) => i.severity === 'advisory'));
  if (parsed.values.html) {
    const checkedAt = new Date().toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
    // the content issues are already in the report's lists
    const { reportHtml } = await import('../src/lib/ingest/reportHtml.ts');
    writeFileSync(parsed.values.html, reportHtml(report, checkedAt));
    if (!json) process.stdout.write(`检查报告已写入 ${parsed.values.html}（可直接发给同事，用浏览器打开）。\n\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    process.stdout.write(`${formatReport(report)}\n`);
    if (paths.length === 0)
      process.stdout.write(
        `\n内容检查（content/ 案例与年度展示）：${content.length === 0 ? '没有问题。' : `\n${content.map((i) => `  ${formatIssue(i)}`).join('\n')}`}\n`,
      );
  }
  process.exit(report.errors.length > 0 ? 1 : 0);
} catch (e) {
  console.error(`数据检查无法运行：${(e as Error).stack ?? String(e)}`);
  process.exit(2);
}
