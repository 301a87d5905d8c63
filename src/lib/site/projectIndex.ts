/**
 * The project list's static index, generated at build time: one compact record per project with
 * what the list filters and shows, in shards by province (/data/projects/<province>.json) under a
 * small manifest (/data/projects/index.json), so that the list at 100k projects loads the shards a
 * filter needs, not one file of every project (issue #14). Pure; the page script uses it too.
 */
import { writtenAs, type Approx } from '../format.ts';
import type { SiteModel } from './model.ts';
import { BRAND_FAMILIES, DOMAIN_FAMILY, DOMAINS, ORG_TYPES, PAIRING_KINDS, labelOf, type DomainId } from '../schema/vocab.ts';
import type { Project } from '../schema/project.ts';
import { inYear, knownYears, reportYears } from '../aggregate/reports.ts';

export interface ProjectListItem {
  /** Position in the whole list (data order), kept when shards are merged. */
  n: number;
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
  /** When no report has a year: the start of its period (2010, 2022-06), shown as "… 起". */
  since?: string;
  pairingKind: string | null;
  brand: string | null;
  campaign: string | null;
  /** Brand families it serves: its domain's, and its brand's (see showcase.ts familyProjects). */
  families: string[];
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
  labels: {
    region: Record<string, string>;
    brand: Record<string, string>;
    family: Record<string, string>;
    campaign: Record<string, string>;
  };
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
  const brandFamily = new Map(model.data.brands.map((b) => [b.id, b.family as string]));
  const families = (p: Project): string[] => {
    const out = new Set<string>();
    const d = DOMAIN_FAMILY[p.domain as DomainId];
    if (d) out.add(d);
    const b = p.brandId === null ? undefined : brandFamily.get(p.brandId);
    if (b !== undefined) out.add(b);
    return [...out];
  };
  const items: ProjectListItem[] = model.data.projects.map((p, n) => {
    const years = knownYears(p);
    return {
      n,
      id: p.id,
      name: p.name,
      orgs: p.organizationIds.map((id) => [id, model.orgById.get(id)?.name ?? id]),
      orgTypes: [
        ...new Set(p.organizationIds.map((id) => model.orgById.get(id)?.type).filter((t): t is NonNullable<typeof t> => t != null)),
      ],
      provinces: [...new Set(p.targetRegions.map((c) => `${c.slice(0, 2)}0000`))],
      regions: p.targetRegions.map((c) => [c, model.regions.pathName(c)]),
      domain: p.domain,
      years,
      ...(years.length === 0 && p.periodStart !== null ? { since: p.periodStart } : {}),
      pairingKind: p.pairingKind,
      brand: p.brandId,
      campaign: p.campaignId,
      families: families(p),
      ...fundsOf(p),
      ...(p.reports === undefined ? {} : { perYear: perYear(p)! }),
    };
  });
  const present = <T extends string>(values: Iterable<T>): Set<T> => new Set(values);
  const domains = present(items.map((i) => i.domain));
  const provinces = present(items.flatMap((i) => i.provinces));
  const types = present(items.flatMap((i) => i.orgTypes));
  const years = [...new Set(items.flatMap((i) => i.years))].sort();
  const pairings = present(items.map((i) => i.pairingKind).filter((k): k is string => k !== null));
  return {
    $generated: 'Generated at build time by src/pages/data/projects/[file].ts from the checked dataset. Do not edit.',
    items,
    labels: {
      region: Object.fromEntries([...model.regionEntries].map(([code, e]) => [code, e.path])),
      brand: Object.fromEntries(model.data.brands.map((b) => [b.id, b.name])),
      family: Object.fromEntries(BRAND_FAMILIES.map((f) => [f.id, f.label])),
      campaign: Object.fromEntries(model.data.campaigns.map((c) => [c.id, c.name])),
    },
    options: {
      domain: DOMAINS.filter((d) => domains.has(d.id)).map((d) => [d.id, d.label]),
      province: [...provinces].sort().map((c) => [c, model.regions.get(c)?.name ?? c]),
      orgType: ORG_TYPES.filter((t) => types.has(t.id)).map((t) => [t.id, t.label]),
      year: years.map((y) => [String(y), `${y} 年`]),
      pairingKind: PAIRING_KINDS.filter((k) => pairings.has(k.id)).map((k) => [k.id, labelOf(PAIRING_KINDS, k.id)]),
    },
  };
}

/** What the list filters by, as written in its URL (?org=…&region=…). */
export const FILTER_KEYS = [
  'q',
  'domain',
  'province',
  'region',
  'org',
  'orgType',
  'brand',
  'family',
  'campaign',
  'year',
  'pairingKind',
] as const;
export type ProjectFilter = Partial<Record<(typeof FILTER_KEYS)[number], string>> & {
  sort?: 'funds-desc' | 'funds-asc' | 'name';
};

/** The code prefix of everything inside a region: 620000 → 62, 623000 → 6230, 623023 → 623023. */
export function regionPrefix(code: string): string {
  return code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code;
}

/** The list's URL for a filter: /projects/?org=… (entity pages link their full project list to it). */
export function projectListHref(base: string, f: ProjectFilter): string {
  const qs = new URLSearchParams(Object.entries(f).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
  const s = qs.toString();
  return `${base}projects/${s ? `?${s}` : ''}`;
}

/** A shard of the index: the projects aimed at one province (a project of two provinces is in both). */
export interface ProjectShard {
  province: string;
  file: string;
  count: number;
}

/** The manifest the list loads first: filter options and the shards. */
export interface ProjectListManifest {
  $generated: string;
  total: number;
  options: ProjectListIndex['options'];
  /** Names of what entity pages filter by without a box of their own (regions, brands, families, campaigns). */
  labels: ProjectListIndex['labels'];
  shards: ProjectShard[];
}

/** Splits the index into shards by province, with the manifest that lists them. */
export function shardProjectIndex(index: ProjectListIndex): { manifest: ProjectListManifest; shards: Map<string, ProjectListItem[]> } {
  const shards = new Map<string, ProjectListItem[]>();
  for (const item of index.items)
    for (const p of item.provinces) {
      const list = shards.get(p);
      if (list) list.push(item);
      else shards.set(p, [item]);
    }
  const keys = [...shards.keys()].sort();
  return {
    manifest: {
      $generated: index.$generated,
      total: index.items.length,
      options: index.options,
      labels: index.labels,
      shards: keys.map((k) => ({ province: k, file: `${k}.json`, count: shards.get(k)!.length })),
    },
    shards,
  };
}

/** The shards a filter needs: one province's when it names one (directly or through a region), else all. */
export function shardsFor(manifest: ProjectListManifest, f: ProjectFilter): ProjectShard[] {
  const province = f.province ?? (f.region ? `${f.region.slice(0, 2)}0000` : undefined);
  return province === undefined ? manifest.shards : manifest.shards.filter((s) => s.province === province);
}

/** The items of several shards, each project once, in the order of the whole index. */
export function mergeShards(parts: readonly (readonly ProjectListItem[])[]): ProjectListItem[] {
  const seen = new Set<string>();
  const out: ProjectListItem[] = [];
  for (const part of parts)
    for (const i of part)
      if (!seen.has(i.id)) {
        seen.add(i.id);
        out.push(i);
      }
  return out.sort((a, b) => a.n - b.n);
}

/**
 * Applies a filter and sort (unknown funds sort last either way). Filtered by year, a project
 * reported in several years shows that year's funds. Used by the page script and tests.
 */
export function filterProjects(items: readonly ProjectListItem[], f: ProjectFilter): ProjectListItem[] {
  const year = f.year ? Number(f.year) : null;
  const inside = f.region ? regionPrefix(f.region) : null;
  const q = f.q?.trim() ?? '';
  const out = items
    .filter(
      (i) =>
        (!f.domain || i.domain === f.domain) &&
        (!f.province || i.provinces.includes(f.province)) &&
        (inside === null || i.regions.some(([c]) => c.startsWith(inside))) &&
        (!f.org || i.orgs.some(([id]) => id === f.org)) &&
        (!f.orgType || i.orgTypes.includes(f.orgType)) &&
        (!f.brand || i.brand === f.brand) &&
        (!f.family || i.families.includes(f.family)) &&
        (!f.campaign || i.campaign === f.campaign) &&
        (year === null || i.years.includes(year)) &&
        (!f.pairingKind || i.pairingKind === f.pairingKind) &&
        (q === '' || i.name.includes(q) || i.orgs.some(([, name]) => name.includes(q))),
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
