/**
 * Where a chart's files live, and how to cite it. Pure.
 *
 * Citation format: GB/T 7714-2015 (信息与文献 参考文献著录规则), the rule Chinese journals,
 * newsrooms and ministries cite by, for an online electronic resource ([EB/OL]):
 *   主要责任者. 题名[EB/OL]. 网站名, (数据截至 日期). 访问路径. 许可：许可协议.
 * e.g. 「某某民政厅. 健康领域项目最多（8 个）[EB/OL]. 社会组织助力乡村振兴数据展示, (数据截至 2022 年).
 *      https://example.gov.cn/charts/projects-by-domain/. 许可：CC BY 4.0.」
 * The responsible party is the site's publisher (主办单位, site.config.ts); the date is the data
 * date, since the chart changes when the data does. GB/T 7714 adds the access date in brackets
 * ([2025-03-01]) after the date: the person citing adds it, a build cannot know it.
 */
import { escapeHtml } from '../format.ts';

export interface SiteIdentity {
  readonly name: string;
  readonly publisher: string;
  /** Public origin without trailing slash, e.g. "https://example.gov.cn". */
  readonly url: string;
  /** Base path, e.g. "/" or "/showcase". */
  readonly base: string;
  readonly license: { readonly name: string; readonly url: string };
}

/** '/showcase' → '/showcase/', '' → '/'. */
export function normalizeBase(base: string): string {
  const b = base.startsWith('/') ? base : `/${base}`;
  return b.endsWith('/') ? b : `${b}/`;
}

export interface ChartPaths {
  readonly page: string;
  readonly embed: string;
  readonly svg: string;
  readonly png: string;
  readonly csv: string;
  readonly json: string;
  readonly card: string;
}

/** Site-relative paths (starting with the base) of a chart's page, embed and files. */
export function chartPaths(base: string, id: string): ChartPaths {
  const b = normalizeBase(base);
  return {
    page: `${b}charts/${id}/`,
    embed: `${b}embed/${id}/`,
    svg: `${b}charts/${id}.svg`,
    png: `${b}charts/${id}.png`,
    csv: `${b}charts/${id}.csv`,
    json: `${b}charts/${id}.json`,
    card: `${b}charts/${id}-card.png`,
  };
}

/** The same paths as absolute URLs on the site's public origin. */
export function chartUrls(site: Pick<SiteIdentity, 'url' | 'base'>, id: string): ChartPaths {
  const origin = site.url.replace(/\/+$/u, '');
  const p = chartPaths(site.base, id);
  return {
    page: origin + p.page,
    embed: origin + p.embed,
    svg: origin + p.svg,
    png: origin + p.png,
    csv: origin + p.csv,
    json: origin + p.json,
    card: origin + p.card,
  };
}

/** One-line citation (GB/T 7714 style, see above) of a chart. Plain text. */
export function citationText(
  chart: { readonly id: string; readonly title: string; readonly dataDate: string },
  site: SiteIdentity,
): string {
  const url = chartUrls(site, chart.id).page;
  return `${site.publisher}. ${chart.title}[EB/OL]. ${site.name}, (数据截至 ${chart.dataDate}). ${url}. 许可：${site.license.name}.`;
}

/** The iframe snippet that embeds a chart (HTML; every value escaped for its attribute). */
export function embedSnippet(
  chart: { readonly id: string; readonly title: string },
  site: Pick<SiteIdentity, 'url' | 'base'>,
  height: number,
): string {
  const src = chartUrls(site, chart.id).embed;
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(chart.title)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:720px" loading="lazy"></iframe>`;
}
