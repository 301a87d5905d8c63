import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/pipeline.ts';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('columns of the official templates', () => {
  it('reads 附件2’s 序号 column as a known column, without an advisory', async () => {
    const csv =
      '序号,社会组织名称,帮扶地区（省/市/县）,项目名称,项目性质,投入资金（万元）\n1,测试基金会,甘肃省/甘南藏族自治州/舟曲县,修路,产业帮扶,10\n';
    const { report, dataset } = await ingest([{ name: 'p.csv', bytes: enc(csv) }], { regionRows: REGION_ROWS });
    expect(dataset.projects).toHaveLength(1);
    expect(report.advisories.filter((a) => a.code === 'extra-column')).toEqual([]);
  });

  it('still names a column it does not know', async () => {
    const csv = '社会组织名称,帮扶地区,项目名称,项目性质,备用列\n测试基金会,舟曲县,修路,产业帮扶,x\n';
    const { report } = await ingest([{ name: 'p.csv', bytes: enc(csv) }], { regionRows: REGION_ROWS });
    expect(report.advisories.filter((a) => a.code === 'extra-column').map((a) => a.column)).toEqual(['备用列']);
  });
});
