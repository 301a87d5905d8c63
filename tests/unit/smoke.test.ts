import { describe, expect, it } from 'vitest';
import { formatWan } from '../../src/lib/format.ts';
describe('formatWan', () => {
  it.each([
    { input: 26.5, expected: '26.5 万元' },
    { input: 218800, expected: '21.88 亿元' },
    { input: null, expected: '未知' },
  ])('$input → $expected', ({ input, expected }) => expect(formatWan(input)).toBe(expected));
});
