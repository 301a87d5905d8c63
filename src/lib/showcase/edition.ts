/**
 * Annual editions: which records belong to a year, and the figures frozen for an edition.
 * A project belongs to year Y when its `year` is Y (a project reported in several years: when it
 * has a report of Y, and then with that report's figures only); else when its period (start–end; no end: the
 * start year only) covers Y; else when the campaign it was reported under was active in Y. A
 * project with none of these is in no edition (the page says how many). Campaign-reported totals
 * are listed beside the itemised sums, never added to them.
 * Amounts count in year Y's figures only when their source dates them to Y (the project's `year`
 * is Y). A project listed by its period or its campaign has amounts that are cumulative, span
 * several years or carry no date (a 2022–2024 plan, "3 年来" results): it is listed with them, but
 * they are not put into one year's sums (`counted: false`). Pure.
 */
import type { Dataset } from '../ingest/pipeline.ts';
import type { Campaign } from '../schema/campaign.ts';
import type { Project } from '../schema/project.ts';
import { REPORTED_METRICS } from '../schema/campaign.ts';
import { DOMAINS, labelOf } from '../schema/vocab.ts';
import type { EditionGroup, EditionSnapshot } from '../schema/edition.ts';
import { inYear } from '../aggregate/reports.ts';
import { totalsOf } from '../aggregate/totals.ts';
import { sumByDomain, sumByRegion, type Group, type RegionLookup } from '../aggregate/rollups.ts';
import { countPairedKeyCounties } from '../aggregate/coverage.ts';

const yearOf = (date: string | null): number | null => (date === null ? null : Number(date.slice(0, 4)));

function span(start: string | null, end: string | null): number[] {
  const a = yearOf(start);
  if (a === null) return [];
  const b = yearOf(end) ?? a;
  const out: number[] = [];
  for (let y = a; y <= b; y++) out.push(y);
  return out;
}

/** Years a campaign was active (start to end; no end: its start year). */
export function campaignYears(c: Pick<Campaign, 'periodStart' | 'periodEnd'>): number[] {
  return span(c.periodStart, c.periodEnd);
}

/** Years a project counts in (see the module comment); empty when none is known. */
export function projectYears(
  p: Pick<Project, 'year' | 'periodStart' | 'periodEnd' | 'campaignId' | 'reports'>,
  campaignById: ReadonlyMap<string, Pick<Campaign, 'periodStart' | 'periodEnd'>>,
): number[] {
  // reported in several years: the years of its reports
  if (p.reports !== undefined) {
    const years = p.reports.map((r) => r.year).filter((y): y is number => y !== null);
    if (years.length > 0) return [...new Set(years)].sort((a, b) => a - b);
  }
  if (p.year !== null) return [p.year];
  const own = span(p.periodStart, p.periodEnd);
  if (own.length > 0) return own;
  const c = p.campaignId === null ? undefined : campaignById.get(p.campaignId);
  return c ? campaignYears(c) : [];
}

/** Years any record of the dataset belongs to, ascending. */
export function datasetYears(d: Pick<Dataset, 'projects' | 'campaigns'>): number[] {
  const byId = new Map(d.campaigns.map((c) => [c.id, c]));
  const years = new Set<number>();
  for (const p of d.projects) for (const y of projectYears(p, byId)) years.add(y);
  for (const c of d.campaigns) for (const y of campaignYears(c)) years.add(y);
  return [...years].sort((a, b) => a - b);
}

function group<K extends string>(g: Group<K>, label: string): EditionGroup {
  return { key: g.key, label, projects: g.projectIds.length, fundsPledgedWan: g.fundsPledgedWan, fundsInvestedWan: g.fundsInvestedWan };
}

/**
 * The figures of the edition for `year`, as they stand in `data` now. `frozenAt` (ISO date) and
 * `dataAsOf` are stamped on by the caller's clock and site config.
 */
export function computeEditionSnapshot(
  data: Dataset,
  regions: RegionLookup & { get(code: string): { name: string } | undefined },
  year: number,
  stamp: { frozenAt: string; dataAsOf: string; generatedBy: string },
): EditionSnapshot {
  const campaignById = new Map(data.campaigns.map((c) => [c.id, c]));
  // a project reported in several years is in each of those editions with that year's figures only
  const listed = data.projects.filter((p) => projectYears(p, campaignById).includes(year)).map((p) => inYear(p, year) ?? p);
  // only amounts their source dates to this year are summed; the others are listed as they are
  const counted = (p: Project): boolean => p.year === year;
  const projects = listed.map((p) => (counted(p) ? p : withoutAmounts(p)));
  const campaigns = data.campaigns.filter((c) => campaignYears(c).includes(year));
  const orgIds = new Set(projects.flatMap((p) => p.organizationIds));
  const orgById = new Map(data.organizations.map((o) => [o.id, o]));
  const totals = totalsOf(projects, orgById);
  const byProvince = sumByRegion(projects, regions, 'province');
  const metric = (id: string) => REPORTED_METRICS.find((m) => m.id === id)?.label ?? id;
  return {
    generatedBy: stamp.generatedBy,
    year,
    frozenAt: stamp.frozenAt,
    dataAsOf: stamp.dataAsOf,
    figures: {
      organizations: orgIds.size,
      projects: projects.length,
      fundsPledgedWan: totals.fundsPledgedWan,
      fundsInvestedWan: totals.fundsInvestedWan,
      beneficiariesPerson: totals.beneficiaries.person,
      beneficiariesHousehold: totals.beneficiaries.household,
      keyCountiesReached: countPairedKeyCounties(projects, data.keyCounties),
      provinces: byProvince.length,
      campaigns: campaigns.length,
    },
    byDomain: sumByDomain(projects).map((g) => group(g, labelOf(DOMAINS, g.key))),
    byProvince: byProvince.map((g) => group(g, regions.get(g.key)?.name ?? g.key)),
    projects: listed.map((p) => ({
      id: p.id,
      name: p.name,
      organizations: p.organizationIds.map((id) => orgById.get(id)?.name ?? id),
      regions: p.targetRegions.map((c) => regions.get(c)?.name ?? c),
      domain: labelOf(DOMAINS, p.domain),
      fundsPledgedWan: p.fundsPledgedWan,
      fundsInvestedWan: p.fundsInvestedWan,
      approximate: p.fundsPledgedApprox || p.fundsInvestedApprox,
      pledgedQualifier: p.fundsPledgedQualifier,
      investedQualifier: p.fundsInvestedQualifier,
      counted: counted(p),
      basis: basisOf(p, year),
      source: p.source,
    })),
    amountsNotCounted: listed.filter((p) => !counted(p) && hasAmounts(p)).length,
    campaigns: campaigns.map((c) => ({
      id: c.id,
      name: c.name,
      period: [c.periodStart ?? '？', c.periodEnd ?? '至今'].join('—'),
      reported: c.reported.map((r) => ({ label: metric(r.metric), text: r.text, scope: r.scope })),
      source: c.source,
    })),
    projectsWithoutYear: data.projects.filter((p) => projectYears(p, campaignById).length === 0).length,
  };
}

/** The project with its amounts and counts unknown (for sums that must not include them). */
function withoutAmounts(p: Project): Project {
  return { ...p, fundsPledgedWan: null, fundsInvestedWan: null, staffDeployed: null, beneficiaries: null };
}

const hasAmounts = (p: Project): boolean =>
  p.fundsPledgedWan !== null || p.fundsInvestedWan !== null || p.staffDeployed !== null || p.beneficiaries !== null;

/** What a listed project's amounts are, said to readers: the year's, or why they are not. */
function basisOf(p: Project, year: number): string {
  if (p.year === year) return `${year} 年度`;
  if (p.periodStart !== null && p.periodEnd !== null && p.periodStart.slice(0, 4) !== p.periodEnd.slice(0, 4))
    return `${p.periodStart}—${p.periodEnd} 整个期间`;
  if (p.periodStart !== null) return `${p.periodStart} 起累计`;
  return '来源未注明年度';
}
