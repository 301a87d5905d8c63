/**
 * Headline totals over itemised records. Assumptions: each project is counted once however many
 * organizations fund it (组团帮扶); unknown amounts (null) are left out of sums and counted
 * separately, never treated as 0; pledged and invested funds are never added together;
 * beneficiaries are summed per unit (人 / 人次 / 户), never across units. Campaigns' reported
 * totals are not part of these sums.
 */
import type { Organization } from '../schema/organization.ts';
import type { Project } from '../schema/project.ts';
import { LOWER_BOUND_QUALIFIERS, type BeneficiaryUnitId, type Qualifier } from '../schema/vocab.ts';

export interface SumWithCoverage {
  /** Sum of the known values, in the field's unit. */
  sum: number;
  /** How many records had a value. */
  known: number;
  /** How many of those values are approximate (约、余、多). */
  approximate: number;
  /** How many of the approximate ones are lower bounds (余、多、超过、以上): when all are, the sum is 至少 that much. */
  lowerBound?: number | undefined;
  /** When the sum is one value, its qualifier as the source writes it (近, 余…): shown as written, not as 约. */
  written?: Qualifier | undefined;
}

export interface Totals extends FigureSums {
  organizations: number;
  projects: number;
}

/** Sums a nullable numeric field with coverage counts; rounds away binary noise to 1e-6. */
export function sumKnown<T>(rows: readonly T[], value: (r: T) => number | null, approx: (r: T) => boolean = () => false): SumWithCoverage {
  let sum = 0;
  let known = 0;
  let approximate = 0;
  for (const r of rows) {
    const v = value(r);
    if (v === null) continue;
    sum += v;
    known++;
    if (approx(r)) approximate++;
  }
  return { sum: Math.round(sum * 1e6) / 1e6, known, approximate };
}

/** A running SumWithCoverage (see sumKnown), for totals gathered in one pass. */
export class RunningSum {
  sum = 0;
  known = 0;
  approximate = 0;
  lowerBound = 0;
  /** The qualifier of the first value, kept while it is the only one. */
  private first: Qualifier | null = null;

  /** `approx`: the value's qualifier as written (余 counts as a lower bound), or whether it is approximate. */
  add(v: number | null, approx: boolean | Qualifier | null): void {
    if (v === null) return;
    this.sum += v;
    this.known++;
    this.first = this.known === 1 && typeof approx === 'string' ? approx : null;
    if (approx === false || approx === null) return;
    this.approximate++;
    if (approx !== true && LOWER_BOUND_QUALIFIERS.has(approx)) this.lowerBound++;
  }

  done(): SumWithCoverage {
    const out: SumWithCoverage = { sum: Math.round(this.sum * 1e6) / 1e6, known: this.known, approximate: this.approximate };
    if (this.lowerBound > 0) out.lowerBound = this.lowerBound;
    if (this.known === 1 && this.first !== null) out.written = this.first;
    return out;
  }
}

/** The summed figures of a set of projects: funds apart, staff, beneficiaries per unit. */
export interface FigureSums {
  fundsPledgedWan: SumWithCoverage;
  fundsInvestedWan: SumWithCoverage;
  staffDeployed: SumWithCoverage;
  /** Beneficiaries per unit; units are never added together. */
  beneficiaries: Record<BeneficiaryUnitId, SumWithCoverage>;
}

/**
 * The one accumulator of projects' figures, fed one project at a time: by headline totals
 * (computeTotals, and the pipeline's columns through ProjectStore.addTotalsTo), by every group of a
 * rollup and by every row of the region table. The one place where these sums are defined.
 */
export class ProjectFigures {
  private readonly pledged = new RunningSum();
  private readonly invested = new RunningSum();
  private readonly staff = new RunningSum();
  private readonly person = new RunningSum();
  private readonly personTime = new RunningSum();
  private readonly household = new RunningSum();

  /** One project's figures, field by field (the columnar store has no Project object). */
  add(
    pledgedWan: number | null,
    pledgedApprox: boolean | Qualifier | null,
    investedWan: number | null,
    investedApprox: boolean | Qualifier | null,
    staffDeployed: number | null,
    beneficiaries: number | null,
    unit: BeneficiaryUnitId | null,
    beneficiariesApprox: boolean | Qualifier | null,
  ): void {
    this.pledged.add(pledgedWan, pledgedApprox);
    this.invested.add(investedWan, investedApprox);
    this.staff.add(staffDeployed, false);
    const sum = unit === 'person' ? this.person : unit === 'personTime' ? this.personTime : unit === 'household' ? this.household : null;
    sum?.add(beneficiaries, beneficiariesApprox);
  }

  addProject(p: Project): void {
    this.add(
      p.fundsPledgedWan,
      p.fundsPledgedQualifier ?? p.fundsPledgedApprox,
      p.fundsInvestedWan,
      p.fundsInvestedQualifier ?? p.fundsInvestedApprox,
      p.staffDeployed,
      p.beneficiaries,
      p.beneficiaryUnit,
      p.beneficiariesQualifier ?? p.beneficiariesApprox,
    );
  }

  sums(): FigureSums {
    return {
      fundsPledgedWan: this.pledged.done(),
      fundsInvestedWan: this.invested.done(),
      staffDeployed: this.staff.done(),
      beneficiaries: { person: this.person.done(), personTime: this.personTime.done(), household: this.household.done() },
    };
  }
}

/** Headline totals: a dataset's figures with its organization and project counts. */
export class ProjectTotals extends ProjectFigures {
  done(organizations: number, projects: number): Totals {
    return { organizations, projects, ...this.sums() };
  }
}

/**
 * Headline totals of a dataset's organizations and projects. One pass over the projects (the
 * same sums, in the same order, as sumKnown per field): seven passes over a million project
 * records read every record from memory seven times.
 */
export function computeTotals(d: { organizations: readonly Organization[]; projects: readonly Project[] }): Totals {
  const t = new ProjectTotals();
  for (const p of d.projects) t.addProject(p);
  return t.done(d.organizations.length, d.projects.length);
}

/**
 * Totals of a set of projects for an entity page: the organizations counted are those the projects
 * name (and `alsoOrganizations`, e.g. a brand's own), each once, that the dataset has.
 */
export function totalsOf(
  projects: readonly Project[],
  orgById: ReadonlyMap<string, Organization>,
  alsoOrganizations: readonly string[] = [],
): Totals {
  const ids = new Set([...alsoOrganizations, ...projects.flatMap((p) => p.organizationIds)]);
  const organizations = [...ids].flatMap((id) => orgById.get(id) ?? []);
  return computeTotals({ organizations, projects });
}
