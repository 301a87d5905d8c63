/**
 * Reference data that ships with the product (reference/: key counties, renamed counties) is read
 * with every data folder; a publisher's own row for the same county replaces the reference row,
 * with an advisory on the reference file; nothing else about it changes.
 */
import { describe, expect, it } from 'vitest';
import { ingest, type InputFile } from '../../../src/lib/ingest/pipeline.ts';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const KEY_HEADER = 'province,prefecture,county,code,source,list,listDate\n';
const reference: InputFile[] = [
  {
    name: 'reference/key-counties.csv',
    bytes: enc(
      `${KEY_HEADER}甘肃省,甘南藏族自治州,舟曲县,623023,参考来源甲,国家乡村振兴重点帮扶县,2021-08-27\n甘肃省,临夏回族自治州,东乡族自治县,622926,参考来源乙,国家乡村振兴重点帮扶县,2021-08-27\n`,
    ),
    reference: true,
  },
  {
    name: 'reference/region-aliases.csv',
    bytes: enc('alias,oldCode,code,kind,effective,source\n水城县,520221,520204,renamed,2020-07,参考\n'),
    reference: true,
  },
];

describe('reference data', () => {
  it('is read with a folder that has none of it: the key counties and renamed counties are there', async () => {
    const projects = enc('项目名称,社会组织名称,帮扶地区,项目性质\n修路,甲基金会,贵州省/六盘水市/水城县,产业\n');
    const { dataset, report } = await ingest([{ name: 'mine/projects.csv', bytes: projects }, ...reference], { regionRows: REGION_ROWS });
    expect(report.errors).toEqual([]);
    expect(dataset.keyCounties.map((k) => k.code).sort()).toEqual(['622926', '623023']);
    // the renamed county of the reference table resolves the publisher's old name
    expect(dataset.projects[0]!.targetRegions).toEqual(['520204']);
  });

  it('gives way to a publisher’s row for the same county, and says so on the reference file', async () => {
    const mine = enc(`${KEY_HEADER}甘肃省,甘南藏族自治州,舟曲县,623023,省乡村振兴局文件,国家乡村振兴重点帮扶县,2021-08-27\n`);
    const { dataset, report } = await ingest([{ name: 'mine/key-counties.csv', bytes: mine }, ...reference], { regionRows: REGION_ROWS });
    expect(report.errors).toEqual([]);
    expect(dataset.keyCounties).toHaveLength(2);
    expect(dataset.keyCounties.find((k) => k.code === '623023')!.source).toBe('省乡村振兴局文件');
    const advice = report.advisories.filter((a) => a.code === 'reference-overridden');
    expect(advice).toHaveLength(1);
    expect(advice[0]).toMatchObject({ file: 'reference/key-counties.csv', value: '623023' });
  });

  it('still rejects the same county twice in a publisher’s own files', async () => {
    const mine = enc(
      `${KEY_HEADER}甘肃省,甘南藏族自治州,舟曲县,623023,甲,国家乡村振兴重点帮扶县,2021-08-27\n甘肃省,甘南藏族自治州,舟曲县,623023,乙,国家乡村振兴重点帮扶县,2021-08-27\n`,
    );
    const { report } = await ingest([{ name: 'mine/key-counties.csv', bytes: mine }, ...reference], { regionRows: REGION_ROWS });
    expect(report.errors.map((e) => e.code)).toEqual(['unique-error']);
  });
});
