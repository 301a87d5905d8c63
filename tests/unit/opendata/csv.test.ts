import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvPieces, defuseFormula, numberText, toCsv, type CsvValue } from '../../../src/lib/opendata/csv.ts';

describe('defuseFormula', () => {
  it.each([
    { input: '=HYPERLINK("http://x","点我")', expected: `'=HYPERLINK("http://x","点我")` },
    { input: '+86 10 1234', expected: "'+86 10 1234" },
    { input: '-2+3', expected: "'-2+3" },
    { input: '@SUM(A1:A2)', expected: "'@SUM(A1:A2)" },
    { input: '\t=1+1', expected: "'\t=1+1" },
    { input: '\r=1+1', expected: "'\r=1+1" },
    { input: '-', expected: "'-" },
    // plain negative numbers are values, not formulas
    { input: '-3', expected: '-3' },
    { input: '-0.5', expected: '-0.5' },
    { input: '约-3', expected: '约-3' },
    { input: '教育', expected: '教育' },
    { input: '', expected: '' },
    { input: ' =1', expected: ' =1' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(defuseFormula(input)).toBe(expected);
  });
});

describe('csvField', () => {
  it.each<{ input: CsvValue; expected: string }>([
    { input: null, expected: '' },
    { input: '', expected: '' },
    { input: 0, expected: '0' },
    { input: 26.5, expected: '26.5' },
    { input: '逗号,在内', expected: '"逗号,在内"' },
    { input: '引号"在内', expected: '"引号""在内"' },
    { input: '换行\n在内', expected: '"换行\n在内"' },
    { input: '回车\r\n在内', expected: '"回车\r\n在内"' },
    { input: '分号;不用引号', expected: '分号;不用引号' },
    // untrusted text is written as text: a CSV is not HTML, nothing to escape but the quotes
    { input: '<img src=x onerror=alert(1)>基金会', expected: '<img src=x onerror=alert(1)>基金会' },
    { input: '=cmd|"/c calc"!A1', expected: `"'=cmd|""/c calc""!A1"` },
  ])('$input', ({ input, expected }) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe('numberText', () => {
  it.each([
    { input: 0, expected: '0' },
    { input: 1013, expected: '1013' },
    { input: 0.000123, expected: '0.000123' },
    { input: 1e-7, expected: '0.0000001' },
    { input: 1e21, expected: '1000000000000000000000' },
    { input: -2.5, expected: '-2.5' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(numberText(input)).toBe(expected);
  });

  it('refuses NaN and infinities', () => {
    expect(() => numberText(Number.NaN)).toThrow(/非有限/u);
    expect(() => numberText(Number.POSITIVE_INFINITY)).toThrow(/非有限/u);
  });
});

describe('toCsv', () => {
  const text = toCsv(
    ['名称（name）', '金额（万元）（wan）'],
    [
      ['甲,乙', 1.5],
      ['<img src=x onerror=alert(1)>基金会', null],
      ['=1+1', -3],
    ],
  );

  it('starts with the UTF-8 BOM and ends every line with CRLF', () => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/gu, '').includes('\n')).toBe(false);
    expect(text.split('\r\n')).toHaveLength(5); // header, three rows, and the empty string after the last CRLF
  });

  it('reads back with an RFC 4180 parser to the same cells (null → empty, formulas defused)', () => {
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toEqual([
      ['名称（name）', '金额（万元）（wan）'],
      ['甲,乙', '1.5'],
      ['<img src=x onerror=alert(1)>基金会', ''],
      ["'=1+1", '-3'],
    ]);
  });

  it('writes a header-only file for no rows', () => {
    expect(toCsv(['a'], [])).toBe(`${BOM}a\r\n`);
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['x']])).toThrow(/列数/u);
  });

  it('is written in pieces of whole lines for many rows (csvPieces), the same text joined', () => {
    const rows = Array.from({ length: 4500 }, (_, i): CsvValue[] => [`第${i}行`, i]);
    const pieces = [...csvPieces(['名称', '数'], rows)];
    expect(pieces.join('')).toBe(toCsv(['名称', '数'], rows));
    expect(pieces).toHaveLength(4); // the header, then 2000 + 2000 + 500 rows
    for (const p of pieces) expect(p.endsWith('\r\n')).toBe(true);
  });
});
