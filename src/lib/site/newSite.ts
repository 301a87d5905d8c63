/**
 * What `npm run new` writes into a new publisher's site folder: the settings file with every key
 * explained in Chinese, short READMEs for the clerk, and the grids of the blank official templates
 * (附件2 项目明细表, 附件1 情况统计表) as the Jiangsu notice prints them (seed 004). Pure: the script
 * (scripts/new-site.ts) writes the files.
 */
import type { Validation } from './xlsxValidation.ts';

/** Settings file text for a new site; `scope` is 全国 or a province's name. */
export function settingsText(scope: string, year: number): string {
  return `# 网站设置：改好后运行 SITE_DIR=<本文件夹> npm run build 构建网站。
# 每一项都会被检查；写错时构建会停止，并用中文说明哪一项、怎么改。

# 网站名称（页面标题、分享卡片和引用格式都用它）
name: ${scope === '全国' ? '' : scope}社会组织助力乡村振兴数据展示
# 一句话说明（搜索引擎和分享卡片中显示；可留空）
description: ''
# 主办单位（页脚“主办单位：…”）
publisher: （请填写主办单位全称）
# ICP 备案号（如“京ICP备12345678号”；没有可留空）
icp: ''
# 网站标识码（政府网站填写；没有可留空）
websiteCode: ''
# 公安机关备案号（如“京公网安备 11010502000000号”；没有可留空）
publicSecurityRecord: ''
# 网站公开访问的地址（以 http:// 或 https:// 开头）
url: https://example.gov.cn
# 网站放在子目录时写子目录，如 /xczx（须与上面网址中的子目录一致）；放在根目录写 /
base: /
# 范围：全国，或一个省的名称（如 甘肃省）
scope: ${scope}
# 数据截至的时间（每张图表下方注明“数据截至”）
dataAsOf: ${year} 年 12 月
# 数据与图表的许可协议（默认 CC BY 4.0）
license:
  name: CC BY 4.0
  url: https://creativecommons.org/licenses/by/4.0/deed.zh-hans
# 地图底图：不填时使用产品自带的示意图，每张地图标注“示意图”。
# 取得经审核的底图后，填写底图文件（相对本文件夹的路径，GeoJSON 或 TopoJSON）和审图号。
map:
  provinces: null
  counties: null
  approvalNumber: null
`;
}

/** The clerk's README for the new folder. */
export function readmeText(folder: string): string {
  return `# ${folder} — 发布单位的网站文件夹

这个文件夹就是一个网站的全部内容：

| 位置 | 内容 |
|---|---|
| \`site.yaml\` | 网站设置：名称、主办单位、备案号、网址、范围、底图与审图号、数据截至时间（每项都有中文说明） |
| \`data/\` | 数据表格：附件2 项目明细表、附件1 情况统计表（XLSX 或 CSV，GB18030 也可），以及组织表等 |
| \`content/cases/\` | 优秀案例（附件3，MDX 文件，可选；写法见下文“写一个案例”） |
| \`content/images/\` | 案例的封面照片（可选），在案例中写作 \`/images/文件名\` |
| \`content/reports/\` | 年度展示（可选） |

重点帮扶县名单、改名县对照表、行政区划代码和示意底图随产品提供，不需要放在这里。

## 从空白模板到公开网站：四步

1. 填写 \`data/\` 中的空白模板（附件2 每行一个项目；附件1 按地区填写总数），不知道的数留空，不要填 0。
2. 检查：\`SITE_DIR=${folder} npm run data:check\`。报告逐行列出必须修改的错误和提示（文件、行、列、原值、怎么改）；改到没有必须修改的错误为止。
3. 改好 \`site.yaml\`（主办单位、网址、备案号；有经审核的底图时填写审图号）。
4. 构建：\`SITE_DIR=${folder} npm run build\`，把生成的 \`dist/\` 文件夹整个上传到网站服务器。

本地预览：\`SITE_DIR=${folder} npm run preview\`。

每年的附件2 都放进 \`data/\`（如 \`附件2-2021.xlsx\`、\`附件2-2022.xlsx\`）：同一个项目在几个年度报告，网站上是一个项目，
各年度的报告列在项目页上。有“项目编号”列时按编号认定同一项目，否则按社会组织＋项目名称＋帮扶地区认定。

## 写一个案例（附件3）

案例写在 \`content/cases/\` 中，一个案例一个 \`.mdx\` 文件：开头是申报表的各项（标题、组织、实施地、项目、受益群体、
起止时间、200–300 字的摘要、来源），正文依次是“背景介绍”“主要做法”“主要成效”“主要经验”四部分。

1. 数据检查通过后，从一个项目生成案例草稿：\`SITE_DIR=${folder} npm run case:new -- 项目名称\`（同名项目有几个时，
   命令会列出它们的项目标识，改用标识即可）。数据中已有的内容（组织、地区、项目、领域、来源）已经填好。
2. 把每一处“【请填写】”换成案例的内容。只写来源材料中有的事实；资金、人数不要手写，用草稿里的 \`<Fig …/>\`
   从数据中取，这样正文和数据永远一致。
3. 有可以公开的照片时，放进 \`content/images/\`，在案例开头加一行
   \`cover: { src: /images/照片.jpg, alt: 照片内容的文字说明 }\`；没有照片时页面以位置示意图代替。
4. 再运行 \`npm run data:check\`：还有“【请填写】”、摘要字数不对、缺少某一部分时，报告会指出文件和行号。
`;
}

/** 附件2 项目明细表, blank: title, 单位（盖章）, 联系人 rows, then the header. */
export function annex2Blank(year: number): (string | null)[][] {
  return [
    [`${year}年社会组织开展乡村振兴项目明细表`, null, null, null, null, null, null],
    ['单位（盖章）：', null, null, null, null, null, null],
    ['联系人：', null, null, '电话：', null, null, null],
    ['社会组织名称', '帮扶地区（省/市/县）', '项目名称', '项目性质', '投入资金（万元）', '投入人员数', '受益人数'],
  ];
}

/** 附件1 情况统计表, blank: title, 单位（盖章）, the two header rows, the 省外/省内 groups and 合计. */
export function annex1Blank(year: number): (string | null)[][] {
  const metrics = ['参与社会组织数', '开展帮扶项目数', '投入资金数（万元）', '投入人员数', '受益人数'];
  return [
    [`${year}年社会组织参与乡村振兴情况统计表`, ...Array<null>(11).fill(null)],
    ['单位（盖章）：', ...Array<null>(11).fill(null)],
    ['帮扶地区', null, ...metrics.flatMap((m) => [m, null])],
    [null, null, ...metrics.flatMap(() => ['总数', '其中：市本级'])],
    ['合计', null, ...Array<null>(10).fill(null)],
  ];
}

/** The 项目性质 values the 附件2 template lists (its 备注 row). */
export const ANNEX2_NATURES = ['民生帮扶', '产业帮扶', '消费帮扶', '教育帮扶', '生态帮扶', '医疗卫生帮扶', '志愿服务', '其他'] as const;

/** The last row of the blank 附件2 that carries the drop-down and number checks. */
const ANNEX2_LAST_ROW = 2000;

/**
 * The blank 附件2's checks, by column of annex2Blank's header (row 4): 项目性质 from the template's
 * list, money and counts not negative, and a prompt that says the unit and that unknown stays blank.
 */
export function annex2Validations(): Validation[] {
  const rows = (col: string): string => `${col}5:${col}${ANNEX2_LAST_ROW}`;
  const unknown = '不知道的数留空，不要填 0。';
  return [
    {
      range: rows('B'),
      kind: 'any',
      prompt: { title: '帮扶地区', text: '写到县：省/市/县，如“甘肃省/甘南藏族自治州/舟曲县”；几个地区用分号分隔。' },
      error: '',
    },
    {
      range: rows('D'),
      kind: { list: ANNEX2_NATURES },
      prompt: { title: '项目性质', text: '从下拉列表中选择一项。' },
      error: `请从下拉列表中选择：${ANNEX2_NATURES.join('、')}。`,
    },
    {
      range: rows('E'),
      kind: { decimal: { min: 0 } },
      prompt: { title: '投入资金（万元）', text: `单位为万元（1 亿元 = 10,000 万元），只填数字。${unknown}` },
      error: '请填写不小于 0 的数字，单位为万元。',
    },
    {
      range: rows('F'),
      kind: { whole: { min: 0 } },
      prompt: { title: '投入人员数', text: `人数，只填整数。${unknown}` },
      error: '请填写不小于 0 的整数。',
    },
    {
      range: rows('G'),
      kind: { whole: { min: 0 } },
      prompt: { title: '受益人数', text: `人数，只填整数。${unknown}` },
      error: '请填写不小于 0 的整数；受益的是人次或户时，请改在数字后注明单位。',
    },
  ];
}
