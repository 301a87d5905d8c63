/**
 * Figures that prose and showcase pages show, computed from the records: the text of a <Fig>,
 * and the 附件3 申报表 facts of a case (total amount and beneficiary number derived from its
 * projects). Pure.
 */
import { writtenAs } from '../format.ts';
import type { SiteModel } from '../site/model.ts';
import type { Project } from '../schema/project.ts';
import { REPORTED_METRICS, type ReportedTotal } from '../schema/campaign.ts';
import { beneficiaryUnitLabel, formatBeneficiaries, formatCount, formatWan, qualify } from '../format.ts';
import { computeTotals, type SumWithCoverage } from '../aggregate/totals.ts';
import type { BeneficiaryUnitId } from '../schema/vocab.ts';

export interface FigRef {
  project?: string | undefined;
  organization?: string | undefined;
  campaign?: string | undefined;
  field?: string | undefined;
  metric?: string | undefined;
}

export interface FigText {
  text: string;
  /** Raw value (万元 for money) for data-value; null when the figure is not a single number. */
  value: number | null;
  /** Where it comes from. */
  source: string;
  /** Why it cannot be shown (unknown record or value); null when fine. */
  error: string | null;
}

const fail = (error: string): FigText => ({ text: '', value: null, source: '', error });

/** Text of a reported campaign total, as reported: "约 21.88 亿元", "6,300 多家"→"约 6,300 家". */
export function reportedText(r: ReportedTotal): string {
  const as = r.qualifier ?? r.approximate;
  if (r.metric.startsWith('funds')) return formatWan(r.value, as);
  const unit = r.beneficiaryUnit ? beneficiaryUnitLabel(r.beneficiaryUnit) : (REPORTED_METRICS.find((m) => m.id === r.metric)?.unit ?? '');
  return qualify(formatCount(r.value, unit), as);
}

/** The text of <Fig …/> (see src/components/content/Fig.astro). */
export function figText(model: SiteModel, ref: FigRef): FigText {
  if (ref.project !== undefined) {
    const p = model.projectById.get(ref.project);
    if (!p) return fail(`<Fig project="${ref.project}">：项目不存在`);
    switch (ref.field) {
      case 'fundsPledgedWan':
      case 'fundsInvestedWan': {
        const v = p[ref.field];
        if (v === null) return fail(`<Fig project="${ref.project}" field="${ref.field}">：该数字未知`);
        return {
          text: formatWan(v, writtenAs(p, ref.field)),
          value: v,
          source: p.source,
          error: null,
        };
      }
      case 'beneficiaries':
        if (p.beneficiaries === null || p.beneficiaryUnit === null)
          return fail(`<Fig project="${ref.project}" field="beneficiaries">：该数字未知`);
        return {
          text: formatBeneficiaries(p.beneficiaries, p.beneficiaryUnit, writtenAs(p, 'beneficiaries')),
          value: p.beneficiaries,
          source: p.source,
          error: null,
        };
      case 'staffDeployed':
        if (p.staffDeployed === null) return fail(`<Fig project="${ref.project}" field="staffDeployed">：该数字未知`);
        return { text: formatCount(p.staffDeployed, '人'), value: p.staffDeployed, source: p.source, error: null };
      case 'organizationCountReported':
        // the number of organizations the source says took part (can exceed those named)
        if (p.organizationCountReported === null)
          return fail(`<Fig project="${ref.project}" field="organizationCountReported">：该数字未知`);
        return { text: formatCount(p.organizationCountReported, '家'), value: p.organizationCountReported, source: p.source, error: null };
      default:
        return fail(`<Fig project> 的 field “${ref.field ?? ''}”不可用`);
    }
  }
  if (ref.organization !== undefined) {
    const o = model.orgById.get(ref.organization);
    if (!o) return fail(`<Fig organization="${ref.organization}">：组织不存在`);
    if (ref.field !== 'projects') return fail(`<Fig organization> 的 field “${ref.field ?? ''}”不可用`);
    const n = model.projectsByOrg.get(o.id)?.length ?? 0;
    return { text: formatCount(n, '个'), value: n, source: `本站收录的 ${o.name} 项目记录`, error: null };
  }
  if (ref.campaign !== undefined) {
    const c = model.data.campaigns.find((x) => x.id === ref.campaign);
    if (!c) return fail(`<Fig campaign="${ref.campaign}">：行动不存在`);
    const r = c.reported.find((x) => x.metric === ref.metric);
    if (!r) return fail(`<Fig campaign="${ref.campaign}" metric="${ref.metric ?? ''}">：该行动没有报告这项总数`);
    return { text: reportedText(r), value: r.value, source: c.source, error: null };
  }
  return fail('<Fig> 需要 project、organization 或 campaign 属性');
}

/** The 附件3 facts of a case, derived from its project records. */
export interface CaseFacts {
  projects: Project[];
  fundsPledgedWan: SumWithCoverage;
  fundsInvestedWan: SumWithCoverage;
  beneficiaries: { unit: BeneficiaryUnitId; sum: SumWithCoverage }[];
}

export function caseFacts(model: SiteModel, projectIds: readonly string[]): CaseFacts {
  const projects = projectIds.map((id) => model.projectById.get(id)).filter((p): p is Project => p !== undefined);
  const t = computeTotals({ organizations: [], projects });
  const units: BeneficiaryUnitId[] = ['person', 'personTime', 'household'];
  return {
    projects,
    fundsPledgedWan: t.fundsPledgedWan,
    fundsInvestedWan: t.fundsInvestedWan,
    beneficiaries: units.filter((u) => t.beneficiaries[u].known > 0).map((u) => ({ unit: u, sum: t.beneficiaries[u] })),
  };
}

/** "约 500 万元（2 个项目中 1 个有数）" style text of a derived sum; "未知" when no record has it. */
export function sumText(s: SumWithCoverage, of: number, format: (v: number, approx: boolean) => string): string {
  if (s.known === 0) return '未知';
  const body = format(s.sum, s.approximate > 0);
  return s.known < of ? `${body}（${of} 个项目中 ${s.known} 个有数）` : body;
}
