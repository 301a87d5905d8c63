/**
 * The project list's static index (served as /data/projects.json, generated at build time): one
 * compact record per project with what the list filters and shows. Pure.
 */
import { writtenAs, type Approx } from '../format.ts';
import type { SiteModel } from './model.ts';
import { DOMAINS, ORG_TYPES, PAIRING_KINDS, labelOf } from '../schema/vocab.ts';
import type { Project } from '../schema/project.ts';
import { inYear, reportYears } from '../aggregate/reports.ts';

export interface ProjectListItem {
  id: string;
  name: string;
  /** Organization [id, name] pairs. */
  orgs: [string, string][];
  /** Organization types present (ids). */
  orgTypes: string[];
  /** Province codes of the target regions. */
  provinces: string[];
  /** Target regions as [code, path name]. */
  regions: [string, string][];
  domain: string;
  /** Years of its reports, ascending (empty: no year known). */
  years: number[];
  pairingKind: string | null;
  fundsInvestedWan: number | null;
  /** How the figure is written: the source's qualifier (余 …), true for 约, false when exact. */
  fundsInvestedApprox: Approx;
  fundsPledgedWan: number | null;
  fundsPledgedApprox: Approx;
  /** A project reported in several years: each year's funds, for the list filtered by year. */
  perYear?: Record<string, YearFunds>;
}

type YearFunds = Pick<ProjectListItem, 'fundsInvestedWan' | 'fundsInvestedApprox' | 'fundsPledgedWan' | 'fundsPledgedApprox'>;

const fundsOf = (p: Project): YearFunds => ({
  fundsInvestedWan: p.fundsInvestedWan,
  fundsInvestedApprox: writtenAs(p, 'fundsInvestedWan'),
  fundsPledgedWan: p.fundsPledgedWan,
  fundsPledgedApprox: writtenAs(p, 'fundsPledgedWan'),
});

/** Each year's funds of a project reported in several years. */
function perYear(p: Project): Record<string, YearFunds> | undefined {
  if (p.reports === undefined) return undefined;
  const out: Record<string, YearFunds> = {};
  for (const y of reportYears(p)) if (y !== null) out[y] = fundsOf(inYear(p, y)!);
  return out;
}

export interface ProjectListIndex {
  $generated: string;
  items: ProjectListItem[];
  /** Filter options with labels, only values that occur. */
  options: {
    domain: [string, string][];
    province: [string, string][];
    orgType: [string, string][];
    year: [string, string][];
    pairingKind: [string, string][];
  };
}

export function buildProjectIndex(model: SiteModel): ProjectListIndex {
  const items: ProjectListItem[] = model.data.projects.map((p) => ({
    id: p.id,
    name: p.name,
    orgs: p.organizationIds.map((id) => [id, model.orgById.get(id)?.name ?? id]),
    orgTypes: [...new Set(p.organizationIds.map((id) => model.orgById.get(id)?.type).filter((t): t is NonNullable<typeof t> => t != null))],
    provinces: [...new Set(p.targetRegions.map((c) => `${c.slice(0, 2)}0000`))],
    regions: p.targetRegions.map((c) => [c, model.regions.pathName(c)]),
    domain: p.domain,
    years: reportYears(p).filter((y): y is number => y !== null),
    pairingKind: p.pairingKind,
    ...fundsOf(p),
    ...(p.reports === undefined ? {} : { perYear: perYear(p)! }),
  }));
  const present = <T extends string>(values: Iterable<T>): Set<T> => new Set(values);
  const domains = present(items.map((i) => i.domain));
  const provinces = present(items.flatMap((i) => i.provinces));
  const types = present(items.flatMap((i) => i.orgTypes));
  const years = [...new Set(items.flatMap((i) => i.years))].sort();
  const pairings = present(items.map((i) => i.pairingKind).filter((k): k is string => k !== null));
  return {
    $generated: 'Generated at build time by src/pages/data/projects.json.ts from the checked dataset. Do not edit.',
    items,
    options: {
      domain: DOMAINS.filter((d) => domains.has(d.id)).map((d) => [d.id, d.label]),
      province: [...provinces].sort().map((c) => [c, model.regions.get(c)?.name ?? c]),
      orgType: ORG_TYPES.filter((t) => types.has(t.id)).map((t) => [t.id, t.label]),
      year: years.map((y) => [String(y), `${y} 年`]),
      pairingKind: PAIRING_KINDS.filter((k) => pairings.has(k.id)).map((k) => [k.id, labelOf(PAIRING_KINDS, k.id)]),
    },
  };
}

export type ProjectFilter = Partial<Record<'domain' | 'province' | 'orgType' | 'year' | 'pairingKind', string>> & {
  sort?: 'funds-desc' | 'funds-asc' | 'name';
};

/**
 * Applies a filter and sort (unknown funds sort last either way). Filtered by year, a project
 * reported in several years shows that year's funds. Used by the page script and tests.
 */
export function filterProjects(items: readonly ProjectListItem[], f: ProjectFilter): ProjectListItem[] {
  const year = f.year ? Number(f.year) : null;
  const out = items
    .filter(
      (i) =>
        (!f.domain || i.domain === f.domain) &&
        (!f.province || i.provinces.includes(f.province)) &&
        (!f.orgType || i.orgTypes.includes(f.orgType)) &&
        (year === null || i.years.includes(year)) &&
        (!f.pairingKind || i.pairingKind === f.pairingKind),
    )
    .map((i) => (year !== null && i.perYear?.[year] ? { ...i, ...i.perYear[year] } : i));
  const funds = (i: ProjectListItem): number | null => i.fundsInvestedWan ?? i.fundsPledgedWan;
  if (f.sort === 'funds-desc' || f.sort === 'funds-asc') {
    const dir = f.sort === 'funds-desc' ? -1 : 1;
    out.sort((a, b) => {
      const x = funds(a);
      const y = funds(b);
      if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
      return dir * (x - y);
    });
  } else if (f.sort === 'name') out.sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  return out;
}
