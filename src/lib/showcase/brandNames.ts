/**
 * Telling brands apart where their names read almost the same (海南's “邻里守望”关爱行动 and 江苏's
 * “邻里守望”关心行动): whose each is, and which others have a name within a character or two. Pure.
 */
import { levenshtein } from '../regions.ts';
import type { Brand } from '../schema/brand.ts';
import { citedId } from '../schema/source.ts';

/** A name as compared: quotes, middle dots, dashes and spaces left out. */
const bare = (name: string): string => name.replace(/[“”"'‘’「」《》·・—\-\s]/gu, '');

/** Whether two names read almost the same: the same bare name, or one or two characters apart in a name of eight or more (one in a shorter). */
export function namesAlike(a: string, b: string): boolean {
  const x = bare(a);
  const y = bare(b);
  if (x === y) return true;
  const allowed = Math.min(x.length, y.length) >= 8 ? 2 : 1;
  return Math.abs(x.length - y.length) <= allowed && Math.min(x.length, y.length) >= 4 && levenshtein(x, y) <= allowed;
}

/** For each brand, the other brands whose names read almost the same as its own (none: no entry). */
export function alikeBrands(brands: readonly Brand[]): Map<string, Brand[]> {
  const out = new Map<string, Brand[]>();
  for (const a of brands)
    for (const b of brands) {
      if (a.id === b.id || !namesAlike(a.name, b.name)) continue;
      const list = out.get(a.id) ?? [];
      list.push(b);
      out.set(a.id, list);
    }
  return out;
}

/**
 * Whose a brand is, as a reader tells brands apart: its organizations' names, else the issuer of
 * the document its source cites (江苏省民政厅), else the provinces it is carried out in (海南省), else null.
 */
export function brandOwner(
  brand: Pick<Brand, 'organizationIds' | 'source' | 'regions'>,
  orgName: (id: string) => string | undefined,
  issuerOf: (sourceId: string) => string | null | undefined,
  provinceName: (code: string) => string | undefined,
): string | null {
  const orgs = brand.organizationIds.map(orgName).filter((n): n is string => n !== undefined);
  if (orgs.length > 0) return orgs.join('、');
  const id = citedId(brand.source);
  const issuer = id === null ? null : issuerOf(id);
  if (issuer) return issuer;
  const provinces = [...new Set(brand.regions.map(provinceName).filter((n): n is string => n !== undefined))];
  return provinces.length > 0 ? provinces.join('、') : null;
}
