/**
 * Site identity: the one place a publisher edits to brand the site.
 * Shown in the footer and used in citations and feeds.
 */
export interface SiteConfig {
  /** Site name (网站名称). */
  name: string;
  /** Short description for search engines and share cards. */
  description: string;
  /** Publisher (主办单位). */
  publisher: string;
  /** ICP filing number (ICP 备案号); empty until the publisher has one. */
  icp: string;
  /** Government website identifier (网站标识码); empty when not a government site. */
  websiteCode: string;
  /** Licence of published data and charts (CC BY 4.0 unless SITE_LICENSE and SITE_LICENSE_URL say otherwise). */
  license: { name: string; url: string };
  /** Public URL of the site, without trailing slash. */
  url: string;
  /** Base path when served from a sub-folder, e.g. "/showcase". */
  base: string;
  /** What the data covers up to, printed under every chart (数据截至). */
  dataAsOf: string;
  /**
   * Base map. Without an approved map every map is labelled 示意图 (schematic) and uses the geometry
   * in public/geo made by scripts/build-geo.ts. A publisher with an approved base map sets the
   * files (GeoJSON or TopoJSON, features keyed by six-digit code in `id` or `properties.code`,
   * paths relative to the project root) and its 审图号, printed under every map.
   */
  map: {
    provinces: string | null;
    counties: string | null;
    approvalNumber: string | null;
  };
}

/** CC BY 4.0 unless the environment names another licence, which then needs its URL too. */
export function licenseFromEnv(name: string | undefined, url: string | undefined): SiteConfig['license'] {
  if (!name) return { name: 'CC BY 4.0', url: url || 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' };
  if (!url)
    throw new Error(
      `[site-license-url] 设置了许可协议 SITE_LICENSE=“${name}”，但没有设置它的网址：请同时设置 SITE_LICENSE_URL（页脚、图表和引用格式都链接到它）。`,
    );
  return { name, url };
}

/** The publisher printed until one is set; the build warns while it is (src/lib/site/publishCheck.ts). */
export const PUBLISHER_PLACEHOLDER = '（主办单位待填写）';

export const site: SiteConfig = {
  name: '社会组织助力乡村振兴数据展示',
  description: '社会组织参与乡村振兴的组织、项目、重点帮扶县与行动数据，逐条注明来源。',
  publisher: process.env['SITE_PUBLISHER'] ?? PUBLISHER_PLACEHOLDER,
  icp: process.env['SITE_ICP'] ?? '',
  websiteCode: process.env['SITE_WEBSITE_CODE'] ?? '',
  license: licenseFromEnv(process.env['SITE_LICENSE'], process.env['SITE_LICENSE_URL']),
  url: process.env['SITE_URL'] ?? 'http://localhost:4321',
  base: process.env['SITE_BASE'] ?? '/',
  dataAsOf: process.env['SITE_DATA_AS_OF'] ?? '2022 年（所收录来源文件的最晚年份）',
  map: {
    provinces: process.env['MAP_PROVINCES'] ?? null,
    counties: process.env['MAP_COUNTIES'] ?? null,
    approvalNumber: process.env['MAP_APPROVAL_NUMBER'] ?? null,
  },
};
