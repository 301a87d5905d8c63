/** Figures of case and edition prose, from the bundled records. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SiteModel } from '../../../src/lib/site/model.ts';
import { bundledModel } from '../../fixtures/bundledModel.ts';
import { caseFacts, figText, sumText, type FigRef } from '../../../src/lib/showcase/figures.ts';
import { formatWan } from '../../../src/lib/format.ts';

let model: SiteModel;
beforeAll(async () => {
  model = await bundledModel();
});

const kangbao = 'hb-nanqiaojiaying-relocation-village';

describe('figText', () => {
  it.each<{ ref: FigRef; text: string | null; value?: number }>([
    { ref: { project: kangbao, field: 'fundsInvestedWan' }, text: '800 余万元', value: 800 },
    { ref: { project: kangbao, field: 'beneficiaries' }, text: '94 户', value: 94 },
    { ref: { project: kangbao, field: 'organizationCountReported' }, text: '11 家', value: 11 },
    { ref: { project: kangbao, field: 'fundsPledgedWan' }, text: null }, // unknown is never printed as 0
    { ref: { project: 'no-such-project', field: 'fundsInvestedWan' }, text: null },
    { ref: { project: kangbao, field: 'name' }, text: null },
    { ref: { organization: 'fuping-edible-fungi-association', field: 'projects' }, text: '1 个', value: 1 },
    { ref: { campaign: 'jjj-social-orgs-poverty-alleviation-action', metric: 'projects' }, text: '5,367 个', value: 5367 },
    { ref: { campaign: 'jjj-social-orgs-poverty-alleviation-action', metric: 'organizations' }, text: '6,300 多家', value: 6300 },
    { ref: { campaign: 'jjj-social-orgs-poverty-alleviation-action', metric: 'staffDeployed' }, text: null },
    { ref: {}, text: null },
  ])('$ref → $text', ({ ref, text, value }) => {
    const f = figText(model, ref);
    if (text === null) {
      expect(f.error).toMatch(/[\u4e00-\u9fff]/u);
    } else {
      expect(f).toMatchObject({ text, value, error: null });
      expect(f.source.length).toBeGreaterThan(0);
    }
  });
});

describe('caseFacts and sumText', () => {
  it('sums the case’s projects, says how many have the figure, and never turns unknown into 0', () => {
    const facts = caseFacts(model, [kangbao, 'hb-fuping-edible-fungi']);
    expect(facts.projects).toHaveLength(2);
    expect(sumText(facts.fundsInvestedWan, 2, formatWan)).toBe('约 800 万元（2 个项目中 1 个有数）');
    expect(sumText(facts.fundsPledgedWan, 2, formatWan)).toBe('未知');
    expect(facts.beneficiaries.map((b) => [b.unit, b.sum.sum, b.sum.known])).toEqual([['household', 15094, 2]]);
  });
});
