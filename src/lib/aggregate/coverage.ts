/**
 * Key-county coverage. Assumption: a key county counts as reached when at least one accepted
 * project names that county's code among its target regions (a project aimed at a whole
 * province or prefecture does not count for each county in it).
 */
import type { KeyCounty } from '../schema/keyCounty.ts';
import type { Project } from '../schema/project.ts';

/** Codes of listed key counties that some project targets directly. */
export function pairedKeyCountyCodes(projects: readonly Project[], keyCounties: readonly KeyCounty[]): Set<string> {
  const listed = new Set(keyCounties.map((k) => k.code));
  const out = new Set<string>();
  for (const p of projects) for (const c of p.targetRegions) if (listed.has(c)) out.add(c);
  return out;
}

/** How many listed key counties some project targets directly. */
export function countPairedKeyCounties(projects: readonly Project[], keyCounties: readonly KeyCounty[]): number {
  return pairedKeyCountyCodes(projects, keyCounties).size;
}

/** One listed key county and who reaches it. */
export interface KeyCountyCoverage {
  county: KeyCounty;
  /** Projects that name this county among their targets. */
  projectIds: string[];
  /** Organizations of those projects, deduplicated, in first-seen order. */
  organizationIds: string[];
}

/** Listed key counties of one province, reached or not. */
export interface ProvinceCoverage {
  province: string;
  /** Province code (xx0000). */
  code: string;
  counties: KeyCountyCoverage[];
  paired: number;
}

/**
 * The national plan's “全覆盖” target made visible: for each province with listed key counties,
 * which counties some project reaches directly (county code among its targets) and by whom.
 * Provinces come out by code; counties by code.
 */
export function keyCountyCoverage(projects: readonly Project[], keyCounties: readonly KeyCounty[]): ProvinceCoverage[] {
  const byCounty = new Map<string, KeyCountyCoverage>(
    [...keyCounties].sort((a, b) => a.code.localeCompare(b.code)).map((k) => [k.code, { county: k, projectIds: [], organizationIds: [] }]),
  );
  for (const p of projects) {
    for (const code of new Set(p.targetRegions)) {
      const c = byCounty.get(code);
      if (!c) continue;
      c.projectIds.push(p.id);
      for (const o of p.organizationIds) if (!c.organizationIds.includes(o)) c.organizationIds.push(o);
    }
  }
  const provinces = new Map<string, ProvinceCoverage>();
  for (const c of byCounty.values()) {
    const code = `${c.county.code.slice(0, 2)}0000`;
    let pc = provinces.get(code);
    if (!pc) provinces.set(code, (pc = { province: c.county.province, code, counties: [], paired: 0 }));
    pc.counties.push(c);
    if (c.projectIds.length > 0) pc.paired++;
  }
  return [...provinces.values()].sort((a, b) => a.code.localeCompare(b.code));
}
