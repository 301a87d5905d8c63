/**
 * Campaigns (专项行动、社会组织乡村行、认领活动、推进会议、动员通知) with the totals their organizers report, as JSON (the
 * reported figures are a list per campaign). Reported totals stand beside itemised records, never
 * added to them.
 */
import { campaignSchema, REPORTED_METRICS, type Campaign, type ReportedTotal } from '../../schema/campaign.ts';
import { BENEFICIARY_UNITS, CAMPAIGN_KINDS, vocabMatcher } from '../../schema/vocab.ts';
import { checkSource, readInferred, type References } from './table.ts';
import type { Ledger, Tracked } from '../ledger.ts';
import type { Plan } from '../locate.ts';
import { parseAmount, parseCount } from '../normalize.ts';
import { RowReader, type BoundColumn } from '../rowReader.ts';
import { cellText } from '../sheets.ts';

export const CAMPAIGNS_LABEL = '行动与报告总数';
export { campaignSchema };

const kindMatch = vocabMatcher(CAMPAIGN_KINDS);
const benUnit = vocabMatcher(BENEFICIARY_UNITS);
const KEYS = ['id', 'name', 'kind', 'theme', 'organizers', 'periodStart', 'periodEnd', 'regions', 'source', 'inferred'];
/** The fields a campaign's `inferred` list may name. */
const CAMPAIGN_FIELDS: ReadonlySet<string> = new Set(Object.keys(campaignSchema.shape));
const COLUMNS = new Map<string, BoundColumn>(KEYS.map((k, index) => [k, { index, header: k, unit: null }]));

/** One reported figure, as the source writes it ("约21.88亿元", "6300多家"), or null with an issue. */
function readReported(r: RowReader, item: unknown, k: number): ReportedTotal | null {
  const o = (item !== null && typeof item === 'object' ? item : {}) as Record<string, unknown>;
  const column = `reported[${k}]`;
  const metric = REPORTED_METRICS.find((m) => m.id === o['metric']);
  const text = typeof o['text'] === 'string' ? o['text'] : '';
  if (!metric) {
    r.issueIn(
      `${column}.metric`,
      'constraint-error',
      cellText(o['metric']),
      `指标应为：${REPORTED_METRICS.map((m) => `${m.id}（${m.label}）`).join('、')}。`,
    );
    return null;
  }
  const p = metric.id.startsWith('funds') ? parseAmount(text, 'wan') : parseCount(text);
  if (!p.ok || p.value === null) {
    r.issueIn(`${column}.text`, 'type-error', text, '报告数字无法解析：请照原文写数字和单位，如“约21.88亿元”“6300多家”“280多万人次”。');
    return null;
  }
  if (o['compare'] !== undefined && typeof o['compare'] !== 'boolean')
    r.issueIn(
      `${column}.compare`,
      'type-error',
      cellText(o['compare']),
      '“compare”应为 true 或 false（统计对象与逐项记录不同时写 false）。',
    );
  const value = 'wan' in p.value ? p.value.wan : p.value.value;
  const unit = 'unit' in p.value && p.value.unit ? (benUnit(p.value.unit) ?? null) : null;
  return {
    metric: metric.id,
    value,
    beneficiaryUnit: metric.id === 'beneficiaries' ? (unit ?? 'person') : null,
    approximate: p.value.approximate,
    qualifier: p.value.qualifier,
    text,
    scope: typeof o['scope'] === 'string' ? o['scope'] : null,
    compare: o['compare'] !== false,
  };
}

function mapCampaign(r: RowReader, obj: Record<string, unknown>, refs: Pick<References, 'unknownSources'>): Campaign | null {
  const id = r.text('id', true, '行动标识');
  const name = r.text('name', true, '行动名称');
  const kindRaw = r.text('kind', true, '专项行动、社会组织乡村行、认领活动、推进会议或动员通知');
  const kind = kindRaw ? (kindMatch(kindRaw) ?? null) : null;
  if (kindRaw && !kind) r.issue('constraint-error', 'kind', kindRaw, `类型应为：${CAMPAIGN_KINDS.map((k) => k.label).join('、')}。`);
  const organizers = r.list('organizers', true, '组织单位');
  const regions = r.regionList('regions');
  const rep = obj['reported'];
  if (rep !== undefined && rep !== null && !Array.isArray(rep))
    r.issueIn('reported', 'type-error', cellText(rep).slice(0, 60), '“reported”应为数组：[{ "metric": …, "text": … }, …]。');
  const reported = (Array.isArray(rep) ? rep : []).map((x, k) => readReported(r, x, k)).filter((x): x is ReportedTotal => x !== null);
  const periodStart = r.date('periodStart');
  const periodEnd = r.date('periodEnd');
  const source = r.text('source', true, '来源');
  checkSource(r, 'source', source, refs);
  const inferred = readInferred(r, CAMPAIGN_FIELDS);
  if (r.errors > 0 || !id || !name || !kind || !source) return null;
  return { id, name, kind, theme: r.text('theme'), organizers, periodStart, periodEnd, regions, reported, source, inferred };
}

/** Reads the campaigns of a JSON file; accepted records are added to `out`. */
export function readCampaigns(
  plan: Extract<Plan, { kind: 'campaigns' }>,
  ledger: Ledger,
  refs: Pick<References, 'regions' | 'unknownSources'>,
  out: Tracked<Campaign>[],
): void {
  const { regions } = refs;
  const { sheet, items } = plan;
  const account = ledger.account(sheet.name, sheet.encoding);
  account.report.table = 'campaigns';
  account.report.tableLabel = CAMPAIGNS_LABEL;
  items.forEach((item, i) => {
    const rowNumber = i + 1;
    account.report.rowsIn++;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      account.rejected.add(rowNumber);
      ledger.issue(
        'type-error',
        sheet.name,
        rowNumber,
        null,
        cellText(item).slice(0, 60),
        `第 ${rowNumber} 项应为一个对象 { "id": …, "name": …, … }：请改正或删除。`,
      );
      return;
    }
    const obj = item as Record<string, unknown>;
    const r = new RowReader(
      sheet.name,
      rowNumber,
      KEYS.map((k) => (Object.hasOwn(obj, k) ? cellText(obj[k]) : '')),
      COLUMNS,
      ledger.issues,
      regions,
    );
    const value = mapCampaign(r, obj, refs);
    if (value === null) account.rejected.add(rowNumber);
    else out.push({ value, file: sheet.name, row: rowNumber, columns: COLUMNS });
  });
}
