/**
 * The organization index: every organization with its projects and funds, sorted by projects or by
 * invested funds, filtered by type and registration level, in pages of ORG_PAGE_SIZE. Each sort,
 * filter and page is a page of its own (links, no script), so the list reads and filters without
 * JavaScript; a filter that would list no organization is neither built nor linked. Pure.
 */
import type { Group } from '../aggregate/rollups.ts';
import type { Organization } from '../schema/organization.ts';
import { ORG_TYPES, type OrgTypeId, REGISTRATION_LEVELS, type RegistrationLevelId } from '../schema/vocab.ts';

/** Rows per page: at 5,000 organizations, 50 pages of about 60 KB each. */
export const ORG_PAGE_SIZE = 100;

export const ORG_SORTS = [
  { id: 'projects', label: '项目数' },
  { id: 'funds', label: '投入资金' },
] as const;
export type OrgSortId = (typeof ORG_SORTS)[number]['id'];

/** A filter value: a vocabulary id, 'unknown' (not given), or 'all'. */
export type OrgTypeFilter = OrgTypeId | 'unknown' | 'all';
export type OrgLevelFilter = RegistrationLevelId | 'unknown' | 'all';

export interface OrgListView {
  sort: OrgSortId;
  type: OrgTypeFilter;
  level: OrgLevelFilter;
  /** 1-based. */
  page: number;
}

export interface OrgRow {
  org: Organization;
  /** The organization's figures; null when it has no project on the site. */
  group: Group<string> | null;
}

export const DEFAULT_ORG_VIEW: OrgListView = { sort: 'projects', type: 'all', level: 'all', page: 1 };

const typeOf = (o: Organization): OrgTypeFilter => o.type ?? 'unknown';
const levelOf = (o: Organization): OrgLevelFilter => o.registrationLevel ?? 'unknown';

/** Whether a row passes a view's filters. */
export function inView(row: OrgRow, view: Pick<OrgListView, 'type' | 'level'>): boolean {
  return (view.type === 'all' || typeOf(row.org) === view.type) && (view.level === 'all' || levelOf(row.org) === view.level);
}

const projectsOf = (r: OrgRow): number => r.group?.projectIds.length ?? 0;
/** Invested funds, or -1 when none is known (listed after every known amount, 0 included). */
const fundsOf = (r: OrgRow): number => (r.group !== null && r.group.fundsInvestedWan.known > 0 ? r.group.fundsInvestedWan.sum : -1);

/** Rows in a sort's order; ties by the other measure, then by name. */
export function sortRows(rows: readonly OrgRow[], sort: OrgSortId): OrgRow[] {
  const byName = (a: OrgRow, b: OrgRow): number => a.org.name.localeCompare(b.org.name, 'zh');
  return [...rows].sort((a, b) =>
    sort === 'projects'
      ? projectsOf(b) - projectsOf(a) || fundsOf(b) - fundsOf(a) || byName(a, b)
      : fundsOf(b) - fundsOf(a) || projectsOf(b) - projectsOf(a) || byName(a, b),
  );
}

/** Path of a view below the site base: 'organizations/' for the default, else 'organizations/<sort>/<type>/<level>/[<page>/]'. */
export function orgListPath(view: OrgListView): string {
  const d = DEFAULT_ORG_VIEW;
  if (view.sort === d.sort && view.type === d.type && view.level === d.level && view.page === 1) return 'organizations/';
  return `organizations/${view.sort}/${view.type}/${view.level}/${view.page > 1 ? `${view.page}/` : ''}`;
}

/** Filter options of one kind, with how many organizations each would list under the view's other filter; options listing none are left out. */
export interface FilterOption<T> {
  value: T;
  label: string;
  count: number;
}

/** "全部" and each value of a vocabulary (then "unknown"), counted among `within`; those counting none left out. */
function optionsOf<T extends string>(
  within: readonly OrgRow[],
  vocabulary: readonly { id: T; label: string }[],
  unknownLabel: string,
  keyOf: (o: Organization) => T | 'unknown' | 'all',
): FilterOption<T | 'unknown' | 'all'>[] {
  const values = [
    ...vocabulary.map((v) => ({ value: v.id as T | 'unknown', label: v.label })),
    { value: 'unknown' as const, label: unknownLabel },
  ];
  return [
    { value: 'all' as const, label: '全部', count: within.length },
    ...values.map((v) => ({ ...v, count: within.filter((r) => keyOf(r.org) === v.value).length })),
  ].filter((o) => o.count > 0);
}

export function typeOptions(rows: readonly OrgRow[], level: OrgLevelFilter): FilterOption<OrgTypeFilter>[] {
  return optionsOf(
    rows.filter((r) => inView(r, { type: 'all', level })),
    ORG_TYPES,
    '类型未知',
    typeOf,
  );
}

export function levelOptions(rows: readonly OrgRow[], type: OrgTypeFilter): FilterOption<OrgLevelFilter>[] {
  return optionsOf(
    rows.filter((r) => inView(r, { type, level: 'all' })),
    REGISTRATION_LEVELS,
    '层级未知',
    levelOf,
  );
}

export interface OrgListPage {
  view: OrgListView;
  /** The type filters offered beside this view (counted under its level), and the level filters (under its type). */
  types: FilterOption<OrgTypeFilter>[];
  levels: FilterOption<OrgLevelFilter>[];
  /** This page's rows, in order. */
  rows: OrgRow[];
  /** Organizations the view's filters list, on all its pages. */
  matching: number;
  pages: number;
  /** Rank of this page's first row (1-based). */
  firstRank: number;
}

/**
 * Every page of the index: each sort × each type filter × each level filter that lists at least
 * one organization, paged. The default view comes first.
 */
export function orgListPages(rows: readonly OrgRow[], pageSize = ORG_PAGE_SIZE): OrgListPage[] {
  const out: OrgListPage[] = [];
  const sorted = new Map(ORG_SORTS.map((s) => [s.id, sortRows(rows, s.id)]));
  // the options of a level or a type, counted once for every sort and page that shows them
  const typesUnder = new Map<OrgLevelFilter, FilterOption<OrgTypeFilter>[]>();
  const levelsUnder = new Map<OrgTypeFilter, FilterOption<OrgLevelFilter>[]>();
  const typesOf = (level: OrgLevelFilter) => typesUnder.get(level) ?? typesUnder.set(level, typeOptions(rows, level)).get(level)!;
  const levelsOf = (type: OrgTypeFilter) => levelsUnder.get(type) ?? levelsUnder.set(type, levelOptions(rows, type)).get(type)!;
  for (const { id: sort } of ORG_SORTS)
    for (const { value: type } of typesOf('all'))
      for (const { value: level } of levelsOf(type)) {
        const matching = sorted.get(sort)!.filter((r) => inView(r, { type, level }));
        const pages = Math.max(1, Math.ceil(matching.length / pageSize));
        for (let page = 1; page <= pages; page++)
          out.push({
            view: { sort, type, level, page },
            types: typesOf(level),
            levels: levelsOf(type),
            rows: matching.slice((page - 1) * pageSize, page * pageSize),
            matching: matching.length,
            pages,
            firstRank: (page - 1) * pageSize + 1,
          });
      }
  return out;
}

/** What the index's pages say of the whole list, counted once: organizations, those with co-funded projects, whether any has a place. */
export interface OrgListSummary {
  total: number;
  withShared: number;
  hasHome: boolean;
}

export function orgListSummary(rows: readonly OrgRow[]): OrgListSummary {
  return {
    total: rows.length,
    withShared: rows.filter((r) => r.group !== null && r.group.shared > 0).length,
    hasHome: rows.some((r) => Boolean(r.org.homeRegion)),
  };
}

/** The index's rows: every organization with its projects' figures (a co-funded project counts under each of its organizations). */
export function orgRows(organizations: readonly Organization[], groups: readonly Group<string>[]): OrgRow[] {
  const byId = new Map(groups.map((g) => [g.key, g]));
  return organizations.map((org) => ({ org, group: byId.get(org.id) ?? null }));
}

/** Page numbers to link: the first, the last and two either side of `page`; null where numbers are left out. */
export function pageNumbers(page: number, pages: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= 2) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
