/**
 * Data validation (drop-down lists, number checks, input prompts) added to an XLSX that
 * write-excel-file made, which cannot write it: the sheet's XML gets a <dataValidations> element
 * at the place the OOXML schema orders it (after <sheetData> and <mergeCells>, before
 * <hyperlinks>, <printOptions>, <pageMargins>…). Excel, WPS and LibreOffice show the list as a
 * drop-down and refuse other values. Pure: bytes in, bytes out (fflate).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface Validation {
  /** Cells, e.g. "D5:D2000". */
  range: string;
  /** A fixed list (drop-down), a decimal / whole number at least `min`, or any value (a prompt only). */
  kind: { list: readonly string[] } | { decimal: { min: number } } | { whole: { min: number } } | 'any';
  /** Shown when a cell is selected (title ≤ 32, text ≤ 255 characters, as Excel allows). */
  prompt: { title: string; text: string };
  /** Shown when a value is refused. */
  error: string;
}

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function validationXml(v: Validation): string {
  if (v.kind === 'any')
    return `<dataValidation type="none" allowBlank="1" showInputMessage="1" promptTitle="${esc(v.prompt.title)}" prompt="${esc(v.prompt.text)}" sqref="${v.range}"/>`;
  const common = `allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="${esc(v.prompt.title)}" error="${esc(v.error)}" promptTitle="${esc(v.prompt.title)}" prompt="${esc(v.prompt.text)}" sqref="${v.range}"`;
  if ('list' in v.kind) {
    const list = v.kind.list.join(',');
    if (list.length > 255) throw new Error('A drop-down list written in the cell rule holds at most 255 characters');
    return `<dataValidation type="list" ${common}><formula1>"${esc(list)}"</formula1></dataValidation>`;
  }
  const [type, min] = 'decimal' in v.kind ? ['decimal', v.kind.decimal.min] : ['whole', v.kind.whole.min];
  return `<dataValidation type="${type}" operator="greaterThanOrEqual" ${common}><formula1>${min}</formula1></dataValidation>`;
}

/** Elements that come after <dataValidations> in a worksheet (ECMA-376, CT_Worksheet). */
const AFTER = [
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'drawing',
  'legacyDrawing',
  'tableParts',
  'extLst',
];

/** The workbook with `validations` on its first sheet. */
export function withValidations(xlsx: Uint8Array, validations: readonly Validation[]): Uint8Array {
  const files = unzipSync(xlsx);
  const name = 'xl/worksheets/sheet1.xml';
  const sheet = files[name];
  if (!sheet) throw new Error('No first worksheet in the workbook');
  let xml = strFromU8(sheet);
  if (xml.includes('<dataValidations')) throw new Error('The sheet has data validation already');
  const block = `<dataValidations count="${validations.length}">${validations.map(validationXml).join('')}</dataValidations>`;
  const next = AFTER.map((tag) => xml.indexOf(`<${tag}`)).filter((i) => i >= 0);
  const at = next.length > 0 ? Math.min(...next) : xml.lastIndexOf('</worksheet>');
  xml = xml.slice(0, at) + block + xml.slice(at);
  files[name] = strToU8(xml);
  return zipSync(files);
}
