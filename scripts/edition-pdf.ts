/**
 * npm run edition:pdf -- <year> [--dist <built site folder>]   (default: dist/)
 * Prints the built edition page /reports/<year>/ to A4 with Debian's Chromium (src/io/browser.ts)
 * and writes content/reports/pdf/edition-<year>.pdf (the site content folder), the edition's download. The PDF belongs to
 * the frozen edition: make it once at publication (npm run build, then this, then build again so
 * the PDF is copied into the site), and again only when the edition is corrected.
 * Exit code: 0 written, 2 could not run.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ROOT } from '../src/io/dataSource.ts';
import { contentDir } from '../src/io/sitePaths.ts';
import { launch, printToPdf } from '../src/io/browser.ts';
import { serveDir } from '../src/io/staticServer.ts';
import { site } from '../site.config.ts';
import { parseArgs } from 'node:util';
import { argsOrExit } from '../src/io/cli.ts';

const USAGE = '用法：npm run edition:pdf -- <年度> [--dist 构建目录]';
const parsed = argsOrExit(() => parseArgs({ options: { dist: { type: 'string', default: 'dist' } }, allowPositionals: true }), USAGE);
const year = parsed.positionals.length === 1 && /^\d{4}$/u.test(parsed.positionals[0]!) ? Number(parsed.positionals[0]) : NaN;
const distArg = parsed.values.dist;
if (!Number.isInteger(year)) {
  console.error(USAGE);
  process.exit(2);
}
const dist = resolve(distArg);
// a site built with a base path has its pages at the top of the folder, served under the base path
if (!existsSync(join(dist, 'reports', String(year), 'index.html'))) {
  console.error(`${relative(ROOT, dist) || dist} 中没有 ${year} 年度展示页：请先运行 npm run build。`);
  process.exit(2);
}
const server = await serveDir(dist, site.base.endsWith('/') ? site.base : `${site.base}/`);
const browser = await launch();
try {
  const pdf = await printToPdf(browser, `${server.url}reports/${year}/`);
  const out = join(contentDir(), 'reports', 'pdf', `edition-${year}.pdf`);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, pdf);
  console.log(`已写入 ${relative(ROOT, out)}（${(pdf.length / 1024).toFixed(0)} KB）。请重新构建，使 PDF 进入站点。`);
} catch (e) {
  console.error(`无法打印：${(e as Error).stack ?? String(e)}`);
  process.exitCode = 2;
} finally {
  await browser.close();
  await server.close();
}
