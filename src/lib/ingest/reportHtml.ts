/**
 * The data check report as one self-contained HTML page (`npm run data:check -- --html 报告.html`):
 * what a clerk sends to a colleague. Every file's account, the skipped files, the totals and every
 * must-fix error and advisory by file, row and column, with what to do. No script, no outside
 * resource; every value from the files is escaped. Pure.
 */
import { escapeHtml, formatNumber } from '../format.ts';
import { formatMeasure, formatSum, MEASURES, SUMMED_MEASURES, sumOf } from '../measures.ts';
import { ISSUE_CODES, type Issue } from './issues.ts';
import type { CheckReport } from './pipeline.ts';
import { fromNamesNote, reportsNote } from './formatReport.ts';

const e = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : escapeHtml(String(v)));

function issueTable(title: string, items: readonly Issue[], kind: 'error' | 'advisory'): string {
  if (items.length === 0) return `<h2>${title}：0 条</h2>`;
  const rows = items
    .map(
      (i) =>
        `<tr><td>${e(i.file)}</td><td class="num">${e(i.row)}</td><td>${e(i.column)}</td><td class="value">${e(i.value)}</td><td><code>${e(i.code)}</code><br>${e(ISSUE_CODES[i.code].label)}</td><td>${e(i.message)}</td></tr>`,
    )
    .join('\n');
  return `<h2 class="${kind}">${title}：${items.length} 条</h2>
<table><thead><tr><th>文件</th><th>行</th><th>列</th><th>原值</th><th>代码</th><th>怎么改</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}

/** The report as a page; `checkedAt` is printed as given (the caller's clock). */
export function reportHtml(r: CheckReport, checkedAt: string, contentIssues: readonly Issue[] = []): string {
  const errors = [...r.errors, ...contentIssues.filter((i) => i.severity === 'error')];
  const advisories = [...r.advisories, ...contentIssues.filter((i) => i.severity === 'advisory')];
  const files = r.files
    .map(
      (f) =>
        `<tr><td>${e(f.file)}</td><td>${e(f.tableLabel ?? '未识别')}</td><td>${e(f.encoding)}</td><td class="num">${e(f.headerRow)}</td><td class="num">${f.rowsIn}</td><td class="num">${f.rowsAccepted}</td><td class="num">${f.rowsRejected}</td><td class="num">${f.rowsSkipped}</td></tr>`,
    )
    .join('\n');
  const skipped = r.skipped.map((s) => `<li>${e(s.file)}：${e(s.reason)}</li>`).join('\n');
  const t = r.totals;
  const totals = [
    `<li>${MEASURES.organizations.label}：${formatMeasure(MEASURES.organizations, t.organizations)}${r.organizationsFromNames > 0 ? `（${e(fromNamesNote(r.organizationsFromNames))}）` : ''}</li>`,
    `<li>${MEASURES.projects.label}：${formatMeasure(MEASURES.projects, t.projects)}${e(reportsNote(r))}</li>`,
    ...SUMMED_MEASURES.map((m) => {
      const s = sumOf(t, m.key);
      return `<li>${m.label}：${formatSum(m, s, '未知')}（${s.known} 个项目有数据）</li>`;
    }),
  ].join('\n');
  const verdict =
    errors.length === 0
      ? '<p class="verdict ok">结论：没有必须修改的错误。</p>'
      : `<p class="verdict bad">结论：有 ${errors.length} 条必须修改的错误，对应的行未被接收。请按下表修改后重新检查。</p>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>数据检查报告</title>
<style>
body{font-family:system-ui,"Noto Sans SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328;line-height:1.6}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem;font-size:.9rem}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f6f8fa}.num{text-align:right;font-variant-numeric:tabular-nums}.value{min-width:6em;max-width:14rem}td:nth-child(3){min-width:6em}h2.error{color:#a40e26}
.verdict{font-weight:600;padding:.5rem 1rem;border-left:4px solid}.ok{border-color:#1a7f37}.bad{border-color:#a40e26}
</style></head><body>
<h1>数据检查报告</h1>
<p>检查时间：${e(checkedAt)}。每个文件：读入 = 接收 + 拒收；空行、备注和合计行另计为“跳过”。</p>
${verdict}
<h2>文件</h2>
<table><thead><tr><th>文件</th><th>表</th><th>编码</th><th>表头行</th><th>读入</th><th>接收</th><th>拒收</th><th>跳过</th></tr></thead><tbody>
${files}
</tbody></table>
<p>合计：读入 ${formatNumber(r.rowsIn)} 行 = 接收 ${formatNumber(r.rowsAccepted)} + 拒收 ${formatNumber(r.rowsRejected)}；跳过 ${formatNumber(r.rowsSkipped)} 行。</p>
${r.skipped.length > 0 ? `<h2>未读入的文件：${r.skipped.length} 个</h2><ul>${skipped}</ul>` : ''}
<h2>汇总（逐项记录之和；报告总数不计入）</h2>
<ul>${totals}</ul>
${issueTable('必须修改的错误', errors, 'error')}
${issueTable('提示（不影响接收）', advisories, 'advisory')}
</body></html>
`;
}
