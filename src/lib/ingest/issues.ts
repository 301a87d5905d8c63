/**
 * Problems found in input data. Every problem has a stable code (Frictionless-style where one
 * exists), the file, the row as the spreadsheet shows it (header = 1; for JSON the item number),
 * the column header as written, the value, and a Chinese message that tells the clerk what to do.
 * Must-fix errors reject the row; advisories do not.
 */

export const ISSUE_CODES = {
  'encoding-error': { severity: 'error', label: '编码无法识别' },
  'file-error': { severity: 'error', label: '文件无法读取' },
  'unknown-table': { severity: 'error', label: '无法识别的表格' },
  'missing-column': { severity: 'error', label: '缺少必需列' },
  'missing-cell': { severity: 'error', label: '必填项为空' },
  'type-error': { severity: 'error', label: '类型错误' },
  'constraint-error': { severity: 'error', label: '取值不符合要求' },
  'unique-error': { severity: 'error', label: '重复记录' },
  'foreign-key': { severity: 'error', label: '引用不存在' },
  'unknown-region': { severity: 'error', label: '地区无法识别' },
  'ambiguous-region': { severity: 'error', label: '地区有重名' },
  'quote-error': { severity: 'error', label: '引号不成对' },
  'extra-cell': { severity: 'error', label: '单元格多于表头' },
  'duplicate-column-conflict': { severity: 'error', label: '同名列取值不同' },
  'unit-magnitude': { severity: 'advisory', label: '金额数量级可疑' },
  'renamed-region': { severity: 'advisory', label: '地区已更名' },
  'extra-column': { severity: 'advisory', label: '未使用的列' },
  'default-unit': { severity: 'advisory', label: '单位按默认处理' },
  'total-row': { severity: 'advisory', label: '合计行未计入' },
  'region-unresolved': { severity: 'advisory', label: '统计地区未对应代码' },
  'incomplete-list': { severity: 'advisory', label: '名单不完整' },
  'duplicate-column': { severity: 'advisory', label: '列名重复' },
  'mixed-encoding': { severity: 'advisory', label: '编码混用' },
  'encoding-guess': { severity: 'advisory', label: '编码按推断读入' },
  'zero-value': { severity: 'advisory', label: '金额为 0' },
  'hidden-character': { severity: 'advisory', label: '含不可见字符' },
  'long-text': { severity: 'advisory', label: '文字过长' },
  'empty-file': { severity: 'advisory', label: '文件是空的' },
  'header-only': { severity: 'advisory', label: '只有表头' },
  'no-data-files': { severity: 'advisory', label: '没有数据文件' },
  // content/ (cases and editions, MDX): the row is the line of the .mdx file
  'missing-section': { severity: 'error', label: '缺少正文部分' },
  'unknown-component': { severity: 'error', label: '未知组件' },
  'missing-snapshot': { severity: 'error', label: '年度数据未定稿' },
  'unbound-figure': { severity: 'advisory', label: '正文数字未绑定数据' },
  'mdx-syntax': { severity: 'error', label: '正文语法错误' },
  'unsafe-markup': { severity: 'error', label: '正文含不安全的代码' },
  'template-text': { severity: 'error', label: '案例还有模板提示文字' },
  'repeated-lead': { severity: 'advisory', label: '案例开头雷同' },
  'reference-overridden': { severity: 'advisory', label: '参考数据由发布单位数据代替' },
  'total-mismatch': { severity: 'advisory', label: '合计与明细之和不符' },
  'report-differs': { severity: 'advisory', label: '同一项目的报告不一致' },
} as const;

export type IssueCode = keyof typeof ISSUE_CODES;
export type Severity = 'error' | 'advisory';

export interface Issue {
  code: IssueCode;
  severity: Severity;
  file: string;
  /** Row as the spreadsheet shows it (header row = 1), or the item number in a JSON array; null for the whole file. */
  row: number | null;
  /** Column header as written in the file, or the JSON key. */
  column: string | null;
  /** The offending value as written. */
  value: string | null;
  /** What is wrong and what to do, in Chinese. */
  message: string;
}

/** Builds an issue, taking the severity from the code. */
export function makeIssue(
  code: IssueCode,
  file: string,
  row: number | null,
  column: string | null,
  value: string | null,
  message: string,
): Issue {
  return { code, severity: ISSUE_CODES[code].severity, file, row, column, value, message };
}

/** One line a clerk can act on: "projects.csv 第 12 行「投入资金(万元)」“abc”：type-error 不是金额…". */
export function formatIssue(i: Issue): string {
  const where = [i.file, i.row !== null ? `第 ${i.row} 行` : null, i.column !== null ? `「${i.column}」` : null].filter(Boolean).join(' ');
  const value = i.value !== null && i.value !== '' ? ` 值“${i.value.length > 60 ? `${i.value.slice(0, 60)}…` : i.value}”` : '';
  return `${where}${value}：[${i.code}] ${i.message}`;
}
