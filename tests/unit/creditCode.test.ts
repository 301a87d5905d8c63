import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeProblem, isValidCreditCode } from '../../src/lib/creditCode.ts';

/** GB 32100-2015 check character, computed independently of the module (weights 3^i mod 31). */
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function referenceCheckChar(first17: string): string {
  let sum = 0;
  let w = 1;
  for (const ch of first17) {
    sum += CHARS.indexOf(ch) * w;
    w = (w * 3) % 31;
  }
  return CHARS[(31 - (sum % 31)) % 31]!;
}
const withCheck = (first17: string): string => first17 + referenceCheckChar(first17);

/** The standard's example, plus codes built from 17-character bodies with their computed check. */
const VALID = [
  '91350100M000100Y43',
  '53100000500021676K',
  withCheck('51620000MJX000001'),
  withCheck('52623023MJY12345A'),
  withCheck('53110000500000001'),
  withCheck('00000000000000000'),
  withCheck('YYYYYYYYYYYYYYYYY'),
  withCheck('12345678ABCDEFGHJ'),
  withCheck('9144030071526726X'),
];

describe('creditCodeCheckChar', () => {
  it.each([
    { input: '91350100M000100Y4', expected: '3' },
    { input: '53100000500021676', expected: 'K' },
    { input: '00000000000000000', expected: '0' },
    ...VALID.map((c) => ({ input: c.slice(0, 17), expected: c[17]! })),
    // not 17 characters, or a character outside the set
    { input: '', expected: null },
    { input: '91350100M000100Y', expected: null },
    { input: '91350100M000100Y43', expected: null },
    { input: '91350100I000100Y4', expected: null },
    { input: '91350100m000100Y4', expected: null },
  ])('$input → $expected', ({ input, expected }) => {
    expect(creditCodeCheckChar(input)).toBe(expected);
  });

  it('every check value is reachable (all 31 characters occur)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 31; i++) seen.add(creditCodeCheckChar(`5100000000000000${CHARS[i]}`)!);
    expect(seen.size).toBe(31);
  });
});

describe('creditCodeProblem / isValidCreditCode', () => {
  const lastCharAltered = (c: string): string => c.slice(0, 17) + CHARS[(CHARS.indexOf(c[17]!) + 1) % 31];
  const bodyCharAltered = (c: string): string => c.slice(0, 5) + CHARS[(CHARS.indexOf(c[5]!) + 1) % 31] + c.slice(6);

  it.each([
    ...VALID.map((input) => ({ input, expected: null })),
    // length
    { input: '', expected: 'length' },
    { input: '91350100M000100Y4', expected: 'length' },
    { input: '91350100M000100Y433', expected: 'length' },
    { input: ' 91350100M000100Y43', expected: 'length' },
    { input: '９１３５０１００Ｍ０００１００Ｙ４', expected: 'length' },
    // charset: I, O, Z, S, V are not in the set; lower case is not upper-cased here
    { input: '91350100I000100Y43', expected: 'charset' },
    { input: '91350100O000100Y43', expected: 'charset' },
    { input: '91350100Z000100Y43', expected: 'charset' },
    { input: '91350100S000100Y43', expected: 'charset' },
    { input: '91350100V000100Y43', expected: 'charset' },
    { input: '91350100M000100Y4I', expected: 'charset' },
    { input: '91350100M000100Y4O', expected: 'charset' },
    { input: '91350100m000100y43', expected: 'charset' },
    { input: '53100000500021676k', expected: 'charset' },
    { input: '91350100M000100Y4-', expected: 'charset' },
    { input: `${'９１３５０１００Ｍ０００１００Ｙ４３'.slice(0, 17)}3`, expected: 'charset' },
    // check character
    ...VALID.map((c) => ({ input: lastCharAltered(c), expected: 'check' })),
    ...VALID.map((c) => ({ input: bodyCharAltered(c), expected: 'check' })),
    { input: '91350100M000100Y44', expected: 'check' },
    { input: '19350100M000100Y43', expected: 'check' }, // transposed
  ])('$input → $expected', ({ input, expected }) => {
    expect(creditCodeProblem(input)).toBe(expected);
    expect(isValidCreditCode(input)).toBe(expected === null);
  });

  it.each([{ input: '91350100m000100y43' }, { input: '53100000500021676k' }])(
    '$input is valid only after the caller upper-cases it',
    ({ input }) => {
      expect(isValidCreditCode(input)).toBe(false);
      expect(isValidCreditCode(input.toUpperCase())).toBe(true);
    },
  );
});
