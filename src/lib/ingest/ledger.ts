/**
 * The account of every file: which table it was read as, and for each record the file holds
 * whether it was accepted, rejected (with at least one must-fix error on its row) or skipped (blank,
 * a note, a 合计 line). The issues of the whole check are collected here too.
 */
import { makeIssue, type Issue, type IssueCode } from './issues.ts';
import type { BoundColumn } from './rowReader.ts';
import type { TableKind } from './tables/spec.ts';

export interface FileReport {
  file: string;
  /** Which table the file (or sheet) was recognised as; null when it could not be read. */
  table: TableKind | null;
  tableLabel: string | null;
  /** How the bytes were decoded. */
  encoding: string | null;
  /** Spreadsheet row of the (last) header row; null when none was found. Rows above it are titles. */
  headerRow: number | null;
  /** Records after the header row that are read as records: rowsAccepted + rowsRejected. */
  rowsIn: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Rows after the header that are not records: blank, 备注/注 notes and 合计 lines (listed, not in rowsIn). */
  rowsSkipped: number;
}

/** A file the check did not read, and why (hidden, a lock file, not a table format). */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** Where a record came from. */
export interface Origin {
  file: string;
  row: number;
  columns: ReadonlyMap<string, BoundColumn>;
}

/** A record with where it came from. */
export interface Tracked<T> extends Origin {
  value: T;
}

class FileAccount {
  readonly report: FileReport;
  readonly rejected = new Set<number>();
  /** Set when the whole file is refused (a required column missing, an unknown table). */
  refused = false;

  constructor(file: string, encoding: string | null) {
    this.report = {
      file,
      table: null,
      tableLabel: null,
      encoding,
      headerRow: null,
      rowsIn: 0,
      rowsAccepted: 0,
      rowsRejected: 0,
      rowsSkipped: 0,
    };
  }
}

export class Ledger {
  readonly issues: Issue[] = [];
  private readonly accounts = new Map<string, FileAccount>();

  /** The account of a file (or sheet), opened on first use. */
  account(file: string, encoding: string | null = null): FileAccount {
    let a = this.accounts.get(file);
    if (!a) {
      a = new FileAccount(file, encoding);
      this.accounts.set(file, a);
    }
    return a;
  }

  issue(code: IssueCode, file: string, row: number | null, column: string | null, value: string | null, message: string): void {
    this.issues.push(makeIssue(code, file, row, column, value, message));
  }

  /** Rejects a record found wrong after its row was read (a duplicate key, the schema check). */
  reject(o: Origin, code: IssueCode, key: string | null, value: string | null, message: string): void {
    this.issue(code, o.file, o.row, key === null ? null : (o.columns.get(key)?.header ?? key), value, message);
    this.account(o.file).rejected.add(o.row);
  }

  isRejected(o: Origin): boolean {
    return this.accounts.get(o.file)?.rejected.has(o.row) ?? false;
  }

  /** The records whose key no earlier record has; each later one is rejected as a duplicate. */
  uniqueBy<T>(list: readonly Tracked<T>[], key: (v: T) => string, column: string, what: string): Tracked<T>[] {
    const seen = new Map<string, Origin>();
    const out: Tracked<T>[] = [];
    for (const t of list) {
      const k = key(t.value);
      const first = seen.get(k);
      if (first) {
        this.reject(
          t,
          'unique-error',
          column,
          k,
          `${what}“${k}”重复：与 ${first.file} 第 ${first.row} 行相同。请删除重复行，或改用不同的${what}。`,
        );
        continue;
      }
      seen.set(k, t);
      out.push(t);
    }
    return out;
  }

  /** The file reports, in file order, with rowsAccepted and rowsRejected settled. */
  files(): FileReport[] {
    const out: FileReport[] = [];
    for (const a of [...this.accounts.values()].sort((x, y) => x.report.file.localeCompare(y.report.file))) {
      a.report.rowsRejected = a.refused ? a.report.rowsIn : a.rejected.size;
      a.report.rowsAccepted = a.report.rowsIn - a.report.rowsRejected;
      out.push(a.report);
    }
    return out;
  }
}

export type { FileAccount };
