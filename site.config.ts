/**
 * Site identity: shown in the footer and used in citations, feeds and maps. The bundled demo's
 * identity is written below; a publisher's site folder (SITE_DIR) carries its own in site.yaml,
 * validated with Chinese messages (src/lib/site/settings.ts). Environment variables (SITE_URL,
 * SITE_BASE, SITE_PUBLISHER, MAP_… ) override either, for a one-off build.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { readSettings, SETTINGS_FILE, type SiteSettings } from './src/lib/site/settings.ts';
import { type SiteScope, scopeOf } from './src/lib/site/scope.ts';
import { REGION_ROWS } from './src/lib/regionTable.ts';

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
  /** Public-security filing number (公网安备); empty until the publisher has one. */
  publicSecurityRecord: string;
  /** What the site covers: the country, or one province (site.yaml `scope`, resolved once here). */
  scope: SiteScope;
  /** The publisher's settings file (SITE_DIR/site.yaml), or null for the bundled demo. */
  settingsFile: string | null;
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

/** The settings of the publisher's site folder, or null for the bundled demo. Stops with Chinese messages. */
function publisherSettings(): (Omit<SiteSettings, 'scope'> & { scope: SiteScope }) | null {
  const dir = process.env['SITE_DIR'];
  if (!dir) return null;
  const file = join(resolve(dir), SETTINGS_FILE);
  let parsed: unknown;
  try {
    parsed = loadYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    const why =
      (e as NodeJS.ErrnoException).code === 'ENOENT'
        ? '不存在：请用 npm run new 创建网站文件夹，或检查 SITE_DIR'
        : `无法读取（${String(e)}）`;
    throw new Error(`[site-settings] ${file} ${why}。`);
  }
  const r = readSettings(parsed, file);
  if (!r.ok) throw new Error(`[site-settings] 网站设置有误，请修改后重试：\n  ${r.problems.join('\n  ')}`);
  const scope = scopeOf(r.settings.scope, REGION_ROWS);
  if (scope === null)
    throw new Error(
      `[site-settings] ${file} 设置项 scope：找不到省份“${r.settings.scope}”，请写 全国，或省级名称（如 甘肃省）或六位代码（如 620000）。`,
    );
  // files named in the settings are relative to the site folder
  const inSite = (p: string | null): string | null => (p === null ? null : resolve(dir, p));
  return {
    ...r.settings,
    scope,
    map: { ...r.settings.map, provinces: inSite(r.settings.map.provinces), counties: inSite(r.settings.map.counties) },
  };
}

const own = publisherSettings();
const env = (key: string): string | undefined => process.env[key] || undefined;

export const site: SiteConfig = {
  name: own?.name ?? '社会组织助力乡村振兴数据展示',
  description: own?.description || '社会组织参与乡村振兴的组织、项目、重点帮扶县与行动数据，逐条注明来源。',
  publisher: env('SITE_PUBLISHER') ?? own?.publisher ?? PUBLISHER_PLACEHOLDER,
  icp: env('SITE_ICP') ?? own?.icp ?? '',
  websiteCode: env('SITE_WEBSITE_CODE') ?? own?.websiteCode ?? '',
  publicSecurityRecord: own?.publicSecurityRecord ?? '',
  scope: own?.scope ?? { kind: 'national' },
  settingsFile: process.env['SITE_DIR'] ? join(process.env['SITE_DIR'], SETTINGS_FILE) : null,
  license: env('SITE_LICENSE') || !own ? licenseFromEnv(process.env['SITE_LICENSE'], process.env['SITE_LICENSE_URL']) : own.license,
  url: env('SITE_URL') ?? own?.url ?? 'http://localhost:4321',
  base: env('SITE_BASE') ?? own?.base ?? '/',
  dataAsOf: env('SITE_DATA_AS_OF') ?? own?.dataAsOf ?? '2023 年（所收录来源文件的最晚年份）',
  map: {
    provinces: env('MAP_PROVINCES') ?? own?.map.provinces ?? null,
    counties: env('MAP_COUNTIES') ?? own?.map.counties ?? null,
    approvalNumber: env('MAP_APPROVAL_NUMBER') ?? own?.map.approvalNumber ?? null,
  },
};
