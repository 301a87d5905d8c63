/**
 * Bytes → text, with the encoding said out loud. Chinese Excel saves CSV as GB18030/GBK by default
 * ("CSV (逗号分隔)") and as UTF-8 with a BOM ("CSV UTF-8"); "Unicode 文本" is UTF-16LE with a BOM.
 * Detection: a BOM decides; otherwise strict UTF-8 is tried first (pure ASCII is UTF-8), then strict
 * GB18030 (a superset of GBK and GB2312). Anything that decodes as neither is an encoding error.
 */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'mixed';

/** Something the reader had to guess, said out loud (an advisory of the report). */
export interface DecodeWarning {
  code: 'mixed-encoding' | 'encoding-guess';
  /** First line concerned (1-based), or null for the whole file. */
  line: number | null;
  value: string | null;
  message: string;
}

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; warnings: DecodeWarning[] }
  | { ok: false; byteOffset: number; line: number | null };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Walks the bytes to find where strict UTF-8 decoding fails, for the error message.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

function firstInvalidGb18030(bytes: Uint8Array): number {
  // Longest prefix strict GB18030 accepts (streaming, so a character cut at the end is fine);
  // once a prefix fails every longer one does, so a binary search finds it.
  const accepts = (n: number, stream: boolean): boolean => {
    try {
      new TextDecoder('gb18030', { fatal: true }).decode(bytes.subarray(0, n), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (accepts(mid, true)) lo = mid;
    else hi = mid - 1;
  }
  // Step back to the start of the character that broke (GB18030 characters are at most 4 bytes).
  let start = lo;
  while (start > 0 && lo - start < 3 && !accepts(start, false)) start--;
  return start;
}

/** 1-based line of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * UTF-16 saved without a BOM: text files in UTF-8 or GB18030 never hold a zero byte, while UTF-16
 * writes one beside every ASCII character (digits, commas, line breaks), on odd offsets in
 * little-endian and even ones in big-endian.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 65_536) & ~1;
  if (n < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.05 && even <= odd / 20) return 'utf-16le';
  if (even >= pairs * 0.05 && odd <= even / 20) return 'utf-16be';
  return null;
}

const UTF16_NAME = { 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE' } as const;

/**
 * A file that is not UTF-8 as a whole: decoded line by line (a line break is one byte 0x0A in both
 * encodings, never part of a GB18030 character), each line as UTF-8 when it is valid UTF-8 and holds
 * characters beyond ASCII, else as GB18030. Files pasted together from two sources mix the two, and
 * decoding all of it as GB18030 would turn the UTF-8 lines into mojibake without a word.
 */
function decodeLines(bytes: Uint8Array): DecodeResult {
  // first only classify the lines (cheap: a GB18030 line fails as UTF-8 on its first byte above ASCII)
  const utf8Lines: number[] = [];
  let gbLines = 0;
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    let high = start;
    while (high < end && bytes[high]! < 0x80) high++;
    if (high < end) {
      if (firstInvalidUtf8(bytes.subarray(start, end)) < 0) utf8Lines.push(line);
      else gbLines++;
    }
    start = end + 1;
  }
  const gb = new TextDecoder('gb18030', { fatal: true });
  if (utf8Lines.length === 0) {
    try {
      return { ok: true, text: gb.decode(bytes), encoding: 'gb18030', warnings: [] };
    } catch {
      const at = Math.max(0, firstInvalidUtf8(bytes), firstInvalidGb18030(bytes));
      return { ok: false, byteOffset: at, line: lineAt(bytes, at) };
    }
  }
  const utf8Set = new Set(utf8Lines);
  const parts: string[] = [];
  line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const chunk = bytes.subarray(start, end);
    try {
      parts.push(utf8Set.has(line) ? utf8.decode(chunk) : gb.decode(chunk));
    } catch {
      return { ok: false, byteOffset: start + Math.max(0, firstInvalidGb18030(chunk)), line };
    }
    start = end + 1;
  }
  const shown = utf8Lines.slice(0, 10).join('、') + (utf8Lines.length > 10 ? ` 等 ${utf8Lines.length} 行` : ' 行');
  return {
    ok: true,
    text: parts.join('\n'),
    encoding: gbLines > 0 ? 'mixed' : 'utf-8',
    warnings: [
      {
        code: 'mixed-encoding',
        line: utf8Lines[0]!,
        value: `UTF-8：${utf8Lines.length} 行；GB18030：${gbLines} 行`,
        message: `文件混用了两种编码：第 ${shown}是 UTF-8，其余含中文的 ${gbLines} 行是 GB18030/GBK。已逐行按各自的编码读入；请核对这些行的文字，并把文件整体另存为“CSV UTF-8（逗号分隔）”。`,
      },
    ],
  };
}

/** Decodes bytes to text, detecting UTF-8 (with or without BOM), UTF-16 (with or without BOM), GB18030 and a mix of UTF-8 and GB18030 lines. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return { ok: true, text: utf8.decode(bytes.subarray(3)), encoding: 'utf-8-bom', warnings: [] };
    } catch {
      // a UTF-8 file with GB18030 lines pasted in: line by line, as without the BOM
      const r = decodeLines(bytes.subarray(3));
      return r.ok ? r : { ...r, byteOffset: r.byteOffset + 3 };
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };
  }
  const utf16 = bytes.includes(0) ? utf16WithoutBom(bytes) : null;
  if (utf16 !== null) {
    return {
      ok: true,
      text: new TextDecoder(utf16).decode(bytes),
      encoding: utf16,
      warnings: [
        {
          code: 'encoding-guess',
          line: null,
          value: UTF16_NAME[utf16],
          message: `文件没有编码标记（BOM），按其字节判断为 ${UTF16_NAME[utf16]}（Unicode 文本）读入：请核对中文是否正确，最好另存为“CSV UTF-8（逗号分隔）”。`,
        },
      ],
    };
  }
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    // not UTF-8 as a whole: GB18030, or lines of both
  }
  return decodeLines(bytes);
}

/** Chinese name of an encoding, for reports. */
export function encodingLabel(e: TextEncodingName | 'xlsx' | 'json'): string {
  switch (e) {
    case 'utf-8':
      return 'UTF-8';
    case 'utf-8-bom':
      return 'UTF-8（带 BOM）';
    case 'utf-16le':
      return 'UTF-16LE（Unicode 文本）';
    case 'utf-16be':
      return 'UTF-16BE';
    case 'gb18030':
      return 'GB18030/GBK';
    case 'mixed':
      return 'UTF-8 与 GB18030 混用（逐行读入）';
    case 'xlsx':
      return 'Excel 工作簿（XLSX）';
    case 'json':
      return 'JSON（UTF-8）';
  }
}
