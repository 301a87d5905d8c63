import { describe, expect, it } from 'vitest';
import { REGION_ROWS } from '../../../../src/lib/regionTable.ts';
import type { Issue } from '../../../../src/lib/ingest/issues.ts';
import { countUnitFrom, digitsValue, leadingDigits, plainAmount } from '../../../../src/lib/ingest/fast/index.ts';
import { parseAmount, parseCount, type MoneyUnit } from '../../../../src/lib/ingest/normalize.ts';
import { RowReader, type BoundColumn } from '../../../../src/lib/ingest/rowReader.ts';
import { RegionIndex } from '../../../../src/lib/regions.ts';

const regions = new RegionIndex(REGION_ROWS);

/** Cells as clerks type them: plain numbers, unit words, approximate markers, blanks, bad values. */
const COUNT_CELLS = [
  '0',
  '7',
  '0042',
  '1234',
  '300人次',
  '12人',
  '5户',
  '3名',
  '2家',
  '9座',
  '4000多人',
  '1.5万户',
  '约20人',
  '1,160',
  '１２',
  '2.5人',
  '12斤',
  '12人人',
  '人',
  '',
  '—',
  '不详',
  'abc',
  '999999999999999',
  '9999999999999999',
  '1234567890123456人',
];
const AMOUNT_CELLS = [
  '26.5',
  '0',
  '0.01',
  '300',
  '100000',
  '123456.78',
  '800余万元',
  '约21.88亿元',
  '300,000元',
  '"1,234.5"',
  '12.',
  '.5',
  '-3',
  '',
  '—',
  '二十',
  '5e3',
  '２６.５',
];

describe('countUnitFrom, leadingDigits, digitsValue', () => {
  it.each([
    ['300人次', 3, '人次'],
    ['12人', 2, '人'],
    ['5户', 1, '户'],
    ['9座', 1, '座'],
    ['12斤', 2, null],
    ['12人人', 2, null],
    ['12次人', 2, null],
    ['12', 2, null],
  ] as const)('%s → unit %s', (raw, k, unit) => {
    expect(leadingDigits(raw)).toBe(k);
    expect(countUnitFrom(raw, k)).toBe(unit);
  });

  it('reads the digits exactly, as Number() does', () => {
    for (const s of ['0', '0042', '1234', '999999999999999']) expect(digitsValue(s, s.length)).toBe(Number(s));
    expect(leadingDigits('abc')).toBe(0);
    expect(leadingDigits('')).toBe(0);
  });
});

describe('plainAmount', () => {
  it.each(AMOUNT_CELLS.flatMap((c) => (['wan', 'yuan', 'yi'] as MoneyUnit[]).map((u) => [c, u] as const)))(
    '%s (%s) agrees with parseAmount',
    (cell, unit) => {
      const p = parseAmount(cell, unit);
      const plain = plainAmount(cell, unit);
      if (plain >= 0) expect(p).toEqual({ ok: true, value: { wan: plain, approximate: false, qualifier: null } });
      else expect(/^\d+(?:\.\d+)?$/u.test(cell)).toBe(false); // only a plain number takes the fast path
    },
  );
});

/** One reader over a one-row table with the column `c` (header unit `unit`). */
function reader(cell: string, unit: MoneyUnit | null = null): { r: RowReader; issues: Issue[] } {
  const issues: Issue[] = [];
  const columns = new Map<string, BoundColumn>([['c', { index: 0, header: '列', unit }]]);
  return { r: new RowReader('t.csv', 2, [cell], columns, issues, regions), issues };
}

describe('RowReader.countValue and amountWan read what count and amount read, with the same issues', () => {
  it.each(COUNT_CELLS)('count cell %j', (cell) => {
    const slow = reader(cell);
    const fast = reader(cell);
    const c = slow.r.count('c', '人数');
    const v = fast.r.countValue('c', '人数');
    expect(v).toBe(c?.value ?? null);
    expect(fast.r.countApprox).toBe(c?.approximate ?? false);
    expect(fast.r.countUnit).toBe(c?.unit ?? null);
    expect(fast.issues).toEqual(slow.issues);
    expect(fast.r.errors).toBe(slow.r.errors);
    // and parseCount itself is unchanged for these cells
    expect(parseCount(cell)).toEqual(
      c === null && slow.issues.length > 0 ? expect.objectContaining({ ok: false }) : { ok: true, value: c },
    );
  });

  it.each(
    AMOUNT_CELLS.flatMap(
      (c) =>
        [
          [c, null],
          [c, 'yuan'],
          [c, 'yi'],
        ] as const,
    ),
  )('amount cell %j (header unit %s)', (cell, unit) => {
    const slow = reader(cell, unit);
    const fast = reader(cell, unit);
    const a = slow.r.amount('c');
    const w = fast.r.amountWan('c');
    expect(w).toBe(a?.wan ?? null);
    expect(fast.r.amountApprox).toBe(a?.approximate ?? false);
    expect(fast.issues).toEqual(slow.issues);
  });

  it('flags are those of the last cell read', () => {
    const issues: Issue[] = [];
    const columns = new Map<string, BoundColumn>([
      ['a', { index: 0, header: 'a', unit: null }],
      ['b', { index: 1, header: 'b', unit: null }],
    ]);
    const r = new RowReader('t.csv', 2, ['约20人', '300'], columns, issues, regions);
    expect(r.countValue('a', '人数')).toBe(20);
    expect([r.countApprox, r.countUnit]).toEqual([true, '人']);
    expect(r.countValue('b', '人数')).toBe(300);
    expect([r.countApprox, r.countUnit]).toEqual([false, null]);
    r.reset(3, ['800余万元', '26.5']);
    expect(r.amountWan('a')).toBe(800);
    expect(r.amountApprox).toBe(true);
    expect(r.amountWan('b')).toBe(26.5);
    expect(r.amountApprox).toBe(false);
  });
});
