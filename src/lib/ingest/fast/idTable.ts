/**
 * A set of record ids that says, for an id seen before, which record had it first.
 *
 * Why not a `Set<string>`: at a million project rows a `Set` holding every id cost a second of
 * CPU, mostly garbage collection: its table is a heap object of a million pointers that every collection must trace
 * and that is copied on each growth. Here the table holds only numbers, in a typed array that the
 * collector never scans: two independent 32-bit hashes of the id and the index of the record that
 * has it. Equal hashes are confirmed by comparing the ids themselves (`idAt`), so a hash collision
 * can never make two different ids count as duplicates.
 */
export class IdTable {
  private readonly idAt: (index: number) => string;
  /**
   * Open addressing, linear probing. Slot i is the three numbers at 3i: record index + 1 (0 when
   * empty), hash A, hash B. Kept together so that a probe touches one cache line: with three
   * separate arrays each insert into a table of millions of slots cost three cache misses.
   */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  /** `idAt(i)` is the id of record i (the index passed to `addOrFind`). */
  constructor(idAt: (index: number) => string, capacity = 1024) {
    this.idAt = idAt;
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 3);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /**
   * Adds `id` as the id of record `index` and returns -1; or, when a record already has this id,
   * adds nothing and returns that record's index.
   */
  addOrFind(id: string, index: number): number {
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
    b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
    const slots = this.slots;
    let s = (a & this.mask) * 3;
    for (;;) {
      const at = slots[s]!;
      if (at === 0) break;
      if (slots[s + 1] === a && slots[s + 2] === b && this.idAt(at - 1) === id) return at - 1;
      s = s + 3 === slots.length ? 0 : s + 3;
    }
    slots[s] = index + 1;
    slots[s + 1] = a;
    slots[s + 2] = b;
    if (++this.count * 2 > this.mask) this.grow((this.mask + 1) * 2);
    return -1;
  }

  /**
   * Makes room for `more` further ids without growing, e.g. for a file's rows before they are read
   * (growing by doubling re-places every entry, each a cache miss in a large table).
   */
  reserve(more: number): void {
    let size = this.mask + 1;
    while ((this.count + more) * 2 > size - 1) size *= 2;
    if (size > this.mask + 1) this.grow(size);
  }

  /** Replaces the table by one of `size` slots (a power of two), re-placing every entry by its stored hash. */
  private grow(size: number): void {
    const old = this.slots;
    const slots = new Int32Array(size * 3);
    this.mask = size - 1;
    for (let o = 0; o < old.length; o += 3) {
      if (old[o] === 0) continue;
      let s = (old[o + 1]! & this.mask) * 3;
      while (slots[s] !== 0) s = s + 3 === slots.length ? 0 : s + 3;
      slots[s] = old[o]!;
      slots[s + 1] = old[o + 1]!;
      slots[s + 2] = old[o + 2]!;
    }
    this.slots = slots;
  }
}
