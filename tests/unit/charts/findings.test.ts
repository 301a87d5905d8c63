import { describe, expect, it } from 'vitest';
import { flowFinding, topFinding } from '../../../src/lib/charts/findings.ts';

describe('topFinding', () => {
  it.each([
    { cats: ['教育', '健康'], vals: [3, 8], o: { measure: '项目', unit: '个', suffix: '领域' }, expected: '健康领域项目最多（8 个）' },
    { cats: ['甲', '乙'], vals: [null, null], o: { measure: '资金', unit: '万元' }, expected: '暂无数据' },
    { cats: ['甲', '乙', '丙'], vals: [5, 5, 1], o: { measure: '项目', unit: '个' }, expected: '甲、乙项目并列最多（各 5 个）' },
    {
      cats: ['教育', '产业'],
      vals: [2, 2],
      o: { measure: '项目', unit: '个', suffix: '领域' },
      expected: '教育、产业领域项目并列最多（各 2 个）',
    },
    {
      cats: ['甲', '乙', '丙', '丁'],
      vals: [4, 4, 4, 4],
      o: { measure: '项目', unit: '个', group: '地区' },
      expected: '甲等 4 个地区的项目并列最多（各 4 个）',
    },
    { cats: ['西藏自治区'], vals: [33000], o: { measure: '投入资金', unit: '万元' }, expected: '西藏自治区投入资金最多（3.3 亿元）' },
    { cats: [], vals: [], o: { measure: '项目', unit: '个' }, expected: '暂无数据' },
  ])('$expected', ({ cats, vals, o, expected }) => {
    expect(topFinding(cats, vals, { ...o, fallback: '暂无数据' })).toBe(expected);
  });
});

describe('flowFinding', () => {
  const names: Record<string, string> = { '110000': '北京市', '120000': '天津市', '540000': '西藏自治区', '650000': '新疆维吾尔自治区' };
  const name = (c: string) => names[c] ?? c;
  const flow = (from: string, to: string, n: number) => ({ from, to, projectIds: Array.from({ length: n }, (_, i) => `${from}${to}${i}`) });
  it('names the one largest flow', () => {
    expect(flowFinding([flow('110000', '540000', 8)], name)).toBe('北京市 → 西藏自治区的项目最多（8 个）');
  });
  it('states a tie from one province as a tie, naming every destination', () => {
    expect(flowFinding([flow('110000', '540000', 7), flow('110000', '650000', 7)], name)).toBe(
      '北京市 → 西藏自治区、新疆维吾尔自治区的项目并列最多（各 7 个）',
    );
  });
  it('counts a tie across origins', () => {
    expect(flowFinding([flow('110000', '540000', 7), flow('120000', '650000', 7)], name)).toBe(
      '北京市 → 西藏自治区等 2 条流向的项目并列最多（各 7 个）',
    );
  });
});
