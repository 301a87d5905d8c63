/**
 * Controlled vocabularies shared by the schemas, the ingestion normalizers and the pages.
 * Each value has a stable English id (used in code, URLs and exported data) and the Chinese
 * label a reader sees. Synonyms are the spellings found in official templates and reports;
 * they are matched after whitespace and the suffixes 帮扶/扶贫/振兴 are removed.
 */

/** A controlled value: stable id, Chinese label, accepted spellings. */
export interface VocabEntry<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly synonyms: readonly string[];
  readonly note?: string;
}

/**
 * Assistance domains (帮扶领域 / 项目性质). One list covering the national plan (产业、就业、教育、
 * 健康、养老、消费, seed 003), Jiangsu's 项目性质 (民生、产业、消费、教育、生态、医疗卫生、志愿服务、
 * 其他, seed 004 附件2) and 文化 (Beijing report, seed 001). Mapping decisions are in `note`.
 */
export const DOMAINS = [
  {
    id: 'industry',
    label: '产业',
    synonyms: ['产业', '产业发展', '科技', '农业技术'],
    note: '国家方案“产业帮扶”；江苏“产业帮扶”。科技扶贫、引进种养项目归入产业。',
  },
  { id: 'employment', label: '就业', synonyms: ['就业', '技能培训', '就业创业'], note: '国家方案“就业帮扶”。' },
  { id: 'education', label: '教育', synonyms: ['教育', '助学', '教育资助'], note: '国家方案、江苏“教育帮扶”。' },
  {
    id: 'health',
    label: '健康',
    synonyms: ['健康', '医疗卫生', '医疗', '卫生', '医疗健康'],
    note: '国家方案“健康帮扶”与江苏“医疗卫生帮扶”合并为一类。',
  },
  { id: 'elderlyCare', label: '养老', synonyms: ['养老', '扶老', '养老服务'], note: '国家方案“养老帮扶”。' },
  { id: 'consumption', label: '消费', synonyms: ['消费', '以购代捐'], note: '国家方案、江苏“消费帮扶”（以购代捐）。' },
  {
    id: 'livelihood',
    label: '民生',
    synonyms: ['民生', '民政', '社会救助', '易地搬迁', '人居环境', '基础设施', '扶老助残', '救孤济困', '助残'],
    note: '江苏“民生帮扶”。天津报道的“民政”领域、河北报道的易地搬迁、人居环境与基础设施归入民生。',
  },
  { id: 'ecology', label: '生态', synonyms: ['生态', '环境保护', '生态环境', '绿色能源'], note: '江苏“生态帮扶”。' },
  { id: 'culture', label: '文化', synonyms: ['文化', '文化建设', '文明乡风'], note: '北京报道“文化建设方面”。' },
  { id: 'volunteer', label: '志愿服务', synonyms: ['志愿服务', '志愿'], note: '江苏“志愿服务”。' },
  { id: 'other', label: '其他', synonyms: ['其他', '其它', '多样化'], note: '江苏“其他”；国家方案“多样化帮扶”。' },
] as const satisfies readonly VocabEntry[];
export type DomainId = (typeof DOMAINS)[number]['id'];
export const DOMAIN_IDS = DOMAINS.map((d) => d.id) as [DomainId, ...DomainId[]];

/** Legal type of a social organization (社会组织类型). */
export const ORG_TYPES = [
  { id: 'association', label: '社会团体', synonyms: ['社会团体', '社团', 'A'] },
  { id: 'foundation', label: '基金会', synonyms: ['基金会', 'B'] },
  { id: 'serviceInstitution', label: '社会服务机构', synonyms: ['社会服务机构', '民办非企业单位', '民非', 'C'] },
] as const satisfies readonly VocabEntry[];
export type OrgTypeId = (typeof ORG_TYPES)[number]['id'];
export const ORG_TYPE_IDS = ORG_TYPES.map((d) => d.id) as [OrgTypeId, ...OrgTypeId[]];

/** Level of the civil-affairs office an organization is registered with (登记层级). */
export const REGISTRATION_LEVELS = [
  { id: 'national', label: '全国性', synonyms: ['全国性', '全国', '民政部', '部级'] },
  { id: 'provincial', label: '省级', synonyms: ['省级', '全省性', '省', '自治区级', '直辖市级', '市级（直辖市）'] },
  { id: 'prefectural', label: '市级', synonyms: ['市级', '地市级', '设区市级', '州级', '盟级'] },
  { id: 'county', label: '县级', synonyms: ['县级', '区级', '县（市、区）级', '旗级'] },
] as const satisfies readonly VocabEntry[];
export type RegistrationLevelId = (typeof REGISTRATION_LEVELS)[number]['id'];
export const REGISTRATION_LEVEL_IDS = REGISTRATION_LEVELS.map((d) => d.id) as [RegistrationLevelId, ...RegistrationLevelId[]];

/** How the assisting and assisted sides are paired (帮扶关系). */
export const PAIRING_KINDS = [
  { id: 'pairing', label: '结对帮扶', synonyms: ['结对帮扶', '结对'] },
  { id: 'eastWest', label: '东西部协作', synonyms: ['东西部协作', '东西部扶贫协作', '东西协作'] },
  { id: 'counterpart', label: '对口支援', synonyms: ['对口支援', '援藏', '援疆', '对口帮扶'] },
  { id: 'intraProvince', label: '省内帮促', synonyms: ['省内帮促', '省内', '富民强村帮促', '省内帮扶'] },
] as const satisfies readonly VocabEntry[];
export type PairingKindId = (typeof PAIRING_KINDS)[number]['id'];
export const PAIRING_KIND_IDS = PAIRING_KINDS.map((d) => d.id) as [PairingKindId, ...PairingKindId[]];

/** What a beneficiary count counts (受益人数的单位). */
export const BENEFICIARY_UNITS = [
  { id: 'person', label: '人', synonyms: ['人', '名', '人数'] },
  { id: 'personTime', label: '人次', synonyms: ['人次'] },
  { id: 'household', label: '户', synonyms: ['户', '家庭', '户数'] },
] as const satisfies readonly VocabEntry[];
export type BeneficiaryUnitId = (typeof BENEFICIARY_UNITS)[number]['id'];
export const BENEFICIARY_UNIT_IDS = BENEFICIARY_UNITS.map((d) => d.id) as [BeneficiaryUnitId, ...BeneficiaryUnitId[]];

/** Where a project stands (项目状态). */
export const PROJECT_STATUSES = [
  { id: 'planned', label: '计划/已认领', synonyms: ['计划', '已认领', '认领', '拟实施', '签约'] },
  { id: 'ongoing', label: '实施中', synonyms: ['实施中', '进行中', '在建', '持续'] },
  { id: 'completed', label: '已完成', synonyms: ['已完成', '完成', '结项', '已结项'] },
] as const satisfies readonly VocabEntry[];
export type ProjectStatusId = (typeof PROJECT_STATUSES)[number]['id'];
export const PROJECT_STATUS_IDS = PROJECT_STATUSES.map((d) => d.id) as [ProjectStatusId, ...ProjectStatusId[]];

/** Kind of campaign (行动). */
export const CAMPAIGN_KINDS = [
  { id: 'campaign', label: '专项行动', synonyms: ['专项行动', '行动'] },
  { id: 'tour', label: '社会组织乡村行', synonyms: ['乡村行', '社会组织乡村行'] },
  { id: 'claim', label: '认领活动', synonyms: ['认领活动', '认领', '动员'] },
  { id: 'meeting', label: '推进会议', synonyms: ['推进会议', '推进会', '工作会议', '会议'] },
  { id: 'notice', label: '动员通知', synonyms: ['动员通知', '通知', '文件'] },
] as const satisfies readonly VocabEntry[];
export type CampaignKindId = (typeof CAMPAIGN_KINDS)[number]['id'];
export const CAMPAIGN_KIND_IDS = CAMPAIGN_KINDS.map((d) => d.id) as [CampaignKindId, ...CampaignKindId[]];

/** Public-welfare brand families of the national plan (seed 003, 三、(二)). */
export const BRAND_FAMILIES = [
  { id: 'development', label: '乡村发展', synonyms: ['乡村发展'], note: '产业、就业、消费帮扶' },
  { id: 'construction', label: '乡村建设', synonyms: ['乡村建设'], note: '人居环境、公共服务设施、数字乡村' },
  { id: 'governance', label: '乡村治理', synonyms: ['乡村治理'], note: '“三留守”关爱、矛盾调解、农村养老、文明乡风' },
] as const satisfies readonly VocabEntry[];
export type BrandFamilyId = (typeof BRAND_FAMILIES)[number]['id'];
export const BRAND_FAMILY_IDS = BRAND_FAMILIES.map((d) => d.id) as [BrandFamilyId, ...BrandFamilyId[]];

/**
 * Which brand family a project's domain serves, following the plan's wording (seed 003, 三、(二)):
 * 乡村发展 = 产业、就业、消费; 乡村建设 = 人居环境、基本公共服务设施 (教育、健康、民生)、生态;
 * 乡村治理 = 特殊群体关爱、养老、文明乡风 (文化)、志愿服务. 其他 belongs to none.
 */
export const DOMAIN_FAMILY: Readonly<Record<DomainId, BrandFamilyId | null>> = {
  industry: 'development',
  employment: 'development',
  consumption: 'development',
  livelihood: 'construction',
  education: 'construction',
  health: 'construction',
  ecology: 'construction',
  elderlyCare: 'governance',
  culture: 'governance',
  volunteer: 'governance',
  other: null,
};

/** Kind of brand record (公益品牌 / 专项行动 / 关爱行动). */
export const BRAND_KINDS = [
  { id: 'brand', label: '公益品牌', synonyms: ['公益品牌', '品牌'] },
  { id: 'action', label: '专项行动', synonyms: ['专项行动', '行动'] },
  { id: 'care', label: '关爱行动', synonyms: ['关爱行动', '关爱'] },
] as const satisfies readonly VocabEntry[];
export type BrandKindId = (typeof BRAND_KINDS)[number]['id'];
export const BRAND_KIND_IDS = BRAND_KINDS.map((d) => d.id) as [BrandKindId, ...BrandKindId[]];

/** Label of a vocabulary id, for display. */
export function labelOf<Id extends string>(vocab: readonly VocabEntry<Id>[], id: Id): string {
  return vocab.find((v) => v.id === id)?.label ?? id;
}

function vocabKey(s: string): string {
  return s.replace(/\s+/g, '').replace(/(帮扶|扶贫|振兴|类|领域)$/u, '');
}

/**
 * Builds a matcher from free text to a vocabulary id: exact id, label or synonym, after
 * removing whitespace and a trailing 帮扶/扶贫/振兴/类/领域. Returns undefined when nothing matches.
 */
export function vocabMatcher<Id extends string>(vocab: readonly VocabEntry<Id>[]): (text: string) => Id | undefined {
  const map = new Map<string, Id>();
  for (const v of vocab) {
    map.set(v.id, v.id);
    map.set(vocabKey(v.label), v.id);
    for (const s of v.synonyms) map.set(vocabKey(s), v.id);
  }
  const direct = (text: string): Id | undefined => map.get(text) ?? map.get(vocabKey(text));
  // "社会服务机构（民办非企业单位）": a label with a synonym in brackets, as the templates and data/README.md write them
  return (text) => {
    const hit = direct(text);
    if (hit !== undefined) return hit;
    const m = /^(.+?)\s*[(（]([^()（）]+)[)）]$/u.exec(text.trim());
    if (!m) return undefined;
    const outer = direct(m[1]!);
    const inner = direct(m[2]!);
    return outer !== undefined && (inner === undefined || inner === outer) ? outer : undefined;
  };
}

/** Kinds of source documents (来源表 `kind`). */
export const SOURCE_KINDS = [
  { id: 'notice', label: '通知文件', synonyms: ['通知文件', '通知', '文件'] },
  { id: 'report', label: '工作报告', synonyms: ['工作报告', '报告'] },
  { id: 'news', label: '新闻报道', synonyms: ['新闻报道', '新闻', '报道'] },
  { id: 'repost', label: '转载', synonyms: ['转载'] },
] as const satisfies readonly VocabEntry[];
export type SourceKindId = (typeof SOURCE_KINDS)[number]['id'];
export const SOURCE_KIND_IDS = SOURCE_KINDS.map((k) => k.id) as [SourceKindId, ...SourceKindId[]];

/**
 * How a source qualifies a figure (约、近、超过 before the number; 余、多 between the number and its
 * unit; 以上、左右 after the unit), kept as written so that a page says "800 余万元", "近 400 人",
 * "超过 30 亿元" and never rewrites them all as 约.
 */
export const QUALIFIERS = ['约', '近', '超过', '余', '多', '以上', '左右'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
/** The qualifiers as a vocabulary (the data dictionary lists every enum's values with their Chinese names). */
export const QUALIFIER_VOCAB = QUALIFIERS.map((q) => ({ id: q, label: q, synonyms: [q] })) satisfies readonly VocabEntry[];
/** Qualifiers that make a figure a lower bound ("800余" is at least 800). */
export const LOWER_BOUND_QUALIFIERS: ReadonlySet<Qualifier> = new Set(['超过', '余', '多', '以上']);
/** The written form of a qualifier a cell may carry → the qualifier kept (超/逾 → 超过, 大约 → 约, + → 多). */
export function qualifierOf(written: string | undefined): Qualifier | null {
  if (written === undefined) return null;
  const map: Record<string, Qualifier> = {
    约: '约',
    大约: '约',
    近: '近',
    超过: '超过',
    超: '超过',
    逾: '超过',
    余: '余',
    多: '多',
    '+': '多',
    以上: '以上',
    左右: '左右',
  };
  return map[written] ?? null;
}
