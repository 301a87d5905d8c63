/**
 * The site's sections and whether a publisher has anything for each: a section appears in the
 * navigation (and on the home page) only when it does, so a province's site with no cases, brands
 * or campaigns shows no empty section. Pure.
 */

export type SectionId =
  | 'map'
  | 'totals'
  | 'projects'
  | 'organizations'
  | 'domains'
  | 'cases'
  | 'brands'
  | 'campaigns'
  | 'reports'
  | 'charts'
  | 'data'
  | 'coverage'
  | 'exemplary'
  | 'statistics'
  | 'sources'
  | 'check';

export interface Section {
  id: SectionId;
  /** Navigation label. */
  label: string;
  /** Path below the base: 'cases/'. */
  path: string;
  /** In the header (main) or the footer (more). */
  place: 'main' | 'more';
}

export const SECTIONS: readonly Section[] = [
  { id: 'map', label: '地图', path: 'map/', place: 'main' },
  { id: 'totals', label: '统计', path: 'totals/', place: 'main' },
  { id: 'projects', label: '项目', path: 'projects/', place: 'main' },
  { id: 'organizations', label: '组织', path: 'organizations/', place: 'main' },
  { id: 'cases', label: '案例', path: 'cases/', place: 'main' },
  { id: 'brands', label: '品牌', path: 'brands/', place: 'main' },
  { id: 'campaigns', label: '行动', path: 'campaigns/', place: 'main' },
  { id: 'reports', label: '年度展示', path: 'reports/', place: 'main' },
  { id: 'charts', label: '图表', path: 'charts/', place: 'main' },
  { id: 'data', label: '开放数据', path: 'data/', place: 'main' },
  { id: 'domains', label: '帮扶领域', path: 'domains/', place: 'more' },
  { id: 'coverage', label: '结对覆盖', path: 'coverage/', place: 'more' },
  { id: 'exemplary', label: '来源列举的组织', path: 'exemplary/', place: 'more' },
  { id: 'statistics', label: '报送统计表', path: 'statistics/', place: 'more' },
  { id: 'sources', label: '来源文件', path: 'sources/', place: 'more' },
  { id: 'check', label: '数据检查', path: 'check/', place: 'more' },
];

/** How much a site has of each kind of record. */
export interface SiteHoldings {
  projects: number;
  organizations: number;
  cases: number;
  brands: number;
  campaigns: number;
  editions: number;
  keyCounties: number;
  exemplary: number;
  /** Rows of 附件1 statistics tables. */
  regionStats: number;
  /** Documents of the sources table. */
  sources: number;
}

/** Whether the publisher has something for the section. The open data, charts and map always are. */
export function hasSection(id: SectionId, h: SiteHoldings): boolean {
  switch (id) {
    case 'totals':
    case 'projects':
    case 'domains':
      return h.projects > 0;
    case 'organizations':
      return h.organizations > 0;
    case 'cases':
      return h.cases > 0;
    // brand families are grouped from projects' domains; named brands from the brands table
    case 'brands':
      return h.brands > 0 || h.projects > 0;
    case 'campaigns':
      return h.campaigns > 0;
    case 'reports':
      return h.editions > 0;
    case 'coverage':
      return h.keyCounties > 0;
    case 'exemplary':
      return h.exemplary > 0;
    case 'statistics':
      return h.regionStats > 0;
    case 'sources':
      return h.sources > 0;
    default:
      return true;
  }
}

/** The sections to link to, in order. */
export function presentSections(h: SiteHoldings, place: Section['place']): Section[] {
  return SECTIONS.filter((s) => s.place === place && hasSection(s.id, h));
}
