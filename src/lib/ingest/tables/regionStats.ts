/**
 * 社会组织参与乡村振兴情况统计表 (附件1): a reporter's totals by assisted region, under two header rows
 * (参与社会组织数 … over 总数 / 其中：市本级), grouped under 省外 / 省内. Reported aggregates: they stay
 * apart from itemised projects.
 */
import type { RegionIndex } from '../../regions.ts';
import { regionStatSchema, type RegionStat } from '../../schema/regionStat.ts';
import type { Ledger, Tracked } from '../ledger.ts';
import { classifyRow, type Plan } from '../locate.ts';
import { cleanText, isBlank, parseAmount, parseCount, toHalfWidth } from '../normalize.ts';
import { allRows } from '../sheets.ts';
import { readSheetContext, type SheetContext } from './spec.ts';

export const REGION_STATS_LABEL = '社会组织参与乡村振兴情况统计表（附件1）';
export { regionStatSchema };

const METRIC_KEYS = ['organizations', 'projects', 'fundsInvestedWan', 'staffDeployed', 'beneficiaries'] as const;
const METRIC_LABELS = ['参与社会组织数', '开展帮扶项目数', '投入资金数(万元)', '投入人员数', '受益人数'];

/** The ten figures of a row (total and 市本级 of each metric), or null for a cell with an error. */
function readFigures(
  values: readonly string[],
  report: (code: 'type-error' | 'constraint-error', column: string, value: string, message: string) => void,
): (number | null)[] {
  const nums: (number | null)[] = [];
  values.forEach((v, k) => {
    const metric = METRIC_KEYS[Math.floor(k / 2)]!;
    const column = `${METRIC_LABELS[Math.floor(k / 2)]}·${k % 2 === 0 ? '总数' : '其中：市本级'}`;
    const p = metric === 'fundsInvestedWan' ? parseAmount(v, 'wan') : parseCount(v);
    if (!p.ok) {
      report('type-error', column, v, `${p.reason}：请填写数字；不知道请留空（不要填 0）。`);
      nums.push(null);
    } else nums.push(p.value === null ? null : 'wan' in p.value ? p.value.wan : p.value.value);
  });
  for (let m = 0; m < 5; m++) {
    const total = nums[m * 2];
    const city = nums[m * 2 + 1];
    if (total != null && city != null && city > total) {
      report(
        'constraint-error',
        `${METRIC_LABELS[m]}·其中：市本级`,
        String(city),
        `“其中：市本级”（${city}）大于总数（${total}）：总数应包含市本级，请核对。`,
      );
    }
  }
  return nums;
}

function statOf(
  nums: readonly (number | null)[],
  label: string,
  scope: RegionStat['scope'],
  regionCode: string | null,
  context: SheetContext,
  source: string,
): RegionStat {
  const n = (k: number): number | null => nums[k] ?? null;
  return {
    reporter: context.reporter,
    year: context.year,
    scope,
    regionLabel: label || (scope === 'inside' ? '省内' : '省外'),
    regionCode,
    organizations: n(0),
    organizationsCityLevel: n(1),
    projects: n(2),
    projectsCityLevel: n(3),
    fundsInvestedWan: n(4),
    fundsInvestedWanCityLevel: n(5),
    staffDeployed: n(6),
    staffDeployedCityLevel: n(7),
    beneficiaries: n(8),
    beneficiariesCityLevel: n(9),
    source,
  };
}

/** Reads a statistics sheet; accepted rows are added to `out`. */
export function readRegionStats(
  plan: Extract<Plan, { kind: 'stats' }>,
  ledger: Ledger,
  regions: RegionIndex,
  out: Tracked<RegionStat>[],
): void {
  const { sheet, headerIndex } = plan;
  const account = ledger.account(sheet.name, sheet.encoding);
  account.report.table = 'regionStats';
  account.report.tableLabel = REGION_STATS_LABEL;
  const { grid, problems } = allRows(plan.rows);
  const header = grid[headerIndex]!;
  const first = header.findIndex((c) => toHalfWidth(c).replace(/\s/gu, '').startsWith('参与社会组织数'));
  const context = readSheetContext(grid.slice(0, headerIndex));
  // the second header row holds 总数 / 其中：市本级
  const sub = grid[headerIndex + 1] ?? [];
  const dataStart = sub.some((c) => /总数|市本级/u.test(c)) ? headerIndex + 2 : headerIndex + 1;
  account.report.headerRow = dataStart;
  let scope: RegionStat['scope'] = null;
  const firstOut = out.length;
  for (let i = dataStart; i < grid.length; i++) {
    const row = grid[i]!;
    const problem = problems.get(i);
    if (problem !== undefined) {
      account.report.rowsIn++;
      account.rejected.add(i + 1);
      ledger.issue(problem.code, sheet.name, i + 1, null, problem.value, problem.message);
      continue;
    }
    const rowKind = classifyRow(row);
    const labels = row.slice(0, first).map((c) => cleanText(c).replace(/\s/gu, ''));
    if (labels[0] === '省外') scope = 'outside';
    else if (labels[0] === '省内') scope = 'inside';
    const values = row.slice(first, first + 10);
    if (rowKind === 'blank' || rowKind === 'note' || values.every((v) => isBlank(v))) {
      account.report.rowsSkipped++; // blank, a note, or a template line left empty
      continue;
    }
    const rowNumber = i + 1;
    account.report.rowsIn++;
    let errors = 0;
    const nums = readFigures(values, (code, column, value, message) => {
      errors++;
      ledger.issue(code, sheet.name, rowNumber, column, value, message);
    });
    const label = [...labels].reverse().find((l) => l.length > 0) ?? '';
    let regionCode: string | null = null;
    if (label && !/其它|其他|合计|总计|^省内$|^省外$/u.test(label)) {
      const r = regions.resolve(label);
      if (r.ok) regionCode = r.code;
      else
        ledger.issue(
          'region-unresolved',
          sheet.name,
          rowNumber,
          '帮扶地区',
          label,
          `未能把“${label}”对应到行政区划代码，该行仍计入统计表，但不会显示在地图上；请写规范名称，如“新疆维吾尔自治区/克孜勒苏柯尔克孜自治州”。`,
        );
    }
    if (errors > 0) {
      account.rejected.add(rowNumber);
      continue;
    }
    out.push({ value: statOf(nums, label, scope, regionCode, context, sheet.name), file: sheet.name, row: rowNumber, columns: new Map() });
  }
  checkTotalRow(out.slice(firstOut), sheet.name, ledger);
}

/** The ten figures of a row, in the sheet's column order. */
const FIGURES = METRIC_KEYS.flatMap((k) => [k, `${k}CityLevel`] as const) as readonly (keyof RegionStat)[];

/**
 * The sheet's own 合计 row against the sum of its region rows, figure by figure: an advisory with
 * both numbers where they differ. A figure some region leaves blank is not compared (unknown is not
 * 0, so the sum is not known); rows that only name the 省外/省内 group are not regions.
 */
function checkTotalRow(rows: readonly Tracked<RegionStat>[], file: string, ledger: Ledger): void {
  const isTotal = (r: RegionStat): boolean => /^(合计|总计)$/u.test(r.regionLabel);
  const totals = rows.filter((t) => isTotal(t.value));
  const parts = rows.filter((t) => !isTotal(t.value) && !/^(省内|省外)$/u.test(t.value.regionLabel));
  if (totals.length !== 1 || parts.length === 0) return;
  const total = totals[0]!;
  FIGURES.forEach((key, k) => {
    const stated = total.value[key] as number | null;
    const values = parts.map((t) => t.value[key] as number | null);
    if (stated === null || values.some((v) => v === null)) return;
    const sum = Math.round((values as number[]).reduce((a, b) => a + b, 0) * 1e6) / 1e6;
    if (Math.abs(sum - stated) <= 1e-6) return;
    const column = `${METRIC_LABELS[Math.floor(k / 2)]}·${k % 2 === 0 ? '总数' : '其中：市本级'}`;
    ledger.issue(
      'total-mismatch',
      file,
      total.row,
      column,
      String(stated),
      `合计行的“${column}”为 ${stated}，各地区之和为 ${sum}：请核对合计或各地区的数。合计行照原样发布，本站的汇总按各地区计算。`,
    );
  });
}
