/**
 * The I/O edge of the data pipeline: finds input files on disk, reads their bytes and the region
 * table, and hands them to the pure pipeline in src/lib/ingest. Used by `npm run data:check` and
 * by the site build, so both run exactly the same checks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import regionsJson from '../generated/regions.json' with { type: 'json' };
import { ingest, type IngestResult, type InputFile } from '../lib/ingest/pipeline.ts';
import type { RegionRow } from '../lib/regions.ts';

const INPUT_EXT = /\.(csv|tsv|txt|json|xlsx|xls)$/iu;

/** The project root: commands (npm scripts, astro build) run from it. */
export const ROOT = process.cwd();

/** The data folder: $DATA_DIR if set (relative to the current directory), else data/. */
export function dataDir(): string {
  return process.env['DATA_DIR'] ? resolve(process.env['DATA_DIR']) : join(ROOT, 'data');
}

/** Input files under the given paths (files or folders, recursively; hidden files and README skipped). */
export function listInputFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith('.') || name.startsWith('~$')) continue;
        walk(join(p, name));
      }
    } else if (INPUT_EXT.test(p) && !/readme/iu.test(p)) out.push(p);
  };
  for (const p of paths) walk(resolve(p));
  return out;
}

/** Rows of src/generated/regions.json. */
export function loadRegionRows(): RegionRow[] {
  return (regionsJson as unknown as { rows: RegionRow[] }).rows;
}

/** Reads and checks the given paths; file names in the report are relative to `base`. */
export async function checkPaths(paths: readonly string[], base = process.cwd()): Promise<IngestResult> {
  const files: InputFile[] = listInputFiles(paths).map((f) => ({ name: relative(base, f) || f, bytes: readFileSync(f) }));
  return ingest(files, { regionRows: loadRegionRows() });
}
