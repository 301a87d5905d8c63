/**
 * The tables we read, how each is recognised by its header, and how one row becomes a record.
 * Headers are matched after full-width → half-width, whitespace removal and stripping a trailing
 * bracket (which may declare a money unit: "投入资金(万元)"). The canonical files in data/ use the
 * English keys; the provinces' templates use the Chinese headers; both load through the same spec.
 */
import { BENEFICIARY_UNITS, BRAND_FAMILIES, BRAND_KINDS, CAMPAIGN_KINDS, DOMAINS, ORG_TYPES, PAIRING_KINDS, PROJECT_STATUSES, REGISTRATION_LEVELS, vocabMatcher } from '../schema/vocab.ts';
import type { Brand } from '../schema/brand.ts';
import type { Exemplary } from '../schema/exemplary.ts';
import type { BeneficiaryUnitId, DomainId, OrgTypeId } from '../schema/vocab.ts';
import type { Organization } from '../schema/organization.ts';
import type { Project } from '../schema/project.ts';
import type { KeyCounty } from '../schema/keyCounty.ts';
import type { RegionAlias } from '../schema/regionAlias.ts';
import type { RegionStat } from '../schema/regionStat.ts';
import { creditCodeProblem } from '../creditCode.ts';
import { cleanText, ContentHash, flatCopy, isBlank, shortHash, toHalfWidth, type MoneyUnit } from './normalize.ts';
import type { RowReader } from './rowReader.ts';

export type TableKind = 'organizations' | 'projects' | 'keyCounties' | 'regionAliases' | 'regionStats' | 'campaigns' | 'brands' | 'exemplary';

/**
 * What a project row may refer to. Organization and campaign tables are read before project rows,
 * so every reference is checked as the row is read.
 */
export interface ProjectRefs {
  hasOrg(id: string): boolean;
  /** True when an organization row with this id was rejected (the message then says so). */
  orgRejected(id: string): boolean;
  hasCampaign(id: string): boolean;
  hasBrand(id: string): boolean;
  /** Id of the organization with this full or short name; creates one (and says so) when none has it. */
  orgIdForName(name: string, r: RowReader): string;
  /**
   * `[orgIdForName(name, r)]`, one shared (never mutated) list per name: a project named by one
   * organization, the 附件2 case, then allocates no list of its own. A fresh list per row cost about
   * 180 bytes (a list grown by push reserves 17 slots) of the ~540 each accepted project kept alive.
   */
  orgIdsForName(name: string, r: RowReader): string[];
}

export interface TableSpec {
  kind: TableKind;
  /** Chinese name for reports. */
  label: string;
  /** Column key → accepted headers (the key itself is always accepted). */
  columns: Readonly<Record<string, readonly string[]>>;
  /** Each inner list is "at least one of these columns". */
  required: readonly (readonly string[])[];
}

export const TABLES: Record<Exclude<TableKind, 'campaigns' | 'regionStats'>, TableSpec> = {
  organizations: {
    kind: 'organizations',
    label: '社会组织表',
    columns: {
      id: ['标识', '组织标识'],
      creditCode: ['统一社会信用代码', '信用代码'],
      name: ['组织名称', '社会组织名称', '名称', '全称', '组织名称(全称)'],
      shortName: ['简称'],
      type: ['组织类型', '类型'],
      isIndustryAssociation: ['行业协会商会', '是否行业协会商会'],
      isCharity: ['慈善组织', '是否慈善组织'],
      registrationLevel: ['登记层级', '登记机关层级'],
      homeRegion: ['所在地区', '登记地', '所在地'],
      source: ['来源'],
    },
    required: [['name'], ['type', 'registrationLevel', 'creditCode', 'isCharity', 'homeRegion']],
  },
  projects: {
    kind: 'projects',
    label: '帮扶项目表',
    columns: {
      id: ['项目标识', '项目编号'],
      name: ['项目名称'],
      organizationIds: ['社会组织标识', '组织标识'],
      organizationNames: ['社会组织名称', '组织名称', '实施单位'],
      organizationCountReported: ['参与组织数'],
      targetRegions: ['帮扶地区', '帮扶地区(省/市/县)', '受援地区', '项目实施地'],
      village: ['村', '村(乡镇)', '帮扶村'],
      domain: ['项目性质', '帮扶领域', '领域'],
      fundsPledgedWan: ['认领资金', '计划资金', '计划投入资金', '认领/计划资金', '项目总金额'],
      fundsInvestedWan: ['投入资金', '拨付资金', '投入/拨付资金', '投入资金数'],
      staffDeployed: ['投入人员数', '投入人员'],
      beneficiaries: ['受益人数', '受益人口'],
      beneficiaryUnit: ['受益单位'],
      year: ['年度'],
      periodStart: ['开始时间', '起始时间'],
      periodEnd: ['结束时间', '截止时间'],
      status: ['项目状态', '状态'],
      pairingKind: ['帮扶关系', '帮扶方式'],
      campaignId: ['所属行动', '行动'],
      brandId: ['公益品牌', '品牌'],
      source: ['来源'],
    },
    required: [['name'], ['organizationIds', 'organizationNames'], ['targetRegions'], ['domain']],
  },
  keyCounties: {
    kind: 'keyCounties',
    label: '重点帮扶县名单',
    columns: {
      province: ['省份', '省', '省级'],
      prefecture: ['地级', '市', '市州', '地市'],
      county: ['县', '县名', '县(市、区)'],
      code: ['代码', '行政区划代码', '县级代码'],
      source: ['来源'],
      list: ['名单'],
      listDate: ['名单日期', '公布日期'],
    },
    required: [['county'], ['code', 'province'], ['prefecture', 'code']],
  },
  regionAliases: {
    kind: 'regionAliases',
    label: '地名别称与更名表',
    columns: {
      alias: ['别称', '旧名', '别称或旧名'],
      oldCode: ['旧代码'],
      code: ['现行代码'],
      kind: ['类型'],
      effective: ['生效日期'],
      source: ['来源'],
    },
    required: [['alias'], ['code'], ['kind']],
  },
  brands: {
    kind: 'brands',
    label: '公益品牌表',
    columns: {
      id: ['品牌标识'],
      name: ['品牌名称'],
      family: ['品牌类别'],
      kind: ['品牌类型'],
      organizationIds: ['社会组织标识'],
      description: ['简介'],
      launched: ['创建时间'],
      regions: ['开展地区'],
      source: ['来源'],
    },
    required: [['name'], ['family'], ['kind']],
  },
  exemplary: {
    kind: 'exemplary',
    label: '先进典型名单',
    columns: {
      organizationId: ['推介组织标识'],
      year: ['年度'],
      recognition: ['表彰或推介'],
      reason: ['推介理由'],
      source: ['来源'],
    },
    required: [['organizationId'], ['recognition'], ['reason']],
  },
};

/** Normalized form of a header for matching, plus a money unit declared in a trailing bracket. */
export function headerKey(header: string): { key: string; unit: MoneyUnit | null } {
  const h = toHalfWidth(header).replace(/[\s*＊]/gu, '');
  const m = /^(.*?)[(\[]([^()\[\]]*)[)\]]$/u.exec(h);
  if (!m) return { key: h.toLowerCase(), unit: null };
  const u = m[2]!;
  const unit: MoneyUnit | null = u === '元' ? 'yuan' : u === '万元' || u === '万' ? 'wan' : u === '亿元' || u === '亿' ? 'yi' : null;
  // keep brackets that are part of the name (e.g. 帮扶地区(省/市/县)) matchable both ways
  return { key: (unit ? m[1]! : h).toLowerCase(), unit };
}

const aliasMaps = new Map<TableSpec, Map<string, string>>();
function aliasMap(spec: TableSpec): Map<string, string> {
  let m = aliasMaps.get(spec);
  if (!m) {
    m = new Map();
    for (const [key, headers] of Object.entries(spec.columns)) {
      m.set(key.toLowerCase(), key);
      for (const h of headers) {
        m.set(headerKey(h).key, key);
        const bare = headerKey(h).key.replace(/\(.*\)$/u, '');
        if (!m.has(bare)) m.set(bare, key);
      }
    }
    aliasMaps.set(spec, m);
  }
  return m;
}

/** Which spec column a header means, if any. */
export function matchHeader(spec: TableSpec, header: string): string | undefined {
  const { key } = headerKey(header);
  const m = aliasMap(spec);
  // “社会组织（organizationIds）”: the open-data CSVs (src/lib/opendata) end each header with its column key
  const trailing = TRAILING_KEY.exec(key)?.[1];
  return (trailing === undefined ? undefined : m.get(trailing)) ?? m.get(key) ?? m.get(key.replace(/\(.*\)$/u, ''));
}
const TRAILING_KEY = /\(([a-z][a-z0-9]*)\)$/u;

/** Column bindings for a header row: key → index, header as written, unit. Unmatched headers are listed. */
export function bindColumns(spec: TableSpec, headerRow: readonly string[]): { columns: Map<string, { index: number; header: string; unit: MoneyUnit | null }>; unmatched: string[] } {
  const columns = new Map<string, { index: number; header: string; unit: MoneyUnit | null }>();
  const unmatched: string[] = [];
  headerRow.forEach((h, index) => {
    if (isBlank(h)) return;
    const key = matchHeader(spec, h);
    if (key && !columns.has(key)) columns.set(key, { index, header: cleanText(h), unit: headerKey(h).unit });
    else unmatched.push(cleanText(h));
  });
  return { columns, unmatched };
}

/** How well a header row fits a spec: matched column count, or 0 when a required group is absent. */
export function scoreHeader(spec: TableSpec, headerRow: readonly string[]): number {
  const keys = new Set(headerRow.map((h) => matchHeader(spec, h)).filter((k): k is string => k !== undefined));
  if (!spec.required.every((group) => group.some((k) => keys.has(k)))) return 0;
  return keys.size;
}

// ---------------------------------------------------------------------------------------------
// Row mappers

const orgTypeFromName = (name: string): OrgTypeId | null =>
  /基金会$/u.test(name) ? 'foundation' : /(协会|商会|学会|研究会|促进会|联合会|慈善总会|总会|联谊会)$/u.test(name) ? 'association' : null;

/** Infers what the name makes unambiguous: 基金会 → foundation; 协会/商会/学会/促进会 … → association. */
export function inferOrgType(name: string): OrgTypeId | null {
  return orgTypeFromName(name);
}

/** Id for an organization known only by name. */
export function orgIdForName(name: string): string {
  return shortHash('org-', name);
}

/** Text of at least two characters (names of organizations and projects). */
function nameText(r: RowReader, key: string, what: string): string | null {
  const v = r.text(key, true, what);
  if (v !== null && v.length < 2) {
    r.issue('constraint-error', key, v, `${what}至少 2 个字：请填写全称。`);
    return null;
  }
  return v;
}

export function mapOrganization(r: RowReader): Organization | null {
  const name = nameText(r, 'name', '组织全称');
  const rawCode = r.text('creditCode');
  let creditCode: string | null = null;
  if (rawCode !== null) {
    const code = toHalfWidth(rawCode).replace(/\s/gu, '').toUpperCase();
    const problem = creditCodeProblem(code);
    if (problem === null) creditCode = code;
    else {
      const why = problem === 'length' ? `应为 18 位，实际 ${code.length} 位` : problem === 'charset' ? '含有不允许的字符（不使用 I、O、Z、S、V）' : '末位校验码不正确（GB 32100）';
      r.issue('constraint-error', 'creditCode', rawCode, `统一社会信用代码${why}：请对照登记证书核对；不知道请留空。`);
    }
  }
  let type = r.vocab('type', ORG_TYPES);
  if (type === null && name !== null && !r.has('type')) type = orgTypeFromName(name);
  const rawId = r.text('id');
  let id: string | null = rawId;
  if (id !== null && !/^(?:[a-z0-9][a-z0-9-]{1,80}|[0-9A-Z]{18})$/u.test(id)) {
    r.issue('constraint-error', 'id', id, '标识只能用小写英文字母、数字和连字符（或填 18 位统一社会信用代码）。');
    id = null;
  }
  if (id === null && rawId === null) id = creditCode ?? (name ? orgIdForName(name) : null);
  const isIndustryAssociation = r.bool('isIndustryAssociation');
  const isCharity = r.bool('isCharity');
  const registrationLevel = r.vocab('registrationLevel', REGISTRATION_LEVELS);
  const homeRegion = r.region('homeRegion');
  const source = r.text('source') ?? `${r.file} 第 ${r.row} 行`;
  if (r.errors > 0 || name === null || id === null) return null;
  return { id, creditCode, name, shortName: r.text('shortName'), type, isIndustryAssociation, isCharity, registrationLevel, homeRegion, source };
}

const unitMatcher = vocabMatcher(BENEFICIARY_UNITS);
/** Reused for every project id (see ContentHash). */
const projectHash = new ContentHash();
/**
 * What mapProject keeps per organization name within one file: the name's shared id list
 * (ProjectRefs.orgIdsForName) and the project-id hash state after "|name|". One lookup by name per
 * row instead of two (the refs' lookup by name, then a WeakMap lookup by the list: ~1–2% of a 1M-row
 * run in perf). The first row of a file with a name still asks the refs (which create the
 * organization, and say so, on the first accepted row naming it), so nothing else changes.
 */
interface NameEntry {
  ids: string[];
  hash: readonly [number, number] | null;
}

/**
 * Which of the project table's optional columns a file has. Looked up once per file (RowReader.perTable)
 * rather than per cell: on a 附件2 table 13 of the 20 columns are absent, and reading each absent
 * cell (a column lookup, then parsing '' to null) cost ~0.5 µs per row (measured: 2.15 → 1.65 µs
 * per mapped row). An absent column reads exactly as a blank cell would: null, with no issue
 * (none of these is required).
 */
function projectColumns(r: RowReader) {
  return {
    /** Per-name entries of this file (see NameEntry). */
    byName: new Map<string, NameEntry>(),
    organizationIds: r.has('organizationIds'),
    organizationNames: r.has('organizationNames'),
    village: r.has('village'),
    fundsPledgedWan: r.has('fundsPledgedWan'),
    fundsInvestedWan: r.has('fundsInvestedWan'),
    staffDeployed: r.has('staffDeployed'),
    beneficiaries: r.has('beneficiaries'),
    beneficiaryUnit: r.has('beneficiaryUnit'),
    year: r.has('year'),
    periodStart: r.has('periodStart'),
    periodEnd: r.has('periodEnd'),
    status: r.has('status'),
    pairingKind: r.has('pairingKind'),
    campaignId: r.has('campaignId'),
    brandId: r.has('brandId'),
    organizationCountReported: r.has('organizationCountReported'),
    source: r.has('source'),
    id: r.has('id'),
  };
}
/** The empty list, shared (never mutated), as RowReader.list returns for a blank cell. */
const NO_IDS: string[] = Object.freeze([]) as unknown as string[];

export function mapProject(r: RowReader, sheetYear: number | null, refs: ProjectRefs): Project | null {
  const has = r.perTable(projectColumns);
  const name = nameText(r, 'name', '项目名称');
  const organizationIds = has.organizationIds ? r.list('organizationIds') : NO_IDS;
  const organizationNames = has.organizationNames ? r.list('organizationNames') : NO_IDS;
  if (organizationIds.length === 0 && organizationNames.length === 0) {
    const key = r.has('organizationIds') ? 'organizationIds' : 'organizationNames';
    r.issue('missing-cell', key, '', `「${r.header(key)}」不能为空：请填写实施项目的社会组织${key === 'organizationIds' ? '标识' : '全称'}，多个用分号分隔。`);
  }
  const targetRegions = r.regionList('targetRegions', true);
  const village = has.village ? r.text('village') : null;
  const domain = r.vocab<DomainId>('domain', DOMAINS, true);
  // numbers and flags read without result objects (RowReader.amountWan / countValue): a few hundred
  // bytes less garbage per row at a million rows
  const pledgedWan = has.fundsPledgedWan ? r.amountWan('fundsPledgedWan') : null;
  const pledgedApprox = pledgedWan !== null && r.amountApprox;
  const investedWan = has.fundsInvestedWan ? r.amountWan('fundsInvestedWan') : null;
  const investedApprox = investedWan !== null && r.amountApprox;
  const staff = has.staffDeployed ? r.countValue('staffDeployed', '投入人员数') : null;
  const staffUnit = staff !== null ? r.countUnit : null;
  const ben = has.beneficiaries ? r.countValue('beneficiaries', '受益人数') : null;
  const benUnit = ben !== null ? r.countUnit : null;
  const benApprox = ben !== null && r.countApprox;
  let beneficiaryUnit: BeneficiaryUnitId | null = has.beneficiaryUnit ? r.vocab('beneficiaryUnit', BENEFICIARY_UNITS) : null;
  if (ben !== null) {
    const inCell = benUnit ? (unitMatcher(benUnit) ?? null) : null;
    if (benUnit && !inCell) r.issue('constraint-error', 'beneficiaries', r.raw('beneficiaries'), `受益人数的单位“${benUnit}”不可用：请用“人”“人次”或“户”。`);
    if (inCell) beneficiaryUnit = inCell;
    if (!beneficiaryUnit) {
      beneficiaryUnit = 'person';
      // a header that says 人数 (the templates' 受益人数) already states the unit
      if (!r.header('beneficiaries').includes('人数')) r.issue('default-unit', 'beneficiaries', r.raw('beneficiaries'), '未写单位，按“人”计；若为人次或户，请在数字后注明。');
    }
  } else if (!has.beneficiaryUnit) beneficiaryUnit = null;
  if (staffUnit && staffUnit !== '人' && staffUnit !== '名') r.issue('constraint-error', 'staffDeployed', r.raw('staffDeployed'), '投入人员数应为人数（人）。');
  let year = has.year ? r.year('year') : sheetYear;
  if (year !== null && (year < 2000 || year > 2100)) {
    r.issue('constraint-error', 'year', r.raw('year') || String(year), '年度应在 2000–2100 之间：请核对。');
    year = null;
  }
  const periodStart = has.periodStart ? r.date('periodStart') : null;
  const periodEnd = has.periodEnd ? r.date('periodEnd') : null;
  if (periodStart && periodEnd && periodEnd < periodStart.slice(0, periodEnd.length)) {
    r.issue('constraint-error', 'periodEnd', periodEnd, `结束时间早于开始时间（${periodStart}）：请核对。`);
  }
  const status = has.status ? r.vocab('status', PROJECT_STATUSES) : null;
  const pairingKind = has.pairingKind ? r.vocab('pairingKind', PAIRING_KINDS) : null;
  const campaignId = has.campaignId ? r.text('campaignId') : null;
  const brandId = has.brandId ? r.text('brandId') : null;
  const countReported = has.organizationCountReported ? r.countValue('organizationCountReported', '参与组织数') : null;
  const source = (has.source ? r.text('source') : null) ?? r.file; // the row number is kept apart, in sourceRow
  const rawId = has.id ? r.text('id') : null;
  if (rawId !== null && !/^[a-z0-9][a-z0-9-]{1,80}$/u.test(rawId)) r.issue('constraint-error', 'id', rawId, '项目标识只能用小写英文字母、数字和连字符。');
  for (let i = 0; i < organizationIds.length; i++) {
    const id = organizationIds[i]!;
    if (!refs.hasOrg(id)) {
      const why = refs.orgRejected(id) ? '该组织所在行有错误未被接收' : '组织表中没有这个标识';
      r.issue('foreign-key', 'organizationIds', id, `社会组织“${id}”不存在（${why}）：请先在组织表中登记，或改正标识。`);
    }
  }
  if (campaignId !== null && !refs.hasCampaign(campaignId)) r.issue('foreign-key', 'campaignId', campaignId, `行动“${campaignId}”不存在：请在 campaigns.json 中登记该行动，或改正标识。`);
  if (brandId !== null && !refs.hasBrand(brandId)) r.issue('foreign-key', 'brandId', brandId, `公益品牌“${brandId}”不存在：请在公益品牌表（brands.csv）中登记，或改正标识。`);
  if (r.errors > 0 || name === null || domain === null) return null;
  // names (the 附件2 template's 社会组织名称) become ids only for accepted rows, so that a rejected
  // row never creates an organization
  let orgIds = organizationIds;
  const oneName = organizationIds.length === 0 && organizationNames.length === 1;
  let entry: NameEntry | undefined;
  if (oneName) {
    const n = organizationNames[0]!;
    entry = has.byName.get(n);
    if (entry === undefined) has.byName.set(flatCopy(n), (entry = { ids: refs.orgIdsForName(n, r), hash: null }));
    orgIds = entry.ids;
  } else if (organizationNames.length > 0) {
    orgIds = [...organizationIds];
    for (const n of organizationNames) {
      const oid = refs.orgIdForName(n, r);
      if (!orgIds.includes(oid)) orgIds.push(oid);
    }
  }
  // = shortHash('p-', ...organizationIds, '|', ...organizationNames, '|', name, '|', ...targetRegions).
  // With one organization name and no ids, the hash state after the names depends on that name only:
  // it is kept with the name's shared id list, which saves hashing the name again on every row.
  let id = rawId;
  if (id === null) {
    if (entry !== undefined) {
      let state = entry.hash;
      if (state === null) entry.hash = state = projectHash.reset().add('|').add(organizationNames[0]!).add('|').snapshot();
      projectHash.resume(state);
    } else projectHash.reset().addAll(organizationIds).add('|').addAll(organizationNames).add('|');
    id = projectHash.add(name).add('|').addAll(targetRegions).digest('p-');
  }
  const project: Project = {
    id,
    name,
    organizationIds: orgIds,
    organizationCountReported: countReported,
    targetRegions,
    village,
    domain,
    fundsPledgedWan: pledgedWan,
    fundsPledgedApprox: pledgedApprox,
    fundsInvestedWan: investedWan,
    fundsInvestedApprox: investedApprox,
    staffDeployed: staff,
    beneficiaries: ben,
    beneficiaryUnit,
    beneficiariesApprox: benApprox,
    year,
    periodStart,
    periodEnd,
    status,
    pairingKind,
    campaignId,
    brandId,
    source,
    sourceRow: r.row,
  };
  return project;
}

export function mapKeyCounty(r: RowReader, regions: { pathName(code: string): string; get(code: string): { name: string; level: string } | undefined }): KeyCounty | null {
  const county = r.text('county', true, '县名');
  const province = r.text('province');
  const prefectureRaw = r.text('prefecture');
  // 重庆市 “县” / “市辖区” are table groupings, not prefectures
  const prefecture = prefectureRaw !== null && /^(县|市辖区|省直辖县级行政区划|自治区直辖县级行政区划)$/u.test(prefectureRaw) ? null : prefectureRaw;
  const rawCode = r.text('code');
  let code: string | null = null;
  if (rawCode !== null) {
    code = r.regionOf('code', rawCode);
    if (code !== null && regions.get(code)?.level !== 'county') {
      r.issue('constraint-error', 'code', rawCode, '重点帮扶县的代码应为县级（6 位，末两位不为 00）。');
      code = null;
    }
  } else if (county !== null) {
    code = r.regionOf('county', [province, prefecture, county].filter(Boolean).join('/'));
  }
  if (code !== null && county !== null) {
    const path = regions.pathName(code);
    const current = regions.get(code)!.name;
    if (current !== county && rawCode !== null) {
      const byName = [province, prefecture, county].filter(Boolean).join('/');
      const named = r.regionOf('county', byName);
      if (named !== null && named !== code) {
        r.issue('constraint-error', 'code', rawCode, `代码 ${code} 是“${path}”，与县名“${county}”不符：请核对代码或县名。`);
      }
    }
  }
  const listDate = r.date('listDate') ?? '2021-08-27';
  const source = r.text('source') ?? `${r.file} 第 ${r.row} 行`;
  if (r.errors > 0 || code === null || county === null) return null;
  const chain = regions.pathName(code).split('/');
  return {
    code,
    name: county,
    prefecture: prefecture ?? (chain.length > 2 ? chain[chain.length - 2]! : null),
    province: province ?? chain[0] ?? '',
    list: r.text('list') ?? '国家乡村振兴重点帮扶县',
    listDate,
    source,
  };
}

export function mapRegionAlias(r: RowReader, regions: { get(code: string): unknown }): RegionAlias | null {
  const alias = r.text('alias', true, '别称或旧名');
  const code = r.text('code', true, '现行 6 位代码');
  const oldCode = r.text('oldCode');
  const kindRaw = r.text('kind', true, 'renamed 或 abbreviation');
  const kind = kindRaw === 'renamed' || kindRaw === '更名' ? 'renamed' : kindRaw === 'abbreviation' || kindRaw === '简称' ? 'abbreviation' : null;
  if (kindRaw !== null && kind === null) r.issue('constraint-error', 'kind', kindRaw, '类型应为 renamed（更名）或 abbreviation（简称）。');
  if (code !== null && !regions.get(code)) r.issue('unknown-region', 'code', code, `现行代码 ${code} 不在行政区划代码表中：请核对。`);
  if (oldCode !== null && !/^\d{6}$/u.test(oldCode)) r.issue('type-error', 'oldCode', oldCode, '旧代码应为 6 位数字。');
  const effective = r.date('effective');
  const source = r.text('source', true, '来源');
  if (r.errors > 0 || alias === null || code === null || kind === null || source === null) return null;
  return { alias, oldCode, code, kind, effective, source };
}

/** What a brand or exemplary row may refer to (organizations are read before both). */
export interface OrgRefs {
  hasOrg(id: string): boolean;
  orgRejected(id: string): boolean;
}

function checkOrgIds(r: RowReader, key: string, ids: readonly string[], refs: OrgRefs): void {
  for (const id of ids) {
    if (!refs.hasOrg(id)) {
      const why = refs.orgRejected(id) ? '该组织所在行有错误未被接收' : '组织表中没有这个标识';
      r.issue('foreign-key', key, id, `社会组织“${id}”不存在（${why}）：请先在组织表中登记，或改正标识。`);
    }
  }
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,80}$/u;

export function mapBrand(r: RowReader, refs: OrgRefs): Brand | null {
  const id = r.text('id', true, '品牌标识');
  if (id !== null && !ID_PATTERN.test(id)) r.issue('constraint-error', 'id', id, '品牌标识只能用小写英文字母、数字和连字符。');
  const name = r.text('name', true, '品牌名称');
  const family = r.vocab('family', BRAND_FAMILIES, true);
  const kind = r.vocab('kind', BRAND_KINDS, true);
  const organizationIds = r.list('organizationIds');
  checkOrgIds(r, 'organizationIds', organizationIds, refs);
  const description = r.text('description');
  const launched = r.date('launched');
  const regions = r.regionList('regions');
  const source = r.text('source', true, '来源');
  if (r.errors > 0 || id === null || name === null || family === null || kind === null || source === null) return null;
  return { id, name, family, kind, organizationIds, description, launched, regions, source };
}

export function mapExemplary(r: RowReader, refs: OrgRefs): Exemplary | null {
  const organizationId = r.text('organizationId', true, '组织标识');
  if (organizationId !== null) checkOrgIds(r, 'organizationId', [organizationId], refs);
  const year = r.year('year');
  if (year !== null && (year < 2000 || year > 2100)) r.issue('constraint-error', 'year', r.raw('year'), '年度应在 2000–2100 之间：请核对。');
  const recognition = r.text('recognition', true, '表彰或推介');
  const reason = r.text('reason', true, '推介理由');
  const source = r.text('source', true, '来源');
  if (r.errors > 0 || organizationId === null || recognition === null || reason === null || source === null) return null;
  return { organizationId, year, recognition, reason, source };
}

export const CAMPAIGN_KIND_MATCH = vocabMatcher(CAMPAIGN_KINDS);

/** Context a stats table gives above its header (title and 单位（盖章）). */
export interface SheetContext {
  year: number | null;
  reporter: string | null;
}

/** Reads the year from a title like "2021年社会组织参与乡村振兴情况统计表" and the reporter from "单位（盖章）：…". */
export function readSheetContext(rowsAbove: readonly (readonly string[])[]): SheetContext {
  let year: number | null = null;
  let reporter: string | null = null;
  for (const row of rowsAbove) {
    for (const cell of row) {
      const c = toHalfWidth(cell);
      const y = /((?:19|20)\d{2})\s*年(?:度)?/u.exec(c);
      if (y && year === null) year = Number(y[1]);
      const u = /单位\s*(?:\(盖章\))?\s*[:：]\s*([^_\s][^_]*?)\s*_*$/u.exec(c);
      if (u && u[1] && !/^_+$/u.test(u[1])) reporter = cleanText(u[1]);
    }
  }
  return { year, reporter };
}

export type { RegionStat };
