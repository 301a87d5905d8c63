import { describe, expect, it } from 'vitest';
import { computeTotals, sumKnown, type SumWithCoverage, type Totals } from '../../../src/lib/aggregate/totals.ts';
import { organizationSchema } from '../../../src/lib/schema/organization.ts';
import { projectSchema, type Project } from '../../../src/lib/schema/project.ts';
import { makeOrganization, makeProject } from '../../fixtures/makeProjects.ts';

const none: SumWithCoverage = { sum: 0, known: 0, approximate: 0 };
const cov = (sum: number, known: number, approximate = 0): SumWithCoverage => ({ sum, known, approximate });

describe('fixtures', () => {
  it('makeProject returns a schema-valid Project', () => {
    expect(projectSchema.safeParse(makeProject()).success).toBe(true);
    expect(projectSchema.safeParse(makeProject({ fundsInvestedWan: 12.5, beneficiaries: 300, beneficiaryUnit: 'person' })).success).toBe(
      true,
    );
  });
  it('makeOrganization returns a schema-valid Organization', () => {
    expect(organizationSchema.safeParse(makeOrganization()).success).toBe(true);
  });
  it('ids are unique', () => {
    expect(makeProject().id).not.toBe(makeProject().id);
  });
});

describe('sumKnown', () => {
  type Row = { v: number | null; a?: boolean };
  it.each<{ name: string; rows: Row[]; expected: SumWithCoverage }>([
    { name: 'empty input', rows: [], expected: none },
    { name: 'all unknown', rows: [{ v: null }, { v: null }], expected: none },
    { name: 'zero is known, null is not', rows: [{ v: 0 }, { v: null }], expected: cov(0, 1) },
    { name: 'plain sum', rows: [{ v: 1 }, { v: 2 }, { v: 3.5 }], expected: cov(6.5, 3) },
    { name: 'binary noise rounded', rows: [{ v: 0.1 }, { v: 0.2 }], expected: cov(0.3, 2) },
    { name: 'approximate counted among known', rows: [{ v: 10, a: true }, { v: 5 }, { v: null, a: true }], expected: cov(15, 2, 1) },
  ])('$name', ({ rows, expected }) => {
    expect(
      sumKnown(
        rows,
        (r) => r.v,
        (r) => r.a ?? false,
      ),
    ).toEqual(expected);
  });

  it('approx defaults to never', () => {
    expect(sumKnown([1, 2], (n) => n)).toEqual(cov(3, 2, 0));
  });
});

describe('computeTotals', () => {
  const empty: Totals = {
    organizations: 0,
    projects: 0,
    fundsPledgedWan: none,
    fundsInvestedWan: none,
    staffDeployed: none,
    beneficiaries: { person: none, personTime: none, household: none },
  };

  it('empty input', () => {
    expect(computeTotals({ organizations: [], projects: [] })).toEqual(empty);
  });

  it.each<{ name: string; projects: Project[]; expected: Partial<Totals> }>([
    {
      name: 'unknown amounts are not counted as zero',
      projects: [makeProject({ fundsInvestedWan: 100 }), makeProject({ fundsInvestedWan: null }), makeProject({ fundsInvestedWan: 0 })],
      expected: { projects: 3, fundsInvestedWan: cov(100, 2) },
    },
    {
      name: 'approximate amounts are counted',
      projects: [
        makeProject({ fundsInvestedWan: 800, fundsInvestedApprox: true }),
        makeProject({ fundsInvestedWan: 56.5 }),
        makeProject({ fundsInvestedWan: null, fundsInvestedApprox: true }),
      ],
      expected: { fundsInvestedWan: cov(856.5, 2, 1) },
    },
    {
      name: 'pledged and invested are never mixed',
      projects: [
        makeProject({ fundsPledgedWan: 500, fundsPledgedApprox: true, fundsInvestedWan: null }),
        makeProject({ fundsPledgedWan: null, fundsInvestedWan: 30 }),
        makeProject({ fundsPledgedWan: 200, fundsInvestedWan: 150 }),
      ],
      expected: { fundsPledgedWan: cov(700, 2, 1), fundsInvestedWan: cov(180, 2, 0) },
    },
    {
      name: 'a co-funded project is counted once',
      projects: [
        makeProject({ organizationIds: ['org-a', 'org-b'], fundsInvestedWan: 100, staffDeployed: 12 }),
        makeProject({ organizationIds: ['org-a'], fundsInvestedWan: 10, staffDeployed: 3 }),
      ],
      expected: { projects: 2, fundsInvestedWan: cov(110, 2), staffDeployed: cov(15, 2) },
    },
    {
      name: 'staff: unknown left out',
      projects: [makeProject({ staffDeployed: 5 }), makeProject({ staffDeployed: null })],
      expected: { staffDeployed: cov(5, 1) },
    },
    {
      name: 'beneficiaries are kept per unit',
      projects: [
        makeProject({ beneficiaries: 4000, beneficiaryUnit: 'person', beneficiariesApprox: true }),
        makeProject({ beneficiaries: 120, beneficiaryUnit: 'person' }),
        makeProject({ beneficiaries: 2_800_000, beneficiaryUnit: 'personTime', beneficiariesApprox: true }),
        makeProject({ beneficiaries: 15_000, beneficiaryUnit: 'household' }),
        makeProject({ beneficiaries: null, beneficiaryUnit: 'household' }),
        // a count without a unit belongs to no unit total
        makeProject({ beneficiaries: 999, beneficiaryUnit: null }),
      ],
      expected: {
        beneficiaries: { person: cov(4120, 2, 1), personTime: cov(2_800_000, 1, 1), household: cov(15_000, 1, 0) },
      },
    },
  ])('$name', ({ projects, expected }) => {
    expect(computeTotals({ organizations: [], projects })).toMatchObject(expected);
  });

  it('counts organizations and projects as given', () => {
    const orgs = [makeOrganization({ id: 'org-a' }), makeOrganization({ id: 'org-b' })];
    const projects = [makeProject({ organizationIds: ['org-a', 'org-b'] })];
    const t = computeTotals({ organizations: orgs, projects });
    expect(t.organizations).toBe(2);
    expect(t.projects).toBe(1);
  });
});
