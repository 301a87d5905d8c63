import { describe, expect, it } from 'vitest';
import { IdTable } from '../../../../src/lib/ingest/fast/index.ts';

describe('IdTable', () => {
  it('adds new ids and finds the first record of a repeated id, across growth', () => {
    const ids: string[] = [];
    const table = new IdTable((i) => ids[i]!, 4);
    for (let i = 0; i < 5000; i++) {
      const id = `p-${(i * 7919) % 4001}`; // ids repeat after 4001 rows
      const first = table.addOrFind(id, ids.length);
      if (i < 4001) {
        expect(first).toBe(-1);
        ids.push(id);
      } else {
        expect(first).toBe(ids.indexOf(id));
      }
    }
    expect(table.size).toBe(4001);
  });

  it('tells ids apart that differ only slightly (exact comparison, not just the hash)', () => {
    const ids = ['a', 'b', '', 'ab', 'ba', 'p-0000000000000000', 'p-0000000000000001'];
    const table = new IdTable((i) => ids[i]!);
    for (const [i, id] of ids.entries()) expect(table.addOrFind(id, i)).toBe(-1);
    for (const [i, id] of ids.entries()) expect(table.addOrFind(id, 99)).toBe(i);
  });
});

describe('IdTable.reserve', () => {
  it('keeps every id and its first record when room is made before, between and after adds', () => {
    const ids: string[] = [];
    const table = new IdTable((i) => ids[i]!, 4);
    table.reserve(0);
    for (let i = 0; i < 3000; i++) {
      if (i === 10) table.reserve(5000); // grows once, with entries already in the table
      if (i === 2000) table.reserve(10); // already room: nothing changes
      const id = `p-${(i * 7919) % 2003}`; // ids repeat after 2003 rows
      const first = table.addOrFind(id, ids.length);
      if (i < 2003) {
        expect(first).toBe(-1);
        ids.push(id);
      } else expect(first).toBe(ids.indexOf(id));
    }
    expect(table.size).toBe(2003);
  });
});
