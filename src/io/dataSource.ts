/**
 * The I/O edge of the data pipeline: finds input files on disk, reads their bytes and the region
 * table, and hands them to the pure pipeline in src/lib/ingest. Used by `npm run data:check` and
 * by the site build, so both run exactly the same checks.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { REFERENCE_DIR } from './sitePaths.ts';
import { REGION_ROWS } from '../lib/regionTable.ts';
import { makeIssue, type Issue } from '../lib/ingest/issues.ts';
import { ingest, type IngestResult, type InputFile, type SkippedFile } from '../lib/ingest/pipeline.ts';
import type { RegionRow } from '../lib/regions.ts';

const INPUT_EXT = /\.(csv|tsv|txt|json|xlsx|xls)$/iu;

export { dataDir, ROOT } from './sitePaths.ts';

export interface Listing {
  /** Absolute paths of the files to read. */
  files: string[];
  /** Files inside the folders that are not read, with why (paths as given to `name`). */
  skipped: SkippedFile[];
  /** Folders that could not be listed (a link that loops back, no permission). */
  issues: Issue[];
}

/** Why a file found in a folder is not read, or null when it is a data file. */
function skipReason(name: string): string | null {
  if (name.startsWith('~$')) return 'Excel/WPS 打开文件时留下的临时文件';
  if (name.startsWith('.')) return '隐藏文件';
  if (/^readme/iu.test(name)) return '说明文件';
  if (!INPUT_EXT.test(name)) return '不是数据文件格式（可读入 .csv、.tsv、.txt、.json、.xlsx）';
  return null;
}

/**
 * Input files under the given paths. A file named here is always read, whatever its name; inside
 * folders (recursively) hidden files, lock files, READMEs and other formats are skipped and listed.
 * A folder reached twice (a link looping back) is reported, not followed again.
 */
export function listInputFiles(paths: readonly string[], name: (abs: string) => string = (p) => p): Listing {
  const out: Listing = { files: [], skipped: [], issues: [] };
  const seen = new Set<string>();
  const skip = (p: string, message: string): void => {
    out.issues.push(makeIssue('file-error', name(p), null, null, null, message));
  };
  const walk = (p: string, named: boolean): void => {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why =
        code === 'ELOOP'
          ? '是一个循环指向自身的链接'
          : code === 'ENOENT'
            ? '是一个指向不存在位置的链接'
            : `无法读取（${code ?? String(e)}）`;
      skip(p, `${why}：已跳过。请删除或改正这个链接。`);
      return;
    }
    if (st.isDirectory()) {
      const real = realpathSync(p);
      if (seen.has(real)) {
        skip(p, '这个文件夹链接指回了已读过的文件夹（循环链接）：已跳过。请删除或改正这个链接。');
        return;
      }
      seen.add(real);
      let entries: string[];
      try {
        entries = readdirSync(p).sort();
      } catch (e) {
        skip(p, `无法打开这个文件夹（${(e as NodeJS.ErrnoException).code ?? String(e)}）：已跳过。请检查权限。`);
        return;
      }
      for (const entry of entries) {
        const child = join(p, entry);
        const kind = entryKind(child);
        const reason = kind === 'folder' ? (entry.startsWith('.') ? '隐藏文件夹' : null) : skipReason(entry);
        if (kind !== 'unreadable' && reason !== null) out.skipped.push({ file: name(child), reason });
        else walk(child, false); // an unreadable entry is reported there
      }
    } else if (named || skipReason(basename(p)) === null) out.files.push(p);
    else out.skipped.push({ file: name(p), reason: skipReason(basename(p))! });
  };
  for (const p of paths) walk(resolve(p), true);
  return out;
}

function entryKind(p: string): 'folder' | 'file' | 'unreadable' {
  try {
    return statSync(p).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'unreadable'; // a broken or looping link
  }
}

/** Rows of src/generated/regions.json. */
export function loadRegionRows(): readonly RegionRow[] {
  return REGION_ROWS;
}

/**
 * Reads and checks the given paths, with the product's reference data (reference/) unless
 * `withReference` is false; file names in the report are relative to `base`.
 */
export async function checkPaths(paths: readonly string[], base = process.cwd(), withReference = true): Promise<IngestResult> {
  const rel = (f: string): string => relative(base, f) || f;
  const listing = listInputFiles(paths, rel);
  const reference = withReference ? listInputFiles([REFERENCE_DIR], rel).files.filter((f) => !listing.files.includes(f)) : [];
  const files: InputFile[] = [];
  const issues = [...listing.issues];
  for (const f of [...listing.files, ...reference]) {
    try {
      files.push({ name: rel(f), bytes: readFileSync(f), ...(reference.includes(f) ? { reference: true } : {}) });
    } catch (e) {
      issues.push(
        makeIssue(
          'file-error',
          rel(f),
          null,
          null,
          null,
          `无法读取这个文件（${(e as NodeJS.ErrnoException).code ?? String(e)}）：请检查权限，或确认它没有被其他程序占用。`,
        ),
      );
    }
  }
  return ingest(files, {
    regionRows: loadRegionRows(),
    skipped: listing.skipped,
    listingIssues: issues,
    inputLabel: paths.map(rel).join('、'),
  });
}
