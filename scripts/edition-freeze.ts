/**
 * npm run edition:freeze -- <year> [--force] [--date YYYY-MM-DD]
 * Freezes an annual edition: computes the year's figures from the current data (src/lib/showcase/
 * edition.ts) and writes content/reports/<year>.snapshot.json ($CONTENT_DIR). The edition page reads
 * only that file, so later data never changes a published edition. Refuses to overwrite an existing
 * snapshot without --force (re-freezing is a correction: say so in the edition's text).
 * Exit code: 0 written, 1 refused or data errors, 2 could not run.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { getIngestResult } from '../src/io/dataset.ts';
import { loadRegionRows, ROOT } from '../src/io/dataSource.ts';
import { snapshotPath } from '../src/io/content.ts';
import { RegionIndex } from '../src/lib/regions.ts';
import { computeEditionSnapshot } from '../src/lib/showcase/edition.ts';
import { formatReport } from '../src/lib/ingest/formatReport.ts';
import { site } from '../site.config.ts';
import { parseArgs } from 'node:util';
import { argsOrExit } from '../src/io/cli.ts';

const USAGE = '用法：npm run edition:freeze -- <年度> [--force] [--date YYYY-MM-DD]';
const parsed = argsOrExit(
  () => parseArgs({ options: { force: { type: 'boolean', default: false }, date: { type: 'string' } }, allowPositionals: true }),
  USAGE,
);
const year = parsed.positionals.length === 1 && /^\d{4}$/u.test(parsed.positionals[0]!) ? Number(parsed.positionals[0]) : NaN;
const force = parsed.values.force;
const date = parsed.values.date ?? new Date().toISOString().slice(0, 10);
if (!Number.isInteger(year) || !/^\d{4}-\d{2}-\d{2}$/u.test(date)) {
  console.error(USAGE);
  process.exit(2);
}
const path = snapshotPath(year);
if (existsSync(path) && !force) {
  console.error(`${relative(ROOT, path)} 已存在：已发布的年度数据不会被覆盖。确需更正时加 --force，并在年度展示正文中说明更正。`);
  process.exit(1);
}
try {
  const { dataset, report } = await getIngestResult();
  if (report.errors.length > 0) {
    console.error(`数据检查未通过，未定稿：\n${formatReport(report)}`);
    process.exit(1);
  }
  const regions = new RegionIndex(loadRegionRows(), dataset.regionAliases);
  const snapshot = computeEditionSnapshot(dataset, regions, year, {
    frozenAt: date,
    dataAsOf: site.dataAsOf,
    generatedBy: `scripts/edition-freeze.ts（npm run edition:freeze -- ${year}）生成，请勿手工修改`,
  });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(snapshot, null, 2)}\n`);
  const f = snapshot.figures;
  console.log(
    `已写入 ${relative(ROOT, path)}：${year} 年度 ${f.projects} 个项目、${f.organizations} 家组织、${f.campaigns} 项行动（定稿日期 ${date}）。`,
  );
} catch (e) {
  console.error(`无法定稿：${(e as Error).stack ?? String(e)}`);
  process.exit(2);
}
