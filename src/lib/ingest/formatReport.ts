/** The human-readable data check report (Chinese first), as printed by `npm run data:check` and by a failed build. */
import { REPORT_RULE } from '../aggregate/reports.ts';
import { formatNumber } from '../format.ts';
import { formatMeasure, formatSum, MEASURES, SUMMED_MEASURES, sumOf } from '../measures.ts';
import { formatIssue } from './issues.ts';
import type { CheckReport } from './pipeline.ts';

/** Formats a check report; `maxIssues` caps each issue list (the JSON output always has all of them). */
export function formatReport(r: CheckReport, maxIssues = 200): string {
  const lines: string[] = [];
  lines.push('数据检查报告 / Data check report', '');
  lines.push('文件 / Files:');
  for (const f of r.files) {
    const table = f.tableLabel ?? '未识别';
    const enc = f.encoding ? `，${f.encoding}` : '';
    const header = f.headerRow && f.headerRow > 1 ? `，表头在第 ${f.headerRow} 行` : '';
    const skipped = f.rowsSkipped ? `，另有 ${f.rowsSkipped} 行空行/备注/合计未计入` : '';
    lines.push(`  ${f.file}（${table}${enc}${header}）：读入 ${f.rowsIn} 行 = 接收 ${f.rowsAccepted} + 拒收 ${f.rowsRejected}${skipped}`);
  }
  if (r.files.length === 0) lines.push('  （没有读入任何数据文件）');
  if (r.skipped.length > 0) {
    lines.push(`未读入的文件 / Skipped files：${r.skipped.length} 个`);
    for (const s of r.skipped.slice(0, maxIssues)) lines.push(`  ${s.file}：${s.reason}`);
  }
  lines.push(
    `合计：读入 ${r.rowsIn} 行 = 接收 ${r.rowsAccepted} + 拒收 ${r.rowsRejected}；跳过 ${r.rowsSkipped} 行（空行、备注、合计）`,
    '',
  );
  const t = r.totals;
  lines.push('汇总（逐项记录之和；报告总数不计入）/ Totals of itemised records:');
  lines.push(
    `  ${MEASURES.organizations.short} ${formatMeasure(MEASURES.organizations, t.organizations)}，${MEASURES.projects.label} ${formatMeasure(MEASURES.projects, t.projects)}${reportsNote(r)}`,
  );
  for (const m of SUMMED_MEASURES) {
    const s = sumOf(t, m.key);
    const approx = m.approxField === null ? '' : `，${s.approximate} 个为约数`;
    lines.push(`  ${m.label} ${formatSum(m, s, '未知')}（${s.known} 个项目有数据${approx}）`);
  }
  if (r.projectReports > t.projects) lines.push(`  （${REPORT_RULE}）`);
  if (r.organizationsFromNames > 0) lines.push(`  （${fromNamesNote(r.organizationsFromNames)}）`);
  lines.push('');
  const list = (title: string, items: CheckReport['errors']): void => {
    lines.push(`${title}：${items.length} 条`);
    for (const i of items.slice(0, maxIssues)) lines.push(`  ${formatIssue(i)}`);
    if (items.length > maxIssues) lines.push(`  …另有 ${items.length - maxIssues} 条（用 --json 查看全部）`);
  };
  list('必须修改的错误 / Must-fix errors', r.errors);
  list('提示（不影响接收）/ Advisories', r.advisories);
  lines.push(
    '',
    r.errors.length === 0
      ? '结论：没有必须修改的错误。'
      : `结论：有 ${r.errors.length} 条必须修改的错误，对应的行未被接收。请按提示修改后重新检查。`,
  );
  return lines.join('\n');
}

/** "（4 条年度报告）" when some project was reported more than once. */
export function reportsNote(r: Pick<CheckReport, 'projectReports' | 'totals'>): string {
  return r.projectReports > r.totals.projects ? `（${formatNumber(r.projectReports)} 条报告）` : '';
}

/** How many organizations only project rows name: records made from their names (附件2 has no organization table). */
export function fromNamesNote(n: number): string {
  return `其中 ${formatNumber(n)} 家只见于项目表，已按名称建立组织记录，类型按名称推断：以“基金会”结尾的为基金会，以“协会”“商会”“促进会”等结尾的为社会团体，其余为未知；如需补充类型、登记层级等，请在组织表中登记`;
}
