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
