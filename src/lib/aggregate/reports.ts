/**
 * Several reports of one project: the same project in the 2021 and the 2022 附件2, or reported by
 * two units in one year. A project's identity is its id (an explicit 项目编号, else its
 * organizations + name + target regions, never its figures); each row of a project table is one
 * report of it, for one year, by one reporting unit. This module holds the one rule for what a
 * project's figures are across its reports (REPORT_RULE says it to readers):
 *   - within one year, reports by different units are the same work reported twice, not more
 *     work: each figure is the largest known value of that year's reports (never their sum);
 *   - across years, 投入/拨付资金 is the year's own flow (the 附件2 asks for the year's
 *     investment), so a project's invested funds are the sum of its years' known amounts;
 *   - 认领/计划资金 is the project's whole plan, and people and beneficiaries are a year's
 *     count of people who may be the same next year: these take the latest year that states them,
 *     never a sum across years;
 *   - names, domain and links take the latest report's; organizations and target regions are
 *     every report's, in order of first appearance; the period runs from the earliest start to
 *     the latest end.
 * Figures by year (totals by year, annual editions, the 附件1 comparison) use `inYear`, which
 * gives a project's figures of that year only. Pure.
 */
import type { Project, ProjectReport, ReportFigures as Figures } from '../schema/project.ts';
import { LOWER_BOUND_QUALIFIERS, type Qualifier } from '../schema/vocab.ts';

/** The rule above, for the pages that show a project's years. */
export const REPORT_RULE =
  '同一项目在多个年度或由多个单位填报时，按一个项目计：投入/拨付资金为各年度当年投入之和；认领/计划资金、投入人员数和受益人数取最近一个填报了该项的年度，不跨年相加；同一年度多个单位的报告取较大值，不相加。';

/** A project's reports: its own list, or the project itself when it was reported once. */
export function reportsOf(p: Project): readonly ProjectReport[] {
  return p.reports ?? [p];
}

/** Years a project was reported for, ascending, without repeats (null: a report without a year). */
export function reportYears(p: Project): (number | null)[] {
  const years = [...new Set(reportsOf(p).map((r) => r.year))];
  return years.sort((a, b) => (a === null ? -1 : b === null ? 1 : a - b));
}

/** The years its reports give, ascending (undated reports left out). */
export function knownYears(p: Project): number[] {
  return reportYears(p).filter((y): y is number => y !== null);
}

/** "2021、2022" — the years of a project's reports, for tables; null when no report has a year. */
export function reportYearsText(p: Project): string | null {
  const years = knownYears(p);
  return years.length === 0 ? null : years.join('、');
}

const byYear = (a: ProjectReport, b: ProjectReport): number =>
  a.year === b.year ? 0 : a.year === null ? -1 : b.year === null ? 1 : a.year - b.year;

/** Union of lists, in order of first appearance. */
function union(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/** The last non-null value of a field, latest report last. */
function latest<K extends keyof ProjectReport>(reports: readonly ProjectReport[], key: K): ProjectReport[K] | null {
  for (let i = reports.length - 1; i >= 0; i--) if (reports[i]![key] !== null) return reports[i]![key];
  return null;
}

/** The report holding the largest known value of `key` (the first of equals), or null when none has one. */
function largest(reports: readonly ProjectReport[], key: 'fundsPledgedWan' | 'fundsInvestedWan' | 'staffDeployed' | 'beneficiaries') {
  let best: ProjectReport | null = null;
  for (const r of reports) if (r[key] !== null && (best === null || r[key]! > best[key]!)) best = r;
  return best;
}

/**
 * The qualifier of a sum of qualified figures: none when none is qualified; a lower bound (余、多、
 * 超过、以上) when every qualified one is (the same word, else 多); 约 otherwise.
 */
export function sumQualifier(qs: readonly (Qualifier | null)[]): Qualifier | null {
  const given = qs.filter((q): q is Qualifier => q !== null);
  if (given.length === 0) return null;
  if (given.every((q) => LOWER_BOUND_QUALIFIERS.has(q))) return given.every((q) => q === given[0]) ? given[0]! : '多';
  return '约';
}

/** One year's figures from that year's reports (one report: its own figures). */
function yearFigures(reports: readonly ProjectReport[]): Figures {
  const pledged = largest(reports, 'fundsPledgedWan');
  const invested = largest(reports, 'fundsInvestedWan');
  const staff = largest(reports, 'staffDeployed');
  const ben = largest(reports, 'beneficiaries');
  const counts = reports.map((r) => r.organizationCountReported).filter((n): n is number => n !== null);
  return {
    fundsPledgedWan: pledged?.fundsPledgedWan ?? null,
    fundsPledgedApprox: pledged?.fundsPledgedApprox ?? false,
    fundsPledgedQualifier: pledged?.fundsPledgedQualifier ?? null,
    fundsInvestedWan: invested?.fundsInvestedWan ?? null,
    fundsInvestedApprox: invested?.fundsInvestedApprox ?? false,
    fundsInvestedQualifier: invested?.fundsInvestedQualifier ?? null,
    staffDeployed: staff?.staffDeployed ?? null,
    beneficiaries: ben?.beneficiaries ?? null,
    beneficiaryUnit: ben !== null ? ben.beneficiaryUnit : latest(reports, 'beneficiaryUnit'),
    beneficiariesApprox: ben?.beneficiariesApprox ?? false,
    beneficiariesQualifier: ben?.beneficiariesQualifier ?? null,
    organizationCountReported: counts.length === 0 ? null : Math.max(...counts),
  };
}

/** Figures across years, from each year's figures (earliest first): see the module comment. */
function acrossYears(years: readonly Figures[]): Figures {
  let invested: number | null = null;
  let investedApprox = false;
  const investedQualifiers: (Qualifier | null)[] = [];
  for (const y of years) {
    if (y.fundsInvestedWan === null) continue;
    invested = (invested ?? 0) + y.fundsInvestedWan;
    investedApprox ||= y.fundsInvestedApprox;
    investedQualifiers.push(y.fundsInvestedQualifier ?? (y.fundsInvestedApprox ? '约' : null));
  }
  const last = (has: (y: Figures) => boolean): Figures | undefined => years.findLast(has);
  const pledged = last((y) => y.fundsPledgedWan !== null);
  const staff = last((y) => y.staffDeployed !== null);
  const ben = last((y) => y.beneficiaries !== null);
  const counts = years.map((y) => y.organizationCountReported).filter((n): n is number => n !== null);
  return {
    fundsPledgedWan: pledged?.fundsPledgedWan ?? null,
    fundsPledgedApprox: pledged?.fundsPledgedApprox ?? false,
    fundsPledgedQualifier: pledged?.fundsPledgedQualifier ?? null,
    fundsInvestedWan: invested,
    fundsInvestedApprox: investedApprox,
    fundsInvestedQualifier: sumQualifier(investedQualifiers),
    staffDeployed: staff?.staffDeployed ?? null,
    beneficiaries: ben?.beneficiaries ?? null,
    beneficiaryUnit: ben?.beneficiaryUnit ?? years.findLast((y) => y.beneficiaryUnit !== null)?.beneficiaryUnit ?? null,
    beneficiariesApprox: ben?.beneficiariesApprox ?? false,
    beneficiariesQualifier: ben?.beneficiariesQualifier ?? null,
    organizationCountReported: counts.length === 0 ? null : Math.max(...counts),
  };
}

/** Reports grouped by year, earliest first (null first). */
function groupByYear(reports: readonly ProjectReport[]): ProjectReport[][] {
  const groups = new Map<number | null, ProjectReport[]>();
  for (const r of [...reports].sort(byYear)) {
    let g = groups.get(r.year);
    if (g === undefined) groups.set(r.year, (g = []));
    g.push(r);
  }
  return [...groups.values()];
}

/** Earliest of partial dates ("2021" < "2021-05" < "2021-05-03"). */
const earliest = (dates: readonly (string | null)[]): string | null =>
  dates.reduce<string | null>((a, d) => (d !== null && (a === null || d < a) ? d : a), null);
const latestDate = (dates: readonly (string | null)[]): string | null =>
  dates.reduce<string | null>((a, d) => (d !== null && (a === null || d > a) ? d : a), null);

/**
 * One project from two or more reports of it (same id), in reading order: the combined record,
 * with `reports` earliest year first. The last report by year gives the single-valued fields.
 */
export function combineReports(reports: readonly ProjectReport[]): Project {
  const sorted = [...reports].sort(byYear);
  const last = sorted.at(-1)!;
  const figures = acrossYears(groupByYear(sorted).map(yearFigures));
  return {
    ...last,
    organizationIds: union(sorted.map((r) => r.organizationIds)),
    targetRegions: union(sorted.map((r) => r.targetRegions)),
    village: latest(sorted, 'village'),
    ...figures,
    periodStart: earliest(sorted.map((r) => r.periodStart)),
    periodEnd: latestDate(sorted.map((r) => r.periodEnd)),
    status: latest(sorted, 'status'),
    pairingKind: latest(sorted, 'pairingKind'),
    campaignId: latest(sorted, 'campaignId'),
    brandId: latest(sorted, 'brandId'),
    code: latest(sorted, 'code'),
    reportingUnit: last.reportingUnit,
    inferred: union(sorted.map((r) => r.inferred)),
    reports: sorted,
  };
}

/**
 * The site's projects from the accepted rows: each row is a project unless `groups` (index of a
 * project's first row → indices of all its rows, from the reader) joins several into one, which
 * then stands where its first row stood.
 */
export function mergeReports(rows: readonly ProjectReport[], groups: ReadonlyMap<number, readonly number[]>): Project[] {
  if (groups.size === 0) return rows as Project[];
  const later = new Set<number>();
  for (const [first, all] of groups) for (const i of all) if (i !== first) later.add(i);
  const out: Project[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (later.has(i)) continue;
    const g = groups.get(i);
    out.push(g === undefined ? rows[i]! : combineReports(g.map((k) => rows[k]!)));
  }
  return out;
}

/**
 * The project as it stands in one year: its report of that year (several units: combined), or
 * null when it has no report for that year. A project reported once is returned as it is.
 */
export function inYear(p: Project, year: number | null): Project | null {
  if (p.reports === undefined) return p.year === year ? p : null;
  const mine = p.reports.filter((r) => r.year === year);
  if (mine.length === 0) return null;
  if (mine.length === 1) return mine[0]!;
  const { reports: _, ...combined } = combineReports(mine);
  return combined;
}

/**
 * Every project in every year it was reported for (the year-by-year view for sums by year): a
 * project reported once is itself; one with reports in three years appears three times, each with
 * that year's figures only.
 */
export function yearViews(projects: readonly Project[]): Project[] {
  const out: Project[] = [];
  for (const p of projects) {
    if (p.reports === undefined) out.push(p);
    else for (const y of reportYears(p)) out.push(inYear(p, y)!);
  }
  return out;
}

/** Projects as they stand in `year` (see inYear), in order. */
export function projectsInYear(projects: readonly Project[], year: number | null): Project[] {
  const out: Project[] = [];
  for (const p of projects) {
    const v = inYear(p, year);
    if (v !== null) out.push(v);
  }
  return out;
}

/** The figures REPORT_RULE combines. */
export type CombinedFigure = 'fundsPledgedWan' | 'fundsInvestedWan' | 'staffDeployed' | 'beneficiaries';

/**
 * Which years a project's figure comes from, for a project of several reports: "2021、2022 年度之和"
 * (invested funds of several years) or "2022 年度报告" (the latest year that states it). Null for a
 * project reported once, or when no report states the figure.
 */
export function figureBasis(p: Project, key: CombinedFigure): string | null {
  if (p.reports === undefined) return null;
  const known = groupByYear(p.reports)
    .map((g) => ({ year: g[0]!.year, value: yearFigures(g)[key] }))
    .filter((y) => y.value !== null);
  if (known.length === 0) return null;
  const name = (y: number | null): string => (y === null ? '未写年度' : String(y));
  if (key === 'fundsInvestedWan' && known.length > 1) return `${known.map((y) => name(y.year)).join('、')} 年度之和`;
  const y = known.at(-1)!.year;
  return y === null ? '未写年度的报告' : `${y} 年度报告`;
}
