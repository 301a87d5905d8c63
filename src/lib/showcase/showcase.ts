/**
 * Groupings of the showcase pages: related cases, a brand family's projects and organizations,
 * and a campaign's reported totals beside what its itemised records add up to. Pure.
 */
import type { Campaign, ReportedMetricId, ReportedTotal } from '../schema/campaign.ts';
import type { Brand } from '../schema/brand.ts';
import type { Project } from '../schema/project.ts';
import type { KeyCounty } from '../schema/keyCounty.ts';
import { DOMAIN_FAMILY, type BrandFamilyId, type DomainId } from '../schema/vocab.ts';
import { computeTotals, type SumWithCoverage } from '../aggregate/totals.ts';
import { countPairedKeyCounties } from '../aggregate/coverage.ts';

/** What relatedness looks at in a case. */
export interface CaseKey {
  slug: string;
  organization: string;
  partners: readonly string[];
  places: readonly string[];
  domains: readonly string[];
  brand: string | null;
  campaign: string | null;
  publishedAt: Date;
}

/**
 * Up to `n` other cases, most related first: shared organization 4, brand 3, campaign 2, province 2,
 * domain 1 each; ties by newest. Cases sharing nothing are not related.
 */
export function relatedCases<T extends CaseKey>(all: readonly T[], current: CaseKey, n = 3): T[] {
  const orgs = new Set([current.organization, ...current.partners]);
  const provinces = new Set(current.places.map((c) => c.slice(0, 2)));
  const score = (c: CaseKey): number =>
    ([c.organization, ...c.partners].some((o) => orgs.has(o)) ? 4 : 0) +
    (c.brand !== null && c.brand === current.brand ? 3 : 0) +
    (c.campaign !== null && c.campaign === current.campaign ? 2 : 0) +
    (c.places.some((p) => provinces.has(p.slice(0, 2))) ? 2 : 0) +
    c.domains.filter((d) => current.domains.includes(d)).length;
  return all
    .filter((c) => c.slug !== current.slug)
    .map((c) => ({ c, s: score(c) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || b.c.publishedAt.getTime() - a.c.publishedAt.getTime() || a.c.slug.localeCompare(b.c.slug))
    .slice(0, n)
    .map((x) => x.c);
}

/** Projects of a brand family: those whose domain serves it, and those run under one of its brands. */
export function familyProjects(projects: readonly Project[], brands: readonly Brand[], family: BrandFamilyId): Project[] {
  const ids = new Set(brands.filter((b) => b.family === family).map((b) => b.id));
  return projects.filter((p) => DOMAIN_FAMILY[p.domain as DomainId] === family || (p.brandId !== null && ids.has(p.brandId)));
}

/** Cases of a brand family: those run under one of its brands, and those in a domain that serves it. */
export function familyCases<T extends Pick<CaseKey, 'brand' | 'domains'>>(
  cases: readonly T[],
  brands: readonly Brand[],
  family: BrandFamilyId,
): T[] {
  const ids = new Set(brands.filter((b) => b.family === family).map((b) => b.id));
  return cases.filter((c) => (c.brand !== null && ids.has(c.brand)) || c.domains.some((d) => DOMAIN_FAMILY[d as DomainId] === family));
}

/** One row of a campaign's "reported vs itemised" table. */
export interface ComparisonRow {
  metric: ReportedMetricId;
  /** As the organizers reported it (in the metric's unit; 万元 for funds). */
  /** The reported total as the campaign gives it (its qualifier as written). */
  reported: ReportedTotal;
  /** What the itemised records of the campaign add up to; null when the records cannot say (not comparable, or no record has the figure). */
  itemised: { value: number; known: number; approximate: number } | null;
  /** reported − itemised, when comparable. */
  gap: number | null;
  /** itemised / reported, when comparable and reported > 0. */
  share: number | null;
}

/**
 * The campaign's reported totals beside the sums of the projects recorded under it. Funds
 * "涉及" (basis not stated) are compared with nothing: pledged and invested are never mixed.
 */
export function campaignComparison(
  campaign: Campaign,
  projects: readonly Project[],
  keyCounties: readonly KeyCounty[],
  countyOf: (code: string) => boolean,
): ComparisonRow[] {
  const own = projects.filter((p) => p.campaignId === campaign.id);
  const t = computeTotals({ organizations: [], projects: own });
  const count = (n: number): { value: number; known: number; approximate: number } => ({ value: n, known: own.length, approximate: 0 });
  const fromSum = (s: SumWithCoverage) => ({ value: s.sum, known: s.known, approximate: s.approximate });
  return campaign.reported.map((r) => {
    let itemised: ComparisonRow['itemised'] = null;
    switch (r.metric) {
      case 'organizations':
        itemised = count(new Set(own.flatMap((p) => p.organizationIds)).size);
        break;
      case 'projects':
        itemised = count(own.length);
        break;
      case 'fundsPledgedWan':
        itemised = fromSum(t.fundsPledgedWan);
        break;
      case 'fundsInvestedWan':
        itemised = fromSum(t.fundsInvestedWan);
        break;
      case 'staffDeployed':
        itemised = fromSum(t.staffDeployed);
        break;
      case 'beneficiaries':
        itemised = r.beneficiaryUnit ? fromSum(t.beneficiaries[r.beneficiaryUnit]) : null;
        break;
      case 'keyCounties':
        itemised = count(countPairedKeyCounties(own, keyCounties));
        break;
      case 'counties':
        itemised = count(new Set(own.flatMap((p) => p.targetRegions.filter(countyOf))).size);
        break;
      default:
        itemised = null;
    }
    // a sum no record has a value for says nothing: not comparable, not 0; nor does one of other things
    if (itemised !== null && (itemised.known === 0 || !r.compare)) itemised = null;
    const gap = itemised === null ? null : Math.round((r.value - itemised.value) * 1e6) / 1e6;
    const share = itemised === null || r.value === 0 ? null : itemised.value / r.value;
    return {
      metric: r.metric,
      reported: r,
      itemised,
      gap,
      share,
    };
  });
}
