import { describe, expect, it } from 'vitest';
import { decodeText, encodingLabel, type DecodeResult } from '../../../src/lib/ingest/decode.ts';

const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
const utf16le = (s: string): number[] => {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8);
  return out;
};
const utf16be = (s: string): number[] => {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) >> 8, s.charCodeAt(i) & 0xff);
  return out;
};

/** "社会组织" in GBK/GB18030. */
const GBK_SHEHUIZUZHI = [0xc9, 0xe7, 0xbb, 0xe1, 0xd7, 0xe9, 0xd6, 0xaf];
/** "名称,金额\r\n" in GBK. */
const GBK_HEADER = [0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0d, 0x0a];

describe('test fixtures', () => {
  it.each([
    { bytes: GBK_SHEHUIZUZHI, expected: '社会组织' },
    { bytes: GBK_HEADER, expected: '名称,金额\r\n' },
  ])('GBK bytes decode to $expected with TextDecoder(gb18030)', ({ bytes, expected }) => {
    expect(new TextDecoder('gb18030', { fatal: true }).decode(new Uint8Array(bytes))).toBe(expected);
  });

  it.each([
    { bytes: [0x81, 0x20, 0xff, 0xfe, 0x00] },
    { bytes: [0x41, 0x81, 0x20] },
    { bytes: [0xc9, 0xe7, 0xbb, 0xe1, 0x81, 0x20] },
    { bytes: [0x41, 0xff] },
  ])('$bytes is rejected by strict GB18030 and strict UTF-8', ({ bytes }) => {
    expect(() => new TextDecoder('gb18030', { fatal: true }).decode(new Uint8Array(bytes))).toThrow();
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes))).toThrow();
  });
});

describe('decodeText', () => {
  it.each<{ name: string; bytes: number[]; expected: DecodeResult }>([
    { name: 'empty input', bytes: [], expected: { ok: true, text: '', encoding: 'utf-8', warnings: [] } },
    { name: 'pure ASCII', bytes: utf8('name,amount\n'), expected: { ok: true, text: 'name,amount\n', encoding: 'utf-8', warnings: [] } },
    {
      name: 'UTF-8 without BOM',
      bytes: utf8('社会组织,金额'),
      expected: { ok: true, text: '社会组织,金额', encoding: 'utf-8', warnings: [] },
    },
    {
      name: 'UTF-8 full-width text',
      bytes: utf8('１２，３４５'),
      expected: { ok: true, text: '１２，３４５', encoding: 'utf-8', warnings: [] },
    },
    {
      name: 'UTF-8 with BOM (BOM stripped)',
      bytes: [0xef, 0xbb, 0xbf, ...utf8('社会组织')],
      expected: { ok: true, text: '社会组织', encoding: 'utf-8-bom', warnings: [] },
    },
    { name: 'UTF-8 BOM only', bytes: [0xef, 0xbb, 0xbf], expected: { ok: true, text: '', encoding: 'utf-8-bom', warnings: [] } },
    {
      name: 'UTF-16LE with BOM',
      bytes: [0xff, 0xfe, ...utf16le('社会组织\tA')],
      expected: { ok: true, text: '社会组织\tA', encoding: 'utf-16le', warnings: [] },
    },
    {
      name: 'UTF-16BE with BOM',
      bytes: [0xfe, 0xff, ...utf16be('社会组织')],
      expected: { ok: true, text: '社会组织', encoding: 'utf-16be', warnings: [] },
    },
    { name: 'GBK', bytes: GBK_SHEHUIZUZHI, expected: { ok: true, text: '社会组织', encoding: 'gb18030', warnings: [] } },
    { name: 'GBK CSV header', bytes: GBK_HEADER, expected: { ok: true, text: '名称,金额\r\n', encoding: 'gb18030', warnings: [] } },
    {
      name: 'ASCII then GBK',
      bytes: [...utf8('id,'), ...GBK_SHEHUIZUZHI],
      expected: { ok: true, text: 'id,社会组织', encoding: 'gb18030', warnings: [] },
    },
  ])('$name', ({ bytes, expected }) => {
    expect(decodeText(new Uint8Array(bytes))).toEqual(expected);
  });

  it.each([
    { name: 'bad lead byte first', bytes: [0x81, 0x20, 0xff, 0xfe, 0x00], byteOffset: 0 },
    { name: 'ASCII then bad pair', bytes: [0x41, 0x81, 0x20], byteOffset: 1 },
    { name: 'ASCII then 0xff', bytes: [0x41, 0xff], byteOffset: 1 },
    { name: 'valid GBK then a broken pair', bytes: [...GBK_SHEHUIZUZHI.slice(0, 4), 0x81, 0x20], byteOffset: 4 },
    { name: 'valid UTF-8 then 0xff', bytes: [...utf8('中文'), 0xff], byteOffset: 6 },
    { name: 'GBK cut in the middle of a character', bytes: GBK_SHEHUIZUZHI.slice(0, 3), byteOffset: 2 },
    { name: 'UTF-8 with BOM, then an invalid byte', bytes: [0xef, 0xbb, 0xbf, 0x41, 0xff], byteOffset: 4 },
  ])('$name → ok:false at byte $byteOffset', ({ bytes, byteOffset }) => {
    expect(decodeText(new Uint8Array(bytes))).toEqual({ ok: false, byteOffset, line: 1 });
  });

  it('accepts a subarray view (offset into a larger buffer)', () => {
    const buf = new Uint8Array([0x00, 0x00, ...GBK_SHEHUIZUZHI]);
    expect(decodeText(buf.subarray(2))).toEqual({ ok: true, text: '社会组织', encoding: 'gb18030', warnings: [] });
  });
});

describe('encodingLabel', () => {
  it.each([
    { input: 'utf-8', expected: 'UTF-8' },
    { input: 'utf-8-bom', expected: 'UTF-8（带 BOM）' },
    { input: 'utf-16le', expected: 'UTF-16LE（Unicode 文本）' },
    { input: 'utf-16be', expected: 'UTF-16BE' },
    { input: 'gb18030', expected: 'GB18030/GBK' },
    { input: 'xlsx', expected: 'Excel 工作簿（XLSX）' },
    { input: 'json', expected: 'JSON（UTF-8）' },
  ] as const)('$input → $expected', ({ input, expected }) => {
    expect(encodingLabel(input)).toBe(expected);
  });
});
