/**
 * Bytes → text, with the encoding said out loud. Chinese Excel saves CSV as GB18030/GBK by default
 * ("CSV (逗号分隔)") and as UTF-8 with a BOM ("CSV UTF-8"); "Unicode 文本" is UTF-16LE with a BOM.
 * Detection: a BOM decides; otherwise strict UTF-8 is tried first (pure ASCII is UTF-8), then strict
 * GB18030 (a superset of GBK and GB2312). Anything that decodes as neither is an encoding error.
 */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; byteOffset: number };

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

/** Decodes bytes to text, detecting UTF-8 (with or without BOM), UTF-16 (with BOM) and GB18030. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return { ok: true, text: utf8.decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
    } catch {
      return { ok: false, byteOffset: 3 + firstInvalidUtf8(bytes.subarray(3)) };
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: try GB18030
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: 'gb18030' };
  } catch {
    // Report where the bytes stop being readable as either encoding.
    return { ok: false, byteOffset: Math.max(0, firstInvalidUtf8(bytes), firstInvalidGb18030(bytes)) };
  }
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
    case 'xlsx':
      return 'Excel 工作簿（XLSX）';
    case 'json':
      return 'JSON（UTF-8）';
  }
}
