/**
 * What a site covers (site.yaml `scope`): the whole country, or one province, named by its name, a
 * short form (甘肃) or its code. A provincial site's home page shows its own province's map and key
 * counties. Pure.
 */
import type { RegionRow } from '../regions.ts';

export type SiteScope = { kind: 'national' } | { kind: 'province'; code: string; name: string };

/** The scope a setting names; an unknown name is an error the settings check reports. */
export function scopeOf(setting: string, rows: readonly RegionRow[]): SiteScope | null {
  const s = setting.trim();
  if (s === '' || s === '全国') return { kind: 'national' };
  const province = rows.find((r) => r[0].endsWith('0000') && (r[0] === s || r[1] === s || r[1].startsWith(s)));
  return province ? { kind: 'province', code: province[0], name: province[1] } : null;
}

/** True when a county code lies in the scope. */
export function inScope(scope: SiteScope, code: string): boolean {
  return scope.kind === 'national' || code.slice(0, 2) === scope.code.slice(0, 2);
}

/**
 * What a provincial site shows first. A province with national key counties on the list (a western
 * province: 甘肃) receives help: its own county map and "N of its M key counties reached". One
 * with none (an eastern province: 江苏, 天津) gives help: where its organizations' projects go,
 * 省内 and 省外 as the 附件1 header splits them, and the national map.
 */
export function scopeRole(scope: SiteScope, keyCountyCodes: readonly string[]): 'national' | 'receiving' | 'helping' {
  if (scope.kind === 'national') return 'national';
  return keyCountyCodes.some((c) => inScope(scope, c)) ? 'receiving' : 'helping';
}

/** Where a helping province's projects go: inside the province (省内) and outside it (省外). */
export interface Outreach {
  /** Projects with a target inside the province, and the distinct target regions there. */
  inside: { projects: number; regions: number };
  /** Projects with a target outside it, and the distinct provinces they reach. */
  outside: { projects: number; provinces: number };
}

export function outreachOf(projects: readonly { targetRegions: readonly string[] }[], scope: SiteScope): Outreach {
  const insideRegions = new Set<string>();
  const provinces = new Set<string>();
  let inside = 0;
  let outside = 0;
  for (const p of projects) {
    const mine = p.targetRegions.filter((c) => inScope(scope, c));
    const theirs = p.targetRegions.filter((c) => !inScope(scope, c));
    if (mine.length > 0) inside++;
    if (theirs.length > 0) outside++;
    for (const c of mine) insideRegions.add(c);
    for (const c of theirs) provinces.add(`${c.slice(0, 2)}0000`);
  }
  return { inside: { projects: inside, regions: insideRegions.size }, outside: { projects: outside, provinces: provinces.size } };
}
