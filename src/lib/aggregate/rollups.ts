/**
 * Group-by sums over projects, for the totals pages, maps and entity pages. One generic `rollup`
 * and thin, verb-named wrappers. Assumptions shared by all:
 *   - a project is counted at most once per group, however many of its organizations or target
 *     regions fall in that group (组团帮扶 / several counties of one province);
 *   - a project that falls in several groups (two provinces, two organization types) is counted in
 *     each, so group sums can exceed the overall total; `shared` says how many such projects a
 *     group holds, and pages say so; funds are never split by guesswork;
 *   - unknown amounts (null) are left out of sums and counted separately (`known`), never as 0;
 *   - pledged and invested funds stay apart; beneficiaries are summed per unit.
 * Pure: regions are passed in as a lookup.
 */
import type { Organization } from '../schema/organization.ts';
import type { Project } from '../schema/project.ts';
import type { DomainId, OrgTypeId, RegistrationLevelId } from '../schema/vocab.ts';
import { reportsOf, yearViews } from './reports.ts';
import { ProjectFigures, type FigureSums, type SumWithCoverage } from './totals.ts';

export interface Group<K> extends FigureSums {
  key: K;
  /** Ids of the projects in the group, in input order. */
  projectIds: string[];
  /** Projects in this group that are also in another group of the same rollup. */
  shared: number;
}

/**
 * Groups projects by the keys `keysOf` returns for each (deduplicated per project; no key: the
 * project is in no group). Groups come out sorted by `order` (default: invested funds, then
 * project count, descending).
 */
export function rollup<K>(
  projects: readonly Project[],
  keysOf: (p: Project) => readonly K[],
  order?: (a: Group<K>, b: Group<K>) => number,
): Group<K>[] {
  const accs = new Map<K, { key: K; projectIds: string[]; shared: number; figures: ProjectFigures }>();
  for (const p of projects) {
    const keys = [...new Set(keysOf(p))];
    for (const key of keys) {
      let a = accs.get(key);
      if (!a) accs.set(key, (a = { key, projectIds: [], shared: 0, figures: new ProjectFigures() }));
      a.projectIds.push(p.id);
      if (keys.length > 1) a.shared++;
      a.figures.addProject(p);
    }
  }
  const groups: Group<K>[] = [...accs.values()].map((a) => ({
    key: a.key,
    projectIds: a.projectIds,
    shared: a.shared,
    ...a.figures.sums(),
  }));
  const byDefault = (a: Group<K>, b: Group<K>): number =>
    b.fundsInvestedWan.sum - a.fundsInvestedWan.sum ||
    b.projectIds.length - a.projectIds.length ||
    String(a.key).localeCompare(String(b.key));
  return groups.sort(order ?? byDefault);
}

/** Totals by domain (帮扶领域). Each project has exactly one domain. */
export function sumByDomain(projects: readonly Project[]): Group<DomainId>[] {
  return rollup(projects, (p) => [p.domain]);
}

/**
 * Totals by year, each project with that year's figures only (a project reported in two years is
 * in both groups, each with its own year's amounts: reports.ts); projects without a year are in
 * the group `null` (年份未知), listed last.
 */
export function sumByYear(projects: readonly Project[]): Group<number | null>[] {
  return rollup(
    yearViews(projects),
    (p) => [p.year],
    (a, b) => (a.key === null ? 1 : b.key === null ? -1 : a.key - b.key),
  );
}

/** What region lookups the rollups need (a RegionIndex fits). */
export interface RegionLookup {
  /** Ancestors from the province down, then the region itself. */
  chain(code: string): readonly { code: string; level: 'province' | 'prefecture' | 'county' }[];
}

/** The code at `level` that contains `code` (itself when it is at that level); null when `code` is coarser. */
export function regionAt(regions: RegionLookup, code: string, level: 'province' | 'prefecture' | 'county'): string | null {
  return regions.chain(code).find((r) => r.level === level)?.code ?? null;
}

/**
 * Totals by target region at one level. A project aimed at a whole province counts for that
 * province but for none of its prefectures or counties (nothing is imputed downwards).
 */
export function sumByRegion(
  projects: readonly Project[],
  regions: RegionLookup,
  level: 'province' | 'prefecture' | 'county',
): Group<string>[] {
  return rollup(projects, (p) => p.targetRegions.map((c) => regionAt(regions, c, level)).filter((c): c is string => c !== null));
}

/** Totals by the type of the organizations (a project of two foundations counts once for 基金会). */
export function sumByOrgType(projects: readonly Project[], orgs: ReadonlyMap<string, Organization>): Group<OrgTypeId | null>[] {
  return rollup(projects, (p) => p.organizationIds.map((id) => orgs.get(id)?.type ?? null));
}

/** Totals by registration level (登记层级) of the organizations. */
export function sumByRegistrationLevel(
  projects: readonly Project[],
  orgs: ReadonlyMap<string, Organization>,
): Group<RegistrationLevelId | null>[] {
  return rollup(projects, (p) => p.organizationIds.map((id) => orgs.get(id)?.registrationLevel ?? null));
}

/**
 * Totals per reporting unit (填报单位): a project under each unit that reported it (its figures as
 * combined across its reports); rows without a unit are left out.
 */
export function sumByReportingUnit(projects: readonly Project[]): Group<string>[] {
  return rollup(projects, (p) => reportsOf(p).flatMap((r) => (r.reportingUnit === null ? [] : [r.reportingUnit])));
}

/** Totals per organization (a co-funded project appears under each of its organizations). */
export function sumByOrganization(projects: readonly Project[]): Group<string>[] {
  return rollup(projects, (p) => p.organizationIds);
}

export interface Flow {
  /** Province code of the organizations' home region. */
  from: string;
  /** Province code of the target region. */
  to: string;
  projectIds: string[];
  fundsInvestedWan: SumWithCoverage;
  fundsPledgedWan: SumWithCoverage;
}

/**
 * Source-province → target-province flows (东西部协作, 对口支援, 京津 → 河北). The source is the home
 * province of each organization with a known home region; a project counts once per distinct
 * (from, to) pair; projects whose organizations have no known home region are left out, and
 * `unknownSource` says how many.
 */
export function flowsBetweenProvinces(
  projects: readonly Project[],
  orgs: ReadonlyMap<string, Organization>,
  regions: RegionLookup,
): { flows: Flow[]; unknownSource: number } {
  const flows = new Map<string, { from: string; to: string; projectIds: string[]; figures: ProjectFigures }>();
  let unknownSource = 0;
  for (const p of projects) {
    const from = new Set(
      p.organizationIds
        .map((id) => orgs.get(id)?.homeRegion ?? null)
        .filter((c): c is string => c !== null)
        .map((c) => regionAt(regions, c, 'province'))
        .filter((c): c is string => c !== null),
    );
    if (from.size === 0) {
      unknownSource++;
      continue;
    }
    const to = new Set(p.targetRegions.map((c) => regionAt(regions, c, 'province')).filter((c): c is string => c !== null));
    for (const f of from) {
      for (const t of to) {
        const k = `${f}>${t}`;
        let flow = flows.get(k);
        if (!flow) flows.set(k, (flow = { from: f, to: t, projectIds: [], figures: new ProjectFigures() }));
        flow.projectIds.push(p.id);
        flow.figures.addProject(p);
      }
    }
  }
  const out: Flow[] = [...flows.values()].map((f) => {
    const sums = f.figures.sums();
    return {
      from: f.from,
      to: f.to,
      projectIds: f.projectIds,
      fundsInvestedWan: sums.fundsInvestedWan,
      fundsPledgedWan: sums.fundsPledgedWan,
    };
  });
  return {
    flows: out.sort((a, b) => b.projectIds.length - a.projectIds.length || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
    unknownSource,
  };
}
