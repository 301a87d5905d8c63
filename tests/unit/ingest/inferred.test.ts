/** The `inferred` column: fields no source states, each with the reason; a wrong entry is a must-fix error on its row. */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/pipeline.ts';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('inferred fields', () => {
  it('keeps “field：reason” entries, and marks a type guessed from a name', async () => {
    const orgs =
      'id,name,registrationLevel,homeRegion,推断的字段\nfund-a,甲省乙基金会,省级,甘肃省,registrationLevel：由名称中的地名推断\nfund-b,丙基金会,,甘肃省,\n';
    const { dataset, report } = await ingest([{ name: 'organizations.csv', bytes: enc(orgs) }], { regionRows: REGION_ROWS });
    expect(report.errors).toEqual([]);
    expect(dataset.organizations.find((o) => o.id === 'fund-a')!.inferred).toEqual([
      'registrationLevel：由名称中的地名推断',
      'type：由名称推断',
    ]);
    expect(dataset.organizations.find((o) => o.id === 'fund-b')!.inferred).toEqual(['type：由名称推断']);
  });

  it('rejects an entry that names no field of the table or gives no reason, at its row and column', async () => {
    const projects =
      'name,organizationNames,targetRegions,domain,inferred\n修路,甲基金会,舟曲县,产业,status：由认领推断\n助学,乙基金会,舟曲县,教育,colour：猜的\n';
    const { dataset, report } = await ingest([{ name: 'projects.csv', bytes: enc(projects) }], { regionRows: REGION_ROWS });
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ code: 'constraint-error', row: 3, column: 'inferred', value: 'colour：猜的' });
    expect(dataset.projects.map((p) => [p.name, p.inferred])).toEqual([['修路', ['status：由认领推断']]]);
  });

  it('lets a reason hold 、 and ；: an entry ends only where the next “field：” begins', async () => {
    const brands =
      'id,name,family,kind,source,inferred\nb-one,某某行动,乡村治理,关爱行动,某文件,"family：来源未写明类别；按巡访、关爱归类;kind：来源称“关心行动”"\n';
    const { dataset, report } = await ingest([{ name: 'brands.csv', bytes: enc(brands) }], { regionRows: REGION_ROWS });
    expect(report.errors).toEqual([]);
    expect(dataset.brands[0]!.inferred).toEqual(['family：来源未写明类别；按巡访、关爱归类', 'kind：来源称“关心行动”']);
  });

  it('reads the inferred list of campaigns (JSON) and rejects one naming no campaign field', async () => {
    const campaigns = JSON.stringify([
      { id: 'c-one', name: '某推进会', kind: '推进会', organizers: ['某厅'], source: '某文件', inferred: ['periodStart：取通知日期'] },
      { id: 'c-two', name: '某行动', kind: '专项行动', organizers: ['某厅'], source: '某文件', inferred: ['colour：猜的'] },
    ]);
    const { dataset, report } = await ingest([{ name: 'campaigns.json', bytes: enc(campaigns) }], { regionRows: REGION_ROWS });
    expect(dataset.campaigns.map((c) => [c.id, c.kind, c.inferred])).toEqual([['c-one', 'meeting', ['periodStart：取通知日期']]]);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ code: 'constraint-error', row: 2, column: 'inferred' });
  });
});
