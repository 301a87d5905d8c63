/**
 * CSV for people who open it in Excel and for programs: RFC 4180 quoting, CRLF line ends, and a
 * UTF-8 byte-order mark, without which Excel in a Chinese locale reads UTF-8 as GBK and shows
 * mojibake. Text that a spreadsheet would run as a formula is defused. Pure.
 */

/** A cell before it is written: text, a number, or null for unknown (an empty cell, never 0). */
export type CsvValue = string | number | null;

/** The UTF-8 byte-order mark Excel needs to detect UTF-8. */
export const BOM = '\uFEFF';

/** A plain negative number such as "-3" or "-0.5": a value, not a formula, left as it is. */
const PLAIN_NEGATIVE = /^-\d+(?:\.\d+)?$/u;

/**
 * Defuses CSV formula injection (OWASP “CSV Injection”): text starting with = + - @, a tab or a
 * carriage return would be run as a formula by Excel or WPS, so it gets a leading apostrophe, which
 * the spreadsheet shows as text. Plain negative numbers are left alone.
 */
export function defuseFormula(text: string): string {
  if (text.length === 0) return text;
  const c = text.charCodeAt(0);
  // = + - @ TAB CR
  if (c !== 0x3d && c !== 0x2b && c !== 0x2d && c !== 0x40 && c !== 0x09 && c !== 0x0d) return text;
  return PLAIN_NEGATIVE.test(text) ? text : `'${text}`;
}

/** A number as plain decimal digits (no exponent, which spreadsheets and our reader misread). */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`CSV 不能写入非有限数值：${n}`);
  const s = String(n);
  if (!/e/iu.test(s)) return s;
  // 1e21 and above, or below 1e-6: write out the digits
  return Math.abs(n) >= 1 ? BigInt(Math.round(n)).toString() : n.toFixed(20).replace(/0+$/u, '');
}

/** One field, quoted when it holds a comma, a double quote, CR or LF (RFC 4180 §2.6–2.7). */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? numberText(value) : defuseFormula(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** Lines per piece of csvPieces: a piece is a few hundred KB, whatever the number of rows. */
const LINES_PER_PIECE = 2000;

/**
 * A whole file in pieces, which joined are toCsv's text: a file of a million rows is written out
 * piece by piece, never held as one string (issue #14).
 */
export function* csvPieces(header: readonly string[], rows: Iterable<readonly CsvValue[]>): Generator<string> {
  yield `${BOM}${header.map(csvField).join(',')}\r\n`;
  let lines: string[] = [];
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`CSV 行的列数（${row.length}）与表头（${header.length}）不一致`);
    lines.push(row.map(csvField).join(','));
    if (lines.length === LINES_PER_PIECE) {
      yield `${lines.join('\r\n')}\r\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\r\n')}\r\n`;
}

/** A whole file: BOM, header row, one record per row, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  return [...csvPieces(header, rows)].join('');
}
