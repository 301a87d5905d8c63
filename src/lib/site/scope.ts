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
