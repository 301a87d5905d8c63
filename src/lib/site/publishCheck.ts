/**
 * What a publisher still has to set before the built site goes public. Pure: reads the settings
 * it is given (site.config.ts values and whether each came from the environment). The build logs
 * each finding as a warning; none stops it, since a local or test build is fine without them.
 */

export interface PublishSettings {
  /** The public URL used in citations, QR codes, canonical links, feeds and the sitemap. */
  url: string;
  /** 主办单位, printed in the footer and every citation. */
  publisher: string;
  /** True when the publisher is still the placeholder of site.config.ts. */
  publisherIsPlaceholder: boolean;
  /** 审图号 of an approved base map, or null (maps are then labelled 示意图). */
  mapApprovalNumber: string | null;
  /** The publisher's settings file (SITE_DIR/site.yaml), or null for the bundled demo's site.config.ts. */
  settingsFile?: string | null;
}

/** A finding: stable code, and the Chinese message that says what to set. */
export interface PublishFinding {
  code: 'local-site-url' | 'placeholder-publisher' | 'schematic-map';
  message: string;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);
/** The example address `npm run new` writes, and the reserved example domains. */
const EXAMPLE_HOST = /(^|\.)example\.(gov\.cn|com|org|net)$/u;

/** Findings in a fixed order; an empty list means the site is ready to publish as configured. */
export function publishFindings(s: PublishSettings): PublishFinding[] {
  const out: PublishFinding[] = [];
  /** Where to set a setting: the publisher's site.yaml key, or the demo's environment variable. */
  const where = (key: string, env: string): string =>
    s.settingsFile ? `在 ${s.settingsFile} 中填写 ${key}` : `用环境变量 ${env} 或 site.config.ts 设置`;
  let host: string | null = null;
  try {
    host = new URL(s.url).hostname;
  } catch {
    host = null;
  }
  if (host === null || LOCAL_HOSTS.has(host) || EXAMPLE_HOST.test(host)) {
    out.push({
      code: 'local-site-url',
      message: `网站地址为 ${s.url}：引用格式、二维码、规范链接、RSS 和站点地图都会指向这个地址。正式发布前请${where('url', 'SITE_URL')}公开网址。`,
    });
  }
  if (s.publisherIsPlaceholder || s.publisher.trim() === '' || s.publisher.includes('请填写')) {
    out.push({
      code: 'placeholder-publisher',
      message: `主办单位为“${s.publisher}”：页脚和每条引用都会印出它。正式发布前请${where('publisher', 'SITE_PUBLISHER')}主办单位。`,
    });
  }
  if (s.mapApprovalNumber === null || s.mapApprovalNumber.trim() === '') {
    out.push({
      code: 'schematic-map',
      message: s.settingsFile
        ? `地图使用自带示意图（无审图号）。向公众正式发布含中国地图的页面，请换用经审核的底图：在 ${s.settingsFile} 的 map 中填写底图文件（provinces、counties）和审图号（approvalNumber）。`
        : '地图使用自带示意图（无审图号）。向公众正式发布含中国地图的页面，请换用经审核的底图并以 MAP_PROVINCES、MAP_COUNTIES、MAP_APPROVAL_NUMBER 填写审图号（见 README“地图底图与审图号”）。',
    });
  }
  return out;
}
