import { describe, expect, it } from 'vitest';
import {
  BENEFICIARY_UNITS,
  DOMAINS,
  DOMAIN_IDS,
  ORG_TYPES,
  PROJECT_STATUSES,
  labelOf,
  vocabMatcher,
  type DomainId,
} from '../../../src/lib/schema/vocab.ts';

const matchDomain = vocabMatcher(DOMAINS);

describe('vocabMatcher(DOMAINS)', () => {
  // Jiangsu 项目性质 (seed 004 附件2)
  it.each<{ input: string; expected: DomainId }>([
    { input: '民生帮扶', expected: 'livelihood' },
    { input: '产业帮扶', expected: 'industry' },
    { input: '消费帮扶', expected: 'consumption' },
    { input: '教育帮扶', expected: 'education' },
    { input: '生态帮扶', expected: 'ecology' },
    { input: '医疗卫生帮扶', expected: 'health' },
    { input: '志愿服务', expected: 'volunteer' },
    { input: '其他', expected: 'other' },
  ])('Jiangsu $input → $expected', ({ input, expected }) => {
    expect(matchDomain(input)).toBe(expected);
  });

  // national plan domains, with and without 帮扶, plus 文化
  it.each<{ input: string; expected: DomainId }>([
    { input: '产业', expected: 'industry' },
    { input: '产业帮扶', expected: 'industry' },
    { input: '就业', expected: 'employment' },
    { input: '就业帮扶', expected: 'employment' },
    { input: '教育', expected: 'education' },
    { input: '教育帮扶', expected: 'education' },
    { input: '健康', expected: 'health' },
    { input: '健康帮扶', expected: 'health' },
    { input: '养老', expected: 'elderlyCare' },
    { input: '养老帮扶', expected: 'elderlyCare' },
    { input: '消费', expected: 'consumption' },
    { input: '消费帮扶', expected: 'consumption' },
    { input: '多样化帮扶', expected: 'other' },
    { input: '文化', expected: 'culture' },
    { input: '文化建设', expected: 'culture' },
  ])('national $input → $expected', ({ input, expected }) => {
    expect(matchDomain(input)).toBe(expected);
  });

  it.each<{ input: string; expected: DomainId }>([
    { input: '医疗卫生', expected: 'health' },
    { input: '产业扶贫', expected: 'industry' },
    { input: '产业振兴', expected: 'industry' },
    { input: '教育类', expected: 'education' },
    { input: '教育领域', expected: 'education' },
    { input: ' 教育 帮扶 ', expected: 'education' },
    { input: '其它', expected: 'other' },
    { input: '以购代捐', expected: 'consumption' },
    { input: '易地搬迁', expected: 'livelihood' },
    { input: '志愿', expected: 'volunteer' },
  ])('synonym $input → $expected', ({ input, expected }) => {
    expect(matchDomain(input)).toBe(expected);
  });

  it.each(DOMAIN_IDS.map((id) => ({ input: id, expected: id })))('id $input matches itself', ({ input, expected }) => {
    expect(matchDomain(input)).toBe(expected);
  });

  it.each(DOMAINS.flatMap((d) => [d.label, ...d.synonyms].map((input) => ({ input, expected: d.id }))))(
    'every label and synonym: $input → $expected',
    ({ input, expected }) => {
      expect(matchDomain(input)).toBe(expected);
    },
  );

  it.each([{ input: '' }, { input: '帮扶' }, { input: '金融帮扶' }, { input: '未知领域' }, { input: 'Industry' }, { input: '产 业X' }])(
    'unknown $input → undefined',
    ({ input }) => {
      expect(matchDomain(input)).toBeUndefined();
    },
  );

  it('no synonym maps to two different ids', () => {
    const seen = new Map<string, string>();
    for (const d of DOMAINS)
      for (const s of [d.label, ...d.synonyms]) {
        expect(seen.get(s) ?? d.id).toBe(d.id);
        seen.set(s, d.id);
      }
  });
});

describe('vocabMatcher over other vocabularies', () => {
  it.each([
    { vocab: ORG_TYPES, input: '民办非企业单位', expected: 'serviceInstitution' },
    { vocab: ORG_TYPES, input: 'B', expected: 'foundation' },
    { vocab: BENEFICIARY_UNITS, input: '人次', expected: 'personTime' },
    { vocab: BENEFICIARY_UNITS, input: '户', expected: 'household' },
    { vocab: PROJECT_STATUSES, input: '已结项', expected: 'completed' },
    { vocab: PROJECT_STATUSES, input: '不知道', expected: undefined },
  ])('$input → $expected', ({ vocab, input, expected }) => {
    expect(vocabMatcher<string>(vocab)(input)).toBe(expected);
  });
});

describe('labelOf', () => {
  it.each<{ id: DomainId; expected: string }>([
    { id: 'industry', expected: '产业' },
    { id: 'health', expected: '健康' },
    { id: 'elderlyCare', expected: '养老' },
    { id: 'volunteer', expected: '志愿服务' },
    { id: 'other', expected: '其他' },
  ])('$id → $expected', ({ id, expected }) => {
    expect(labelOf(DOMAINS, id)).toBe(expected);
  });

  it.each([{ id: 'nope' }, { id: '' }])('unknown id $id falls back to the id', ({ id }) => {
    expect(labelOf<string>(DOMAINS, id)).toBe(id);
  });
});
