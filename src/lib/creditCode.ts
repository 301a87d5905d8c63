/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 * 18 characters from the 31-character set below (no I, O, Z, S, V). Position 1 is the
 * registration authority (5 = civil affairs, i.e. social organizations), position 2 the
 * organization category, 3–8 the region code, 9–17 the organization code, 18 the check
 * character computed from positions 1–17 with the weights 3^(i-1) mod 31.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The expected check character for the first 17 characters, or null if a character is outside the set. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17[i]!);
    if (v < 0) return null;
    sum += v * WEIGHTS[i]!;
  }
  const c = (31 - (sum % 31)) % 31;
  return CHARSET[c]!;
}

export type CreditCodeProblem = 'length' | 'charset' | 'check';

/** Why a credit code is invalid (after upper-casing), or null when it is valid. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected === null || !CHARSET.includes(code[17]!)) return 'charset';
  return expected === code[17] ? null : 'check';
}

/** True when the string is a well-formed credit code with a correct check character. */
export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}
