/**
 * The blank official templates as XLSX bytes (附件2 项目明细表 with its drop-down and checks, 附件1
 * 情况统计表), from the grids of src/lib/site/newSite.ts: written by `npm run new` into a new site
 * folder and served on the data-check page for reporting units to download.
 */
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { annex1Blank, annex2Blank, annex2Validations } from '../lib/site/newSite.ts';
import { withValidations } from '../lib/site/xlsxValidation.ts';

/** A template grid as a sheet: the title and header rows in bold. */
const sheet = (grid: (string | null)[][], boldRows: readonly number[]): SheetData =>
  grid.map((row, i) =>
    row.map((v) => (v === null ? null : { value: v, wrap: true, ...(boldRows.includes(i) ? { fontWeight: 'bold' as const } : {}) })),
  );

/** The blank 附件2 for `year`. */
export async function annex2Template(year: number): Promise<Uint8Array> {
  const bytes = await writeXlsxFile(sheet(annex2Blank(year), [0, 3]), {
    columns: [28, 24, 30, 14, 14, 12, 12].map((width) => ({ width })),
  }).toBuffer();
  return withValidations(new Uint8Array(bytes), annex2Validations());
}

/** The blank 附件1 for `year`. */
export async function annex1Template(year: number): Promise<Uint8Array> {
  const bytes = await writeXlsxFile(sheet(annex1Blank(year), [0, 2, 3]), {
    columns: [12, 16, ...Array<number>(10).fill(11)].map((width) => ({ width })),
  }).toBuffer();
  return new Uint8Array(bytes);
}

/** File names of the templates: saved under the Chinese name, served under an ASCII one. */
export const TEMPLATE_FILES = [
  { file: 'annex2', title: '附件2 项目明细表', saveAs: (y: number) => `附件2-${y}-项目明细表.xlsx`, make: annex2Template },
  { file: 'annex1', title: '附件1 情况统计表', saveAs: (y: number) => `附件1-${y}-情况统计表.xlsx`, make: annex1Template },
] as const;

/** The year the downloadable templates are titled with: the year of the build (a clerk fills in this year's). */
export const templateYear = (): number => new Date().getFullYear();
