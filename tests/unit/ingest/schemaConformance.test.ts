/**
 * The mappers check project and organization rows cell by cell, and the pipeline does not run the
 * zod schema over them again (it costs more than the parse itself at 1M rows). This test is what
 * makes that safe: random cells, good and bad, go through the pipeline, and every accepted record
 * must satisfy its zod schema.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/pipeline.ts';
import { projectSchema } from '../../../src/lib/schema/project.ts';
import { organizationSchema } from '../../../src/lib/schema/organization.ts';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';
import { mulberry32, pick } from '../../fixtures/random.ts';

const regionRows = REGION_ROWS;
const enc = new TextEncoder();
/** Mostly the first (good) value, sometimes any of the others, so that many rows are accepted. */
const pk = (rnd: () => number, list: readonly string[]): string => (rnd() < 0.85 ? (list[1] ?? list[0]!) : pick(rnd, list));
const q = (s: string): string => (/[",\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);

const ORG = {
  id: ['', 'org-a', 'org-b', 'Org_Bad', '53100000500021676K', 'x'],
  creditCode: ['', '91350100M000100Y43', '91350100M000100Y44', '123', 'ioio'],
  name: ['甲基金会', '乙协会', '丙', '', '<b>丁</b>社会工作服务中心', '  戊  商会 '],
  type: ['', '基金会', 'B', '社团', '民非', '公司'],
  flag: ['', '是', '否', '1', 'maybe'],
  level: ['', '省级', '全国性', '县级', '乡级'],
  region: ['', '江苏省', '南京市', '朝阳区', '火星'],
};
const PRJ = {
  id: ['p-1', '', 'p-2', 'BAD ID'],
  name: ['修路', '路', '', '助学金发放'],
  orgIds: ['org-b', 'org-a', 'org-a;org-b', 'nope', ''],
  orgNames: ['', '新的基金会', '甲基金会'],
  region: ['舟曲县', '620000', '火星县', '朝阳区', '甘肃省甘南州临潭县;重庆市巫溪县', ''],
  domain: ['教育', '医疗卫生帮扶', 'x', ''],
  funds: ['', '10', '约21.88亿元', '-1', 'abc', '300,000元', '０.５'],
  count: ['', '3', '4000多人', '1.5万户', '2.5', '10人次', '3辆'],
  year: ['', '2022', '1999', '2101', '二〇二二'],
  date: ['', '2022年5月', '2022-02-30', '2021', 'soon'],
  status: ['', '已完成', '实施中', '搁置'],
  pairing: ['', '东西部协作', '援藏', '结对'],
};

let acceptedProjects = 0;
let acceptedOrgs = 0;

describe('accepted records satisfy the zod schemas', () => {
  it.each(Array.from({ length: 30 }, (_, i) => i + 1))('seed %i', async (seed) => {
    const rnd = mulberry32(1000 + seed);
    const orgLines = ['id,creditCode,name,type,isIndustryAssociation,isCharity,registrationLevel,homeRegion,source'];
    for (let i = 0; i < 12; i++) {
      orgLines.push(
        [
          pk(rnd, ORG.id),
          pk(rnd, ORG.creditCode),
          pk(rnd, ORG.name),
          pk(rnd, ORG.type),
          pk(rnd, ORG.flag),
          pk(rnd, ORG.flag),
          pk(rnd, ORG.level),
          pk(rnd, ORG.region),
          't',
        ]
          .map(q)
          .join(','),
      );
    }
    const prjLines = [
      'id,name,organizationIds,organizationNames,targetRegions,domain,fundsPledgedWan,fundsInvestedWan,staffDeployed,beneficiaries,year,periodStart,periodEnd,status,pairingKind,source',
    ];
    for (let i = 0; i < 25; i++) {
      prjLines.push(
        [
          pk(rnd, PRJ.id),
          pk(rnd, PRJ.name) + (rnd() < 0.9 ? String(i) : ''),
          pk(rnd, PRJ.orgIds),
          pk(rnd, PRJ.orgNames),
          pk(rnd, PRJ.region),
          pk(rnd, PRJ.domain),
          pk(rnd, PRJ.funds),
          pk(rnd, PRJ.funds),
          pk(rnd, PRJ.count),
          pk(rnd, PRJ.count),
          pk(rnd, PRJ.year),
          pk(rnd, PRJ.date),
          pk(rnd, PRJ.date),
          pk(rnd, PRJ.status),
          pk(rnd, PRJ.pairing),
          't',
        ]
          .map(q)
          .join(','),
      );
    }
    const { dataset } = await ingest(
      [
        { name: 'orgs.csv', bytes: enc.encode(orgLines.join('\n')) },
        { name: 'projects.csv', bytes: enc.encode(prjLines.join('\n')) },
      ],
      { regionRows },
    );
    for (const o of dataset.organizations) expect(organizationSchema.safeParse(o).error?.issues ?? []).toEqual([]);
    for (const p of dataset.projects) expect(projectSchema.safeParse(p).error?.issues ?? []).toEqual([]);
    acceptedProjects += dataset.projects.length;
    acceptedOrgs += dataset.organizations.length;
  });

  it('the random inputs did produce accepted records to check', () => {
    expect(acceptedProjects).toBeGreaterThan(100);
    expect(acceptedOrgs).toBeGreaterThan(50);
  });
});
