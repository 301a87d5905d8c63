/**
 * Reads the rows of one recognised sheet: binds the header, then for each row after it decides
 * whether it is a record (or blank, a note, a 合计 line: skipped), checks what the cells as a whole
 * must satisfy (no cell beyond the header, repeated columns agree, no hidden characters) and hands
 * the row to the table's mapper. Every record ends up accepted or rejected in the ledger.
 */
import type { RegionIndex } from '../regions.ts';
import type { Ledger } from './ledger.ts';
import { classifyRow, type Plan } from './locate.ts';
import { cleanText, isBlank } from './normalize.ts';
import { RowReader } from './rowReader.ts';
import { HIDDEN_CHARACTERS } from './sheets.ts';
import { bindColumns, readSheetContext, type Binding, type SheetContext } from './tables/spec.ts';

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const HIDDEN_NAMES: Record<string, string> = {
  '\u202e': '从右到左强制（U+202E）',
  '\u202d': '从左到右强制（U+202D）',
  '\u200b': '零宽空格（U+200B）',
  '\ufeff': '零宽不换行空格（U+FEFF）',
};
function hiddenName(c: string): string {
  return HIDDEN_NAMES[c] ?? `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The row-level checks of cells as a whole (see module comment). */
function checkCells(
  row: readonly string[],
  binding: Binding,
  header: readonly string[],
  reader: RowReader,
  json: boolean,
  hidden: boolean,
): void {
  if (!json) {
    for (let k = binding.width; k < row.length; k++) {
      if (!isBlank(row[k]!)) {
        reader.issue(
          'extra-cell',
          null,
          row[k]!.slice(0, 60),
          `第 ${columnLetters(k)} 列没有表头，却有内容：这一行的格子比表头多（常见原因是某个值里有没加引号的逗号，使后面的值错了列）。请核对这一行。`,
        );
        break;
      }
    }
  }
  for (const d of binding.duplicates) {
    if (!d.same) continue; // another name for the column: said once at the header
    const second = row[d.index] ?? '';
    const first = row[d.firstIndex] ?? '';
    if (!isBlank(second) && cleanText(second) !== cleanText(first)) {
      reader.issue(
        'duplicate-column-conflict',
        d.key,
        second.slice(0, 60),
        `表头中有两列都叫“${d.header}”（第 ${columnLetters(d.firstIndex)} 列和第 ${columnLetters(d.index)} 列），这一行两列的值不同（第 ${columnLetters(d.firstIndex)} 列为“${cleanText(first).slice(0, 30)}”）：请删除或改名其中一列。`,
      );
    }
  }
  if (hidden) {
    for (let k = 0; k < row.length; k++) {
      const m = HIDDEN_CHARACTERS.exec(row[k]!);
      if (m)
        reader.issueIn(
          header[k] ? cleanText(header[k]!) : columnLetters(k),
          'hidden-character',
          row[k]!.slice(0, 60),
          `含有看不见的字符 ${hiddenName(m[0])}：它可能改变文字的显示顺序或使相同的名称对不上。请删除该字符后重新输入。`,
        );
    }
  }
}

/**
 * Reads every row of a grid plan; `onRow` maps one row (the reader is positioned on it) and
 * collects the record. Returns the context the sheet gives above its header.
 */
export function readGrid(
  plan: Extract<Plan, { kind: 'grid' }>,
  ledger: Ledger,
  regions: RegionIndex,
  onRow: (reader: RowReader, context: SheetContext) => void,
): void {
  const { sheet, rows, spec, headerIndex, json } = plan;
  const account = ledger.account(sheet.name, sheet.encoding);
  account.report.table = spec.kind;
  account.report.tableLabel = spec.label;
  account.report.headerRow = json ? null : headerIndex + 1;
  const header = rows.head[headerIndex]!;
  const binding = bindColumns(spec, header);
  if (!json)
    for (const h of binding.unmatched.filter((x) => !spec.ignored?.includes(cleanText(x))))
      ledger.issue('extra-column', sheet.name, headerIndex + 1, h, null, `列“${h}”不是${spec.label}的列，已忽略；如有用，请改用规范列名。`);
  for (const d of binding.duplicates) {
    const [a, b] = [columnLetters(d.firstIndex), columnLetters(d.index)];
    const message = d.same
      ? `表头中有两列都叫“${d.header}”（第 ${a} 列和第 ${b} 列）：读第 ${a} 列；两列值不同的行不接收。请删除或改名其中一列。`
      : `第 ${b} 列“${d.header}”与第 ${a} 列“${d.firstHeader}”是同一项：只读第 ${a} 列，第 ${b} 列未读入。如两列内容不同，请合并为一列。`;
    ledger.issue('duplicate-column', sheet.name, headerIndex + 1, d.header, null, message);
  }
  const context = readSheetContext(rows.head.slice(0, headerIndex));
  const reader = new RowReader(sheet.name, 0, [], binding.columns, ledger.issues, regions);
  rows.each(headerIndex + 1, (row, i, problem) => {
    const rowNumber = json ? i : i + 1;
    if (problem !== null) {
      account.report.rowsIn++;
      account.rejected.add(rowNumber);
      ledger.issue(problem.code, sheet.name, rowNumber, null, problem.value, problem.message);
      return;
    }
    const kind = classifyRow(row);
    if (kind !== 'data') {
      account.report.rowsSkipped++;
      if (kind === 'total')
        ledger.issue(
          'total-row',
          sheet.name,
          rowNumber,
          null,
          cleanText(row.find((c) => !isBlank(c)) ?? ''),
          '合计行不是项目，未计入；合计数由系统按明细自动计算。',
        );
      return;
    }
    account.report.rowsIn++;
    reader.reset(rowNumber, row);
    checkCells(row, binding, header, reader, json, rows.mayHideCharacters);
    onRow(reader, context);
    if (reader.errors > 0) account.rejected.add(rowNumber);
  });
  if (account.report.rowsIn === 0 && !json) {
    ledger.issue(
      'header-only',
      sheet.name,
      headerIndex + 1,
      null,
      null,
      `只有表头，没有数据行：${spec.label}中没有读到任何记录。如果不是有意为之，请检查文件是否保存完整（例如被截断）。`,
    );
  }
}
