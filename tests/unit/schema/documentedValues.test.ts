/** Every value data/README.md documents for a controlled column is accepted as written there. */
import { describe, expect, it } from 'vitest';
import {
  BENEFICIARY_UNITS,
  CAMPAIGN_KINDS,
  DOMAINS,
  ORG_TYPES,
  PAIRING_KINDS,
  PROJECT_STATUSES,
  REGISTRATION_LEVELS,
  vocabMatcher,
  type VocabEntry,
} from '../../../src/lib/schema/vocab.ts';

const DOCUMENTED: [string, readonly VocabEntry[], string[]][] = [
  ['type', ORG_TYPES, ['社会团体', '基金会', '社会服务机构（民办非企业单位）', '社会服务机构(民办非企业单位)', '民办非企业单位']],
  ['registrationLevel', REGISTRATION_LEVELS, ['全国性', '省级', '市级', '县级']],
  [
    'domain',
    DOMAINS,
    ['产业', '就业', '教育', '健康', '养老', '消费', '民生', '生态', '文化', '志愿服务', '其他', '医疗卫生帮扶', '教育帮扶', '产业帮扶'],
  ],
  ['status', PROJECT_STATUSES, ['计划', '实施中', '已完成']],
  ['pairingKind', PAIRING_KINDS, ['结对帮扶', '东西部协作', '对口支援', '省内帮促']],
  ['beneficiaryUnit', BENEFICIARY_UNITS, ['人', '人次', '户']],
  ['campaigns kind', CAMPAIGN_KINDS, ['专项行动', '社会组织乡村行', '认领活动']],
];

describe('values documented in data/README.md', () => {
  it.each(DOCUMENTED.flatMap(([column, vocab, values]) => values.map((v) => [column, v, vocab] as const)))(
    '%s: %s',
    (_column, value, vocab) => {
      expect(vocabMatcher(vocab)(value)).toBeDefined();
    },
  );

  it('refuses a bracketed synonym that names another value', () => {
    expect(vocabMatcher(ORG_TYPES)('基金会（民办非企业单位）')).toBeUndefined();
  });
});
