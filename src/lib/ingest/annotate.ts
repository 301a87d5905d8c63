/**
 * A sheet as the clerk sent it, with one column added: 问题, the check's findings on each row (code
 * and what to do), and 问题 in the header row. Written as CSV (UTF-8 with BOM, CRLF) so that it opens
 * in Excel/WPS beside the original. Used by the browser checker (/check/). Pure.
 */
import { csvField, BOM } from '../opendata/csv.ts';
import { ISSUE_CODES, type Issue } from './issues.ts';

/** `grid`: the sheet's rows from the top (row 1 = grid[0]); `issues`: the report's issues of this sheet. */
export function annotatedCsv(grid: readonly (readonly string[])[], issues: readonly Issue[], headerRow: number | null): string {
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  const byRow = new Map<number, string[]>();
  for (const i of issues) {
    if (i.row === null) continue;
    const column = i.column ? `「${i.column}」` : '';
    const text = `[${ISSUE_CODES[i.code].severity === 'error' ? '必须修改' : '提示'}] ${column}${i.message}`;
    byRow.set(i.row, [...(byRow.get(i.row) ?? []), text]);
  }
  const lines = grid.map((row, k) => {
    const cells = [...row, ...Array<string>(width - row.length).fill('')];
    const note = k + 1 === headerRow ? '问题' : (byRow.get(k + 1) ?? []).join('；');
    return [...cells, note].map(csvField).join(',');
  });
  const whole = issues.filter((i) => i.row === null).map((i) => `[${i.code}] ${i.message}`);
  if (whole.length > 0) lines.unshift([...Array<string>(width).fill(''), `整个文件：${whole.join('；')}`].map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
