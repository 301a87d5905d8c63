/**
 * A small input dataset for the open-data tests, as clerks and the data/ files write it: quotes,
 * commas, HTML-looking text, approximate amounts in 亿元, unknowns, a co-funded project, a 附件2-style
 * row that names an organization not in the organization table, a brand, a campaign.
 */
import { ingest, type InputFile } from '../../../src/lib/ingest/pipeline.ts';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';
import { RegionIndex } from '../../../src/lib/regions.ts';

export const regionRows = REGION_ROWS;
const enc = new TextEncoder();
export const file = (name: string, text: string): InputFile => ({ name, bytes: enc.encode(text) });

export const ORGS = [
  'id,creditCode,name,shortName,type,isIndustryAssociation,isCharity,registrationLevel,homeRegion,source',
  'fund-a,,"<img src=x onerror=alert(1)>基金会",,基金会,否,是,省级,天津市,"来源：“甲,乙”"',
  'assoc-b,,乙商会,乙会,社会团体,是,,市级,江苏省/南京市,t',
  'svc-c,,丙社会工作服务中心,,民办非企业单位,,,,,t',
].join('\n');

export const CAMPAIGNS = JSON.stringify([
  {
    id: 'test-campaign',
    name: '测试行动',
    kind: '专项行动',
    theme: null,
    organizers: ['甲厅', '乙局'],
    periodStart: '2022',
    periodEnd: null,
    regions: ['甘肃省', '西藏自治区/昌都地区'],
    reported: [
      { metric: 'fundsInvolvedWan', text: '约21.88亿元', scope: '涉及资金' },
      { metric: 'beneficiaries', text: '280多万人次', scope: null },
    ],
    source: 't',
  },
]);

export const ALIASES = ['alias,oldCode,code,kind,effective,source', '昌都地区,542100,540300,renamed,2014-11,"国务院批复，2014-11"'].join(
  '\n',
);

export const BRANDS = [
  'id,name,family,kind,organizationIds,description,launched,regions,source',
  'brand-x,"“润苗”行动",乡村治理,关爱行动,fund-a;assoc-b,"关爱留守儿童, 助学",2021-05,甘肃省/甘南藏族自治州,t',
].join('\n');

export const PROJECTS = [
  'id,name,organizationIds,organizationNames,organizationCountReported,targetRegions,village,domain,fundsPledgedWan,fundsInvestedWan,staffDeployed,beneficiaries,year,periodStart,periodEnd,status,pairingKind,campaignId,brandId,source',
  'p-co,"组团助学,""圆梦""计划",fund-a;assoc-b,,11,甘肃省/甘南藏族自治州/舟曲县;甘肃省/甘南藏族自治州/玛曲县,"溪岭村,小学",教育,约21.88亿元,800余万元,12,280多万人次,2022,2022-05,2023,实施中,东西部协作,test-campaign,brand-x,"文件：“认领”"',
  ',养老服务,svc-c,,,青海省/黄南藏族自治州,,养老,,,,94户,2021,,,,,,,',
  ',义诊活动,,丁志愿者协会,,620000,,医疗卫生,5,,,,,,,已完成,,,,t',
  'p-neg,<b>乡村</b>书屋,assoc-b,,,重庆市/巫溪县,,文化,0,0,0,0,,,,,,,,t',
].join('\n');

/** The fixture's input files (the same set the data/ folder holds). */
export function fixtureFiles(): InputFile[] {
  return [
    file('organizations.csv', ORGS),
    file('projects.csv', PROJECTS),
    file('campaigns.json', CAMPAIGNS),
    file('brands.csv', BRANDS),
    file('region-aliases.csv', ALIASES),
  ];
}

/** The fixture, ingested. */
export async function fixtureDataset() {
  const result = await ingest(fixtureFiles(), { regionRows });
  if (result.report.errors.length > 0) throw new Error(`fixture has errors: ${JSON.stringify(result.report.errors, null, 1)}`);
  return { ...result, regions: new RegionIndex(regionRows, result.dataset.regionAliases) };
}
