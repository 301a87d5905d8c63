/**
 * 帮扶项目表 (项目明细表, 附件2): one row per report of a project (one year, one reporting unit).
 * Organizations are named by id (the canonical table) or by name (the 附件2 template). A project's
 * id is its 项目标识; else its 项目编号 (as written when it is a valid id, else hashed); else one
 * derived from its organizations, name and target regions, never from its figures. Rows with the
 * same id are reports of one project (combined by src/lib/aggregate/reports.ts); two of the same
 * year and reporting unit are a duplicate.
 */
import { MEASURES } from '../../measures.ts';
import type { ProjectReport, ReportFigures as Figures } from '../../schema/project.ts';
import {
  BENEFICIARY_UNITS,
  DOMAINS,
  PAIRING_KINDS,
  PROJECT_STATUSES,
  QUALIFIERS,
  qualifierOf,
  vocabMatcher,
  type BeneficiaryUnitId,
  type DomainId,
  type Qualifier,
} from '../../schema/vocab.ts';
import { ContentHash, flatCopy, IdTable, ProjectStore, shortHash } from '../fast/index.ts';
import type { RowReader } from '../rowReader.ts';
import { ROW_NUMBER_COLUMNS, type SheetContext, sheetSource, type TableSpec } from './spec.ts';
import { checkOrgIds, checkSource, ID_PATTERN, nameText, readInferred, type References, INFERRED_HEADERS } from './table.ts';
import { projectSchema } from '../../schema/project.ts';

/** The fields a project's `inferred` cell may name. */
const PROJECT_FIELDS: ReadonlySet<string> = new Set(Object.keys(projectSchema.shape));

export const projectsSpec: TableSpec = {
  kind: 'projects',
  label: '帮扶项目表',
  columns: {
    id: ['项目标识'],
    code: ['项目编号'],
    name: ['项目名称'],
    organizationIds: ['社会组织标识', '组织标识'],
    organizationNames: ['社会组织名称', '组织名称', '实施单位'],
    organizationCountReported: ['参与组织数'],
    targetRegions: ['帮扶地区', '帮扶地区(省/市/县)', '受援地区', '项目实施地'],
    village: ['村', '村(乡镇)', '帮扶村'],
    domain: ['项目性质', '帮扶领域', '领域'],
    fundsPledgedWan: ['认领资金', '计划资金', '计划投入资金', MEASURES.fundsPledgedWan.label, '项目总金额'],
    fundsInvestedWan: ['投入资金', '拨付资金', MEASURES.fundsInvestedWan.label, '投入资金数'],
    // a figure's qualifier in a column of its own, as the open-data CSV writes it (800 | 余)
    fundsPledgedQualifier: ['计划资金的限定词'],
    fundsInvestedQualifier: ['投入资金的限定词'],
    beneficiariesQualifier: ['受益人数的限定词'],
    staffDeployed: ['投入人员数', '投入人员'],
    beneficiaries: ['受益人数', '受益人口'],
    beneficiaryUnit: ['受益单位'],
    year: ['年度'],
    reportingUnit: ['填报单位', '报送单位'],
    periodStart: ['开始时间', '起始时间'],
    periodEnd: ['结束时间', '截止时间'],
    status: ['项目状态', '状态'],
    pairingKind: ['帮扶关系', '帮扶方式'],
    campaignId: ['所属行动', '行动'],
    brandId: ['公益品牌', '品牌'],
    source: ['来源'],
    inferred: INFERRED_HEADERS,
  },
  required: [['name'], ['organizationIds', 'organizationNames'], ['targetRegions'], ['domain']],
  ignored: ROW_NUMBER_COLUMNS,
};

const unitMatcher = vocabMatcher(BENEFICIARY_UNITS);
/** Reused for every project id (see ContentHash). */
const projectHash = new ContentHash();

/** Per organization name within one file: its shared id list and the id hash state after "|name|". */
interface NameEntry {
  ids: string[];
  hash: readonly [number, number] | null;
}

/**
 * Which optional columns a file has, looked up once per file (RowReader.perTable) rather than per
 * cell: an absent column reads exactly as a blank cell would (null, no issue).
 */
function projectColumns(r: RowReader) {
  const has = (k: string): boolean => r.has(k);
  return {
    byName: new Map<string, NameEntry>(),
    organizationIds: has('organizationIds'),
    organizationNames: has('organizationNames'),
    village: has('village'),
    fundsPledgedWan: has('fundsPledgedWan'),
    fundsInvestedWan: has('fundsInvestedWan'),
    fundsPledgedQualifier: has('fundsPledgedQualifier'),
    fundsInvestedQualifier: has('fundsInvestedQualifier'),
    beneficiariesQualifier: has('beneficiariesQualifier'),
    staffDeployed: has('staffDeployed'),
    beneficiaries: has('beneficiaries'),
    beneficiaryUnit: has('beneficiaryUnit'),
    year: has('year'),
    periodStart: has('periodStart'),
    periodEnd: has('periodEnd'),
    status: has('status'),
    pairingKind: has('pairingKind'),
    campaignId: has('campaignId'),
    brandId: has('brandId'),
    organizationCountReported: has('organizationCountReported'),
    source: has('source'),
    id: has('id'),
    code: has('code'),
    reportingUnit: has('reportingUnit'),
    inferred: has('inferred'),
  };
}
type Columns = ReturnType<typeof projectColumns>;

/** The empty list, shared (never mutated), as RowReader.list returns for a blank cell. */
const NO_IDS: string[] = Object.freeze([]) as unknown as string[];

/**
 * A figure's qualifier: as its cell writes it ("800余"), or from the figure's own qualifier column
 * (800 | 余, as the open-data CSV writes it); both at once must agree.
 */
function qualifierFor(r: RowReader, key: string, inCell: Qualifier | null, value: number | null): Qualifier | null {
  const raw = r.raw(key).trim();
  if (raw === '') return inCell;
  const q = qualifierOf(raw);
  const fix =
    q === null
      ? `限定词应为 ${QUALIFIERS.join('、')} 之一，照来源写法填写；没有限定词请留空。`
      : value === null
        ? '这一项没有数字，限定词无所依附：请补上数字，或删去限定词。'
        : inCell !== null && inCell !== q
          ? `数字里已写“${inCell}”，与本列的“${q}”不一致：请只在一处写。`
          : null;
  if (fix !== null) r.issue('constraint-error', key, raw, fix);
  return fix === null ? q : inCell;
}

/** Money, people and beneficiaries, with their approximate flags and the beneficiary unit. */
function readFigures(r: RowReader, has: Columns): Figures {
  const pledged = has.fundsPledgedWan ? r.amountWan('fundsPledgedWan') : null;
  let pledgedQualifier = pledged !== null ? r.amountQualifier : null;
  if (has.fundsPledgedQualifier) pledgedQualifier = qualifierFor(r, 'fundsPledgedQualifier', pledgedQualifier, pledged);
  const pledgedApprox = pledged !== null && (r.amountApprox || pledgedQualifier !== null);
  const invested = has.fundsInvestedWan ? r.amountWan('fundsInvestedWan') : null;
  let investedQualifier = invested !== null ? r.amountQualifier : null;
  if (has.fundsInvestedQualifier) investedQualifier = qualifierFor(r, 'fundsInvestedQualifier', investedQualifier, invested);
  const investedApprox = invested !== null && (r.amountApprox || investedQualifier !== null);
  const staff = has.staffDeployed ? r.countValue('staffDeployed', '投入人员数') : null;
  const staffUnit = staff !== null ? r.countUnit : null;
  if (staffUnit && staffUnit !== '人' && staffUnit !== '名')
    r.issue('constraint-error', 'staffDeployed', r.raw('staffDeployed'), '投入人员数应为人数（人）。');
  const ben = has.beneficiaries ? r.countValue('beneficiaries', '受益人数') : null;
  const benUnit = ben !== null ? r.countUnit : null;
  let benQualifier = ben !== null ? r.countQualifier : null;
  if (has.beneficiariesQualifier) benQualifier = qualifierFor(r, 'beneficiariesQualifier', benQualifier, ben);
  const benApprox = ben !== null && (r.countApprox || benQualifier !== null);
  let unit: BeneficiaryUnitId | null = has.beneficiaryUnit ? r.vocab('beneficiaryUnit', BENEFICIARY_UNITS) : null;
  if (ben !== null) {
    const inCell = benUnit ? (unitMatcher(benUnit) ?? null) : null;
    if (benUnit && !inCell)
      r.issue('constraint-error', 'beneficiaries', r.raw('beneficiaries'), `受益人数的单位“${benUnit}”不可用：请用“人”“人次”或“户”。`);
    if (inCell) unit = inCell;
    if (!unit) {
      unit = 'person';
      // a header that says 人数 (the templates' 受益人数) already states the unit
      if (!r.header('beneficiaries').includes('人数'))
        r.issue('default-unit', 'beneficiaries', r.raw('beneficiaries'), '未写单位，按“人”计；若为人次或户，请在数字后注明。');
    }
  } else if (!has.beneficiaryUnit) unit = null;
  const countReported = has.organizationCountReported ? r.countValue('organizationCountReported', '参与组织数') : null;
  return {
    fundsPledgedWan: pledged,
    fundsPledgedApprox: pledgedApprox,
    fundsPledgedQualifier: pledgedQualifier,
    fundsInvestedWan: invested,
    fundsInvestedApprox: investedApprox,
    fundsInvestedQualifier: investedQualifier,
    staffDeployed: staff,
    beneficiaries: ben,
    beneficiaryUnit: unit,
    beneficiariesApprox: benApprox,
    beneficiariesQualifier: benQualifier,
    organizationCountReported: countReported,
  };
}

/** Year (the row's 年度, else the sheet title's) and period. */
function readTime(r: RowReader, has: Columns, sheetYear: number | null): Pick<ProjectReport, 'year' | 'periodStart' | 'periodEnd'> {
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
  return { year, periodStart, periodEnd };
}

/** Campaign and brand references. */
function readLinks(r: RowReader, has: Columns, refs: References): Pick<ProjectReport, 'campaignId' | 'brandId'> {
  const campaignId = has.campaignId ? r.text('campaignId') : null;
  const brandId = has.brandId ? r.text('brandId') : null;
  if (campaignId !== null && !refs.hasCampaign(campaignId))
    r.issue('foreign-key', 'campaignId', campaignId, `行动“${campaignId}”不存在：请在 campaigns.json 中登记该行动，或改正标识。`);
  if (brandId !== null && !refs.hasBrand(brandId))
    r.issue('foreign-key', 'brandId', brandId, `公益品牌“${brandId}”不存在：请在公益品牌表（brands.csv）中登记，或改正标识。`);
  return { campaignId, brandId };
}

/**
 * The organizations of an accepted row as ids. Names become ids only here, for accepted rows, so
 * that a rejected row never creates an organization.
 */
function organizationIdsOf(
  r: RowReader,
  has: Columns,
  ids: string[],
  names: string[],
  refs: References,
): { ids: string[]; entry: NameEntry | undefined } {
  if (ids.length === 0 && names.length === 1) {
    const n = names[0]!;
    let entry = has.byName.get(n);
    if (entry === undefined) has.byName.set(flatCopy(n), (entry = { ids: refs.orgIdsForName(n, r), hash: null }));
    return { ids: entry.ids, entry };
  }
  if (names.length === 0) return { ids, entry: undefined };
  const out = [...ids];
  for (const n of names) {
    const oid = refs.orgIdForName(n, r);
    if (!out.includes(oid)) out.push(oid);
  }
  return { ids: out, entry: undefined };
}

/** = shortHash('p-', ...organizationIds, '|', ...organizationNames, '|', name, '|', ...targetRegions). */
function derivedId(
  ids: readonly string[],
  names: readonly string[],
  entry: NameEntry | undefined,
  name: string,
  regions: readonly string[],
): string {
  if (entry !== undefined) {
    // one organization name: the hash state after the names depends on that name only
    if (entry.hash === null) entry.hash = projectHash.reset().add('|').add(names[0]!).add('|').snapshot();
    projectHash.resume(entry.hash);
  } else projectHash.reset().addAll(ids).add('|').addAll(names).add('|');
  return projectHash.add(name).add('|').addAll(regions).digest('p-');
}

/** The id a 项目编号 gives: itself in lower case when that is a valid id ("JS-2022-001" → "js-2022-001"), else a hash of it. */
export function idOfCode(code: string): string {
  const lower = code.toLowerCase();
  return ID_PATTERN.test(lower) ? lower : shortHash('p-', '#', code);
}

export function mapProject(r: RowReader, context: SheetContext, refs: References): ProjectReport | null {
  const has = r.perTable(projectColumns);
  const name = nameText(r, 'name', '项目名称');
  const organizationIds = has.organizationIds ? r.list('organizationIds') : NO_IDS;
  const organizationNames = has.organizationNames ? r.list('organizationNames') : NO_IDS;
  if (organizationIds.length === 0 && organizationNames.length === 0) {
    const key = r.has('organizationIds') ? 'organizationIds' : 'organizationNames';
    r.issue(
      'missing-cell',
      key,
      '',
      `「${r.header(key)}」不能为空：请填写实施项目的社会组织${key === 'organizationIds' ? '标识' : '全称'}，多个用分号分隔。`,
    );
  }
  const targetRegions = r.regionList('targetRegions', true);
  const village = has.village ? r.text('village') : null;
  const domain = r.vocab<DomainId>('domain', DOMAINS, true);
  const figures = readFigures(r, has);
  const time = readTime(r, has, context.year);
  const status = has.status ? r.vocab('status', PROJECT_STATUSES) : null;
  const pairingKind = has.pairingKind ? r.vocab('pairingKind', PAIRING_KINDS) : null;
  const links = readLinks(r, has, refs);
  const written = has.source ? r.text('source') : null;
  checkSource(r, 'source', written, refs);
  const source = written ?? sheetSource(context, r.file); // the row number is kept apart, in sourceRow
  const rawId = has.id ? r.text('id') : null;
  const code = has.code ? r.text('code') : null;
  const reportingUnit = (has.reportingUnit ? r.text('reportingUnit') : null) ?? context.reporter;
  if (rawId !== null && !ID_PATTERN.test(rawId)) r.issue('constraint-error', 'id', rawId, '项目标识只能用小写英文字母、数字和连字符。');
  checkOrgIds(r, 'organizationIds', organizationIds, refs);
  const inferred = has.inferred ? readInferred(r, PROJECT_FIELDS) : NO_IDS;
  if (r.errors > 0 || name === null || domain === null) return null;
  const orgs = organizationIdsOf(r, has, organizationIds, organizationNames, refs);
  const id = rawId ?? (code !== null ? idOfCode(code) : derivedId(organizationIds, organizationNames, orgs.entry, name, targetRegions));
  return {
    id,
    code,
    name,
    organizationIds: orgs.ids,
    organizationCountReported: figures.organizationCountReported,
    targetRegions,
    village,
    domain,
    fundsPledgedWan: figures.fundsPledgedWan,
    fundsPledgedApprox: figures.fundsPledgedApprox,
    fundsPledgedQualifier: figures.fundsPledgedQualifier,
    fundsInvestedWan: figures.fundsInvestedWan,
    fundsInvestedApprox: figures.fundsInvestedApprox,
    fundsInvestedQualifier: figures.fundsInvestedQualifier,
    staffDeployed: figures.staffDeployed,
    beneficiaries: figures.beneficiaries,
    beneficiaryUnit: figures.beneficiaryUnit,
    beneficiariesApprox: figures.beneficiariesApprox,
    beneficiariesQualifier: figures.beneficiariesQualifier,
    year: time.year,
    reportingUnit,
    periodStart: time.periodStart,
    periodEnd: time.periodEnd,
    status,
    pairingKind,
    campaignId: links.campaignId,
    brandId: links.brandId,
    source,
    sourceRow: r.row,
    inferred,
  };
}

/** What two reports of one project must agree on; a difference is reported, and the latest report's value is shown. */
const SAME_PROJECT: readonly { key: 'name' | 'domain' | 'organizationIds' | 'targetRegions'; what: string }[] = [
  { key: 'name', what: '项目名称' },
  { key: 'domain', what: '项目性质' },
  { key: 'organizationIds', what: '社会组织' },
  { key: 'targetRegions', what: '帮扶地区' },
];

const FIGURE_KEYS = ['fundsPledgedWan', 'fundsInvestedWan', 'staffDeployed', 'beneficiaries'] as const;

/** " 2022 年度" (spaced as the text around it wants), or "（未写年度）". */
const yearText = (y: number | null): string => (y === null ? '（未写年度）' : ` ${y} 年度`);

/**
 * Accepted project reports, kept in columns (ProjectStore: no object per record until the site
 * reads them). A row whose id is new is a project; a row with an id already read is a further
 * report of that project (another year, or another reporting unit), kept in `groups`, unless an
 * earlier report has the same year and reporting unit: then it is a duplicate and rejected. A
 * row's file is found from the index where each file's rows begin (files are read one after another).
 */
export class ProjectCollector {
  readonly store = new ProjectStore();
  /** Index of a project's first report → indices of all its reports, for projects reported more than once. */
  readonly groups = new Map<number, number[]>();
  private readonly fileStarts: { start: number; file: string }[] = [];
  private readonly ids = new IdTable((i) => this.store.id(i));

  reserve(rows: number): void {
    this.ids.reserve(rows);
    this.store.reserve(rows);
  }

  /** Number of distinct projects (rows less further reports). */
  get projectCount(): number {
    let further = 0;
    for (const g of this.groups.values()) further += g.length - 1;
    return this.store.length - further;
  }

  /** Indices of every report of the projects reported more than once. */
  groupedRows(): Set<number> {
    const out = new Set<number>();
    for (const g of this.groups.values()) for (const i of g) out.add(i);
    return out;
  }

  /** Adds the row's report, or reports the row that has its id, year and reporting unit already. */
  add(p: ProjectReport, r: RowReader): void {
    const first = this.ids.addOrFind(p.id, this.store.length);
    if (first >= 0) {
      const group = this.groups.get(first) ?? [first];
      const same = group.find((i) => this.store.yearOf(i) === p.year && this.store.reportingUnitOf(i) === p.reportingUnit);
      if (same !== undefined) {
        r.issue(
          'unique-error',
          'id',
          p.id,
          `项目“${p.name}”（标识 ${p.id}）的${yearText(p.year)}报告重复：与 ${this.fileOf(same)} 第 ${this.store.sourceRow(same)} 行相同。同一项目同一年度、同一填报单位只填一行：请删除重复行；若是另一个项目，请改用不同的项目名称或项目编号。`,
        );
        return;
      }
      this.compare(group, p, r);
      group.push(this.store.length);
      this.groups.set(first, group);
    }
    if (this.fileStarts.at(-1)?.file !== r.file) this.fileStarts.push({ start: this.store.length, file: r.file });
    this.store.push(p);
  }

  /**
   * Advisories for a further report: what identifies the project differs from its first report (an
   * explicit 项目编号 reused for another project reads this way), or a report of the same year by
   * another unit gives other figures (the site shows the larger; see reports.ts).
   */
  private compare(group: readonly number[], p: ProjectReport, r: RowReader): void {
    const firstRow = this.store.get(group[0]!);
    const where = (i: number): string => `${this.fileOf(i)} 第 ${this.store.sourceRow(i)} 行`;
    for (const { key, what } of SAME_PROJECT) {
      const a = firstRow[key];
      const b = p[key];
      if (typeof a === 'string' ? a === b : (a as readonly string[]).join(';') === (b as readonly string[]).join(';')) continue;
      const column = key === 'organizationIds' && !r.has('organizationIds') ? 'organizationNames' : key;
      const earlier = typeof a === 'string' ? `（“${a}”）` : '';
      const all = key === 'organizationIds' || key === 'targetRegions' ? `，并列出各次报告的全部${what}` : '';
      r.issue(
        'report-differs',
        column,
        r.raw(column),
        `与同一项目（标识 ${p.id}）在 ${where(group[0]!)} 的报告${what}不同${earlier}：网站按最近一个年度的报告显示${all}。若不是同一项目，请改用不同的项目编号。`,
      );
    }
    for (const i of group) {
      if (this.store.yearOf(i) !== p.year) continue;
      const other = this.store.get(i);
      const differ = FIGURE_KEYS.filter((k) => other[k] !== null && p[k] !== null && other[k] !== p[k]);
      if (differ.length === 0) continue;
      const k = differ[0]!;
      r.issue(
        'report-differs',
        k,
        r.raw(k),
        `同一项目${yearText(p.year)}已由${other.reportingUnit ?? '另一单位'}在 ${where(i)}报告，数字不同（${other[k]}）：同一年度多个单位的报告按一次计，取较大值，不相加。请与对方核对。`,
      );
    }
  }

  private fileOf(i: number): string {
    return this.fileStarts.findLast((f) => f.start <= i)!.file;
  }
}
