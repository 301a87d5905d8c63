/**
 * A publisher's site settings (site.yaml in the site folder, SITE_DIR): the site's name and
 * publisher, its filings, address, licence, scope, base map and data date. Typed and validated like
 * the data, with Chinese messages that name the setting. Pure: takes the parsed file.
 */
import { z } from 'zod';
import '../schema/common.ts'; // zod's Chinese messages

/** Where the settings live in a site folder. */
export const SETTINGS_FILE = 'site.yaml';

const text = (what: string) => z.string({ error: `${what}应为文字` }).trim();
const optionalText = (what: string) => text(what).default('');

export const siteSettingsSchema = z
  .object({
    /** 网站名称 */
    name: text('网站名称').min(2, '网站名称至少 2 个字'),
    /** 一句话说明 */
    description: optionalText('网站说明'),
    /** 主办单位 */
    publisher: text('主办单位').min(2, '主办单位至少 2 个字'),
    /** ICP 备案号 */
    icp: optionalText('ICP 备案号'),
    /** 网站标识码（政府网站） */
    websiteCode: optionalText('网站标识码'),
    /** 公安机关备案号（公网安备） */
    publicSecurityRecord: optionalText('公网安备号'),
    /** 网址（不含末尾斜杠） */
    url: z.url({ error: '网址应为完整的 http(s):// 地址' }).transform((u) => u.replace(/\/+$/u, '')),
    /** 子目录，如 /showcase；放在网站根目录时为 / */
    base: text('子目录')
      .regex(/^\/[A-Za-z0-9._~/-]*$/u, '子目录应以 / 开头，只含字母、数字、点、下划线、连字符和 /')
      .default('/'),
    /** 许可协议 */
    license: z
      .object({ name: text('许可协议名称').min(2), url: z.url({ error: '许可协议网址应为完整的 http(s):// 地址' }) })
      .default({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' }),
    /** 范围：全国，或一个省（省名或六位代码） */
    scope: text('范围').default('全国'),
    /** 数据截至 */
    dataAsOf: text('数据截至').min(2, '请写明数据截至的时间，如“2024 年 12 月”'),
    /** 经审核的底图与审图号 */
    map: z
      .object({
        provinces: text('省级底图文件').nullable().default(null),
        counties: text('县级底图文件').nullable().default(null),
        approvalNumber: text('审图号').nullable().default(null),
      })
      .default({ provinces: null, counties: null, approvalNumber: null }),
  })
  .strict();
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** The settings, or the problems in Chinese (“设置项 url：…”), each naming the setting. */
export function readSettings(parsed: unknown, file: string): { ok: true; settings: SiteSettings } | { ok: false; problems: string[] } {
  const r = siteSettingsSchema.safeParse(parsed ?? {});
  if (r.success) {
    // a site in a sub-folder: the address and the base path must say the same folder
    const folder = new URL(`${r.data.url}/`).pathname;
    const base = r.data.base.endsWith('/') ? r.data.base : `${r.data.base}/`;
    if (folder !== base)
      return {
        ok: false,
        problems: [
          `${file} 设置项 base：网址 ${r.data.url} 在子目录 ${folder} 下，子目录应写作 ${folder.replace(/\/$/u, '') || '/'}（现为 ${r.data.base}）。`,
        ],
      };
    if (r.data.map.approvalNumber === null && r.data.map.provinces !== null)
      return { ok: false, problems: [`${file} 设置项 map.approvalNumber：换用了底图文件，请同时填写它的审图号。`] };
    return { ok: true, settings: r.data };
  }
  return {
    ok: false,
    problems: r.error.issues.map((i) => {
      const key = i.path.join('.') || '（整个文件）';
      const message =
        i.code === 'unrecognized_keys' ? `不认识的设置项 ${i.keys.join('、')}：请检查拼写（设置项见 npm run new 生成的说明）` : i.message;
      return `${file} 设置项 ${key}：${message}。`;
    }),
  };
}
