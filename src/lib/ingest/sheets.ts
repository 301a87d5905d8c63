/**
 * Files (bytes) → sheets of text rows. CSV/TSV by papaparse, XLSX by read-excel-file (every sheet),
 * JSON as parsed values (their shape is checked where the table is recognised: locate.ts).
 * Nothing a person sees in a file is lost here without a word: line endings are read whichever mix
 * the file has, a quote left open is reported on its row and the rows after it are read again, and
 * encodings that had to be guessed are said out loud.
 */
import Papa from 'papaparse';
import { decodeText, encodingLabel } from './decode.ts';
import type { IssueCode } from './issues.ts';

export interface InputFile {
  /** Name as shown in reports (relative path). */
  name: string;
  bytes: Uint8Array;
  /**
   * Reference data that ships with the product (the key-county list, renamed counties): a
   * publisher's own row with the same key (county code, alias) takes its place.
   */
  reference?: boolean;
}

/** A record the file holds that cannot be read as cells: the row is counted and rejected with this. */
export interface RowProblem {
  code: IssueCode;
  value: string;
  message: string;
}

export type Grid = string[][];

/**
 * A sheet's rows. CSV rows are streamed (parsed again row by row when read) rather than held as one
 * grid: at a million rows, keeping every parsed row alive until the end doubled the time spent in
 * garbage collection.
 */
export interface Rows {
  /** The first rows, enough to find the header and the title lines above it. */
  head: Grid;
  /** Calls `fn` with each row from index `from` on (0-based), in order, and what is wrong with it as cells. */
  each(from: number, fn: (row: string[], index: number, problem: RowProblem | null) => void): void;
  /** At least the number of rows (line breaks + 1 for CSV, where a quoted cell may hold line breaks). */
  atMost(): number;
  /** True when some cell may hold invisible or direction-changing characters (see hiddenCharacters). */
  mayHideCharacters: boolean;
}

/** A problem with a whole file, found while reading it. */
export interface FileProblem {
  code: IssueCode;
  row: number | null;
  value: string | null;
  message: string;
}

export interface Sheet {
  name: string;
  /** The file the sheet is in (an XLSX file has one sheet per worksheet). */
  file: string;
  encoding: string;
  rows?: Rows;
  json?: unknown;
}

export const HEAD_ROWS = 17;

/**
 * C0 controls other than tab and line breaks, zero-width characters, direction marks and overrides
 * (U+202A–202E, U+2066–2069): invisible in a spreadsheet, and able to change how the text around
 * them reads on a page.
 */
export const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** Rows held as a grid (XLSX sheets, JSON items), with what is wrong with a row as cells, by index. */
export function gridRows(grid: Grid, problems: ReadonlyMap<number, RowProblem> = new Map()): Rows {
  return {
    head: grid.slice(0, HEAD_ROWS),
    each(from, fn) {
      for (let i = from; i < grid.length; i++) fn(grid[i]!, i, problems.get(i) ?? null);
    },
    atMost: () => grid.length,
    mayHideCharacters: true,
  };
}

const QUOTE_ERRORS = new Set(['MissingQuotes', 'InvalidQuotes']);

/** A short view of a record's text for a message. */
const excerpt = (s: string): string => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

/** How many times, after a quote error, reading goes back to streaming: past this, the rest is read line by line. */
const MAX_RESUMES = 20;

const QUOTE_MESSAGE = '这一行的引号没有成对（以引号开头的格子必须以引号结束，格子里的引号要写两个 ""）';

type Visit = (row: string[], index: number, problem: RowProblem | null) => boolean | undefined;

/**
 * Every record of CSV text, in order, with `visit` returning false to stop. Streams with papaparse;
 * a quote left open (which would swallow every line after it into one cell) is reported on the
 * record it opens in, and reading goes on line by line: each following line that fails alone is
 * reported too, and at the first line that reads cleanly streaming resumes. After MAX_RESUMES such
 * returns the rest is read line by line, so that a file of broken quotes costs time in proportion
 * to its length.
 */
function walkCsv(text: string, delimiter: string, visit: Visit): void {
  let i = 0;
  let resumes = 0;
  const quoteIn = (errors: readonly Papa.ParseError[]): Papa.ParseError | undefined =>
    errors.length > 0 ? errors.find((e) => QUOTE_ERRORS.has(e.code)) : undefined;
  for (let offset = 0; offset < text.length; ) {
    // streaming, from `offset` to the end or the first quote error
    const part = offset === 0 ? text : text.slice(offset);
    let restart = -1;
    let stopped = false;
    let rowStart = 0;
    Papa.parse<string[]>(part, {
      delimiter,
      newline: '\n',
      step: (r, parser) => {
        const start = rowStart;
        rowStart = r.meta.cursor;
        // papaparse yields one empty record that starts after the final newline: not a row
        if (start >= part.length && r.data.length === 1 && r.data[0] === '') return;
        const quote = quoteIn(r.errors);
        if (quote === undefined) {
          if (visit(r.data, i++, null) === false) {
            stopped = true;
            parser.abort();
          }
          return;
        }
        const lineEnd = part.indexOf('\n', quote.index ?? start);
        const line = part.slice(start, lineEnd < 0 ? part.length : lineEnd);
        const swallowed = lineEnd >= 0 && lineEnd + 1 < r.meta.cursor;
        const message = swallowed
          ? `${QUOTE_MESSAGE}：其后的行被并进了这一格。本行未接收，其后的行已按原样重新读入；请改正本行的引号。`
          : `${QUOTE_MESSAGE}：请改正后重试。`;
        if (visit(r.data, i++, { code: 'quote-error', value: excerpt(line), message }) === false) stopped = true;
        else if (lineEnd >= 0 && lineEnd + 1 < part.length) restart = offset + lineEnd + 1;
        parser.abort();
      },
    });
    if (stopped || restart < 0) return;
    // line by line while lines fail on their own
    for (offset = restart; offset < text.length; ) {
      const nl = text.indexOf('\n', offset);
      const end = nl < 0 ? text.length : nl;
      const line = text.slice(offset, end);
      const r = Papa.parse<string[]>(line, { delimiter, newline: '\n' });
      const quote = quoteIn(r.errors);
      if (quote === undefined && resumes < MAX_RESUMES) {
        resumes++;
        break; // streaming resumes at this line
      }
      const problem =
        quote === undefined ? null : { code: 'quote-error' as const, value: excerpt(line), message: `${QUOTE_MESSAGE}：请改正后重试。` };
      if (visit(r.data[0] ?? [''], i++, problem) === false) return;
      offset = end + 1;
    }
  }
}

/** How much of a CSV text the delimiter is guessed from (papaparse guesses line endings from as much). */
const GUESS_CHARS = 1 << 20;

/** The text up to the last line end within its first GUESS_CHARS characters (all of it when shorter). */
function headText(text: string): string {
  if (text.length <= GUESS_CHARS) return text;
  const end = text.lastIndexOf('\n', GUESS_CHARS);
  return end < 0 ? text : text.slice(0, end);
}

function csvRows(raw: string): Rows {
  // CRLF, LF and CR alike end a row, in any mix (a CRLF file with rows added in another editor is common)
  const text = raw.includes('\r') ? raw.replace(/\r\n?/gu, '\n') : raw;
  // guessed from the head: papaparse would split the whole text into lines once per candidate delimiter
  const delimiter = Papa.parse<string[]>(headText(text), { preview: HEAD_ROWS, newline: '\n', delimitersToGuess: [',', '\t', ';', '|'] })
    .meta.delimiter;
  // the first rows as `each` reads them, so that the header found here is the row `each` skips to
  const head: Grid = [];
  walkCsv(text, delimiter, (row) => head.push(row) < HEAD_ROWS);
  return {
    head,
    each(from, fn) {
      walkCsv(text, delimiter, (row, i, problem) => {
        if (i >= from) fn(row, i, problem);
        return true;
      });
    },
    atMost() {
      let n = 1;
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
      return n;
    },
    mayHideCharacters: HIDDEN_CHARACTERS.test(text),
  };
}

/** All rows of a sheet as one grid (for small tables: statistics, unrecognised files), and what is wrong with each as cells. */
export function allRows(rows: Rows): { grid: Grid; problems: Map<number, RowProblem> } {
  const grid: Grid = [];
  const problems = new Map<number, RowProblem>();
  rows.each(0, (r, i, problem) => {
    grid.push(r);
    if (problem !== null) problems.set(i, problem);
  });
  return { grid, problems };
}

/** How deep a JSON value may nest inside a cell before it is refused. */
const MAX_CELL_DEPTH = 4;

/** A cell's text. JSON arrays become "a;b"; nested values are written as JSON, up to MAX_CELL_DEPTH. */
export function cellText(v: unknown, depth = 0): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e8) / 1e8);
  if (typeof v === 'string') return v;
  if (depth >= MAX_CELL_DEPTH) return '[嵌套过深]';
  if (Array.isArray(v)) return v.map((x) => cellText(x, depth + 1)).join(';');
  if (typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}: ${cellText(x, depth + 1)}`)
      .join(', ')}}`;
  return String(v);
}

/** Reads one file into its sheets, or reports why it cannot be read (and returns none). */
export async function readSheets(file: InputFile, problems: FileProblem[]): Promise<Sheet[]> {
  const lower = file.name.toLowerCase();
  const problem = (code: IssueCode, message: string, row: number | null = null, value: string | null = null): Sheet[] => {
    problems.push({ code, row, value, message });
    return [];
  };
  if (file.bytes.length === 0) return [{ name: file.name, file: file.name, encoding: '—', rows: gridRows([]) }];
  if (lower.endsWith('.xlsx')) {
    try {
      const { default: readXlsx } = await import('read-excel-file/universal');
      const ab = file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength) as ArrayBuffer;
      const sheets = await readXlsx(ab, { trim: false });
      return sheets.map((s) => ({
        name: sheets.length > 1 ? `${file.name}#${s.sheet}` : file.name,
        file: file.name,
        encoding: encodingLabel('xlsx'),
        rows: gridRows(s.data.map((row) => row.map((c) => cellText(c)))),
      }));
    } catch (e) {
      return problem('file-error', `无法读取 Excel 文件（${(e as Error).message}）：请用 Excel 或 WPS 另存为 .xlsx 或 CSV 后重试。`);
    }
  }
  if (lower.endsWith('.xls')) return problem('file-error', '不支持旧版 .xls 格式：请在 Excel 或 WPS 中“另存为”.xlsx 或 CSV 后重试。');
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) {
    const where = decoded.line === null ? '' : `第 ${decoded.line} 行`;
    return problem(
      'encoding-error',
      `文件编码无法识别（${where}第 ${decoded.byteOffset} 字节起不是 UTF-8 或 GB18030）：请用 Excel“另存为 CSV UTF-8（逗号分隔）”后重试。`,
      decoded.line,
    );
  }
  for (const w of decoded.warnings) problems.push({ code: w.code, row: w.line, value: w.value, message: w.message });
  if (lower.endsWith('.json')) {
    try {
      return [{ name: file.name, file: file.name, encoding: encodingLabel('json'), json: JSON.parse(decoded.text) as unknown }];
    } catch (e) {
      const msg = (e as Error).message;
      const pos = /position (\d+)/u.exec(msg);
      const line = pos ? decoded.text.slice(0, Number(pos[1])).split('\n').length : null;
      return problem(
        'type-error',
        `JSON 格式错误${line ? `（第 ${line} 行附近）` : ''}：${msg}。请用 JSON 校验工具检查括号、逗号和引号。`,
        line,
      );
    }
  }
  return [{ name: file.name, file: file.name, encoding: encodingLabel(decoded.encoding), rows: csvRows(decoded.text) }];
}
