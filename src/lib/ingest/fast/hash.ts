/** Content hashes for ids derived from content, and flat string copies for memo keys. */

/** Copy of `s` as one flat string of its own (see RowReader: memo keys). */
export function flatCopy(s: string): string {
  return s.length < 13 ? s : [...s].join('');
}

/**
 * Stable 64-bit content hash (two independent 32-bit FNV-1a/murmur-style lanes), returned as
 * `prefix` + 16 hex digits, for ids derived from content. 32 bits are not enough: a million rows
 * would collide with near certainty (birthday bound), and a collision would reject a valid row as a
 * duplicate. The parts are hashed one after another with a separator instead of being concatenated
 * (charCodeAt on a concatenated string is several times slower), and the result is built as one
 * flat string (a concatenation would keep four string objects alive per id).
 */
export function shortHash(prefix: string, ...parts: readonly string[]): string {
  const h = new ContentHash();
  for (const p of parts) h.add(p);
  return h.digest(prefix);
}

/**
 * shortHash built part by part: `h.reset().add(a).addAll(list).digest(prefix)` equals
 * `shortHash(prefix, a, ...list)`, without building an argument array per call; a state can be
 * kept (`snapshot`) and resumed, so that a prefix shared by many ids is hashed once.
 */
export class ContentHash {
  private h1 = 0x811c9dc5;
  private h2 = 0x9747b28c;

  reset(): this {
    this.h1 = 0x811c9dc5;
    this.h2 = 0x9747b28c;
    return this;
  }

  /** Hashes one part (followed by the unit separator). */
  add(s: string): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    this.h1 = Math.imul(h1 ^ 0x1f, 0x01000193); // unit separator between parts
    this.h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995);
    return this;
  }

  /** The state so far, to resume from later (see `resume`). */
  snapshot(): readonly [number, number] {
    return [this.h1, this.h2];
  }

  /** Continues from a state taken with `snapshot`. */
  resume(state: readonly [number, number]): this {
    this.h1 = state[0];
    this.h2 = state[1];
    return this;
  }

  addAll(parts: readonly string[]): this {
    for (let p = 0; p < parts.length; p++) this.add(parts[p]!);
    return this;
  }

  /** `prefix` + 16 hex digits. */
  digest(prefix: string): string {
    const h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 0x85ebca6b);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 13), 0xc2b2ae35);
    if (prefix.length === 2) {
      // the project-id case: fixed arguments instead of a spread array (see ARCHITECTURE.md, keep)
      return String.fromCharCode(
        prefix.charCodeAt(0),
        prefix.charCodeAt(1),
        hex(h1, 28),
        hex(h1, 24),
        hex(h1, 20),
        hex(h1, 16),
        hex(h1, 12),
        hex(h1, 8),
        hex(h1, 4),
        hex(h1, 0),
        hex(h2, 28),
        hex(h2, 24),
        hex(h2, 20),
        hex(h2, 16),
        hex(h2, 12),
        hex(h2, 8),
        hex(h2, 4),
        hex(h2, 0),
      );
    }
    const codes = new Array<number>(prefix.length + 16);
    for (let i = 0; i < prefix.length; i++) codes[i] = prefix.charCodeAt(i);
    for (let i = 0; i < 8; i++) {
      codes[prefix.length + i] = hex(h1, 28 - 4 * i);
      codes[prefix.length + 8 + i] = hex(h2, 28 - 4 * i);
    }
    return String.fromCharCode(...codes);
  }
}

const HEX_DIGITS = '0123456789abcdef';
/** Character code of the hex digit of `h` at bit `shift`. */
const hex = (h: number, shift: number): number => HEX_DIGITS.charCodeAt((h >>> shift) & 15);
