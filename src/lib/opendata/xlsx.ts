/**
 * XLSX bytes from sheet rows, with write-excel-file (it builds the zip in memory: no file I/O).
 * Pure apart from being asynchronous.
 */
import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import type { SheetCell } from './regionTable.ts';

export interface XlsxSheet {
  /** Sheet name (at most 31 characters, no []:*?/\). */
  name: string;
  /** Rows of cells; null where a merged cell covers the position. */
  rows: readonly (readonly (SheetCell | null)[])[];
  /** Column widths in characters. */
  widths?: readonly number[];
  /** Rows kept in view when scrolling (Excel “冻结窗格”). */
  stickyRows?: number;
  /** Columns kept in view when scrolling. */
  stickyColumns?: number;
}

/** One workbook with one sheet. */
export async function xlsxBytes(sheet: XlsxSheet): Promise<Uint8Array<ArrayBuffer>> {
  const blob = await writeXlsxFile(sheet.rows as SheetData, {
    sheet: sheet.name,
    ...(sheet.widths ? { columns: sheet.widths.map((width) => ({ width })) } : {}),
    ...(sheet.stickyRows ? { stickyRowsCount: sheet.stickyRows } : {}),
    ...(sheet.stickyColumns ? { stickyColumnsCount: sheet.stickyColumns } : {}),
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
