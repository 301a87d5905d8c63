/** Map colour classes fit the data: natural breaks, one class per value when there are few. */
import { describe, expect, it } from 'vitest';
import { classOf, naturalClasses } from '../../../src/lib/geo/mapModel.ts';

describe('naturalClasses', () => {
  it('gives each of few distinct counts its own class (15 regions with 1 project do not swallow 2 and 3)', () => {
    const values = [...Array<number>(15).fill(1), 2, 2, 2, 3, 3, 7];
    const c = naturalClasses(values, 5);
    expect(c).toEqual({
      breaks: [2, 3, 7],
      ranges: [
        [1, 1],
        [2, 2],
        [3, 3],
        [7, 7],
      ],
    });
    expect([1, 2, 3, 7].map((v) => classOf(v, c.breaks))).toEqual([0, 1, 2, 3]);
  });

  it('groups skewed amounts so one large amount neither flattens the small ones nor shares their class', () => {
    const c = naturalClasses([20, 26.5, 43, 56, 72, 500, 800, 800, 2800, 3000, 10_500], 5);
    expect(c.ranges).toHaveLength(5);
    expect(c.ranges[0]).toEqual([20, 72]);
    expect(c.ranges.at(-1)).toEqual([10_500, 10_500]);
    // every value falls in the class whose range holds it
    for (const v of [20, 72, 500, 800, 2800, 10_500]) {
      const [lo, hi] = c.ranges[classOf(v, c.breaks)]!;
      expect(v >= lo && v <= hi).toBe(true);
    }
  });

  it('has one class for one value, and none for no values', () => {
    expect(naturalClasses([4, 4, 4], 5)).toEqual({ breaks: [], ranges: [[4, 4]] });
    expect(naturalClasses([], 5)).toEqual({ breaks: [], ranges: [] });
  });
});
