import { describe, expect, it } from 'vitest';
import type { Group } from '../../../src/lib/aggregate/rollups.ts';
import type { Organization } from '../../../src/lib/schema/organization.ts';
import {
  levelOptions,
  orgListPages,
  orgListPath,
  orgListSummary,
  orgRows,
  pageNumbers,
  sortRows,
  typeOptions,
} from '../../../src/lib/site/orgList.ts';
import { mulberry32, pick } from '../../fixtures/random.ts';

const org = (id: string, name: string, type: Organization['type'], registrationLevel: Organization['registrationLevel']): Organization =>
  ({ id, name, type, registrationLevel, inferred: [] }) as unknown as Organization;
const sum = (s: number, known: number) => ({ sum: s, known, approximate: 0 });
const group = (key: string, projects: number, funds: number | null): Group<string> =>
  ({
    key,
    projectIds: Array.from({ length: projects }, (_, i) => `${key}-p${i}`),
    shared: 0,
    fundsInvestedWan: funds === null ? sum(0, 0) : sum(funds, 1),
  }) as unknown as Group<string>;

const ORGS = [
  org('a', '甲基金会', 'foundation', 'national'),
  org('b', '乙商会', 'association', 'provincial'),
  org('c', '丙协会', 'association', 'provincial'),
  org('d', '丁中心', null, null),
];
const ROWS = orgRows(ORGS, [group('a', 3, 10), group('b', 5, null), group('c', 3, 40)]);

describe('organization index', () => {
  it('sorts by projects then funds then name, and by funds with unknown funds after every known amount', () => {
    expect(sortRows(ROWS, 'projects').map((r) => r.org.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(sortRows(ROWS, 'funds').map((r) => r.org.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('offers only filters that list someone, counted under the other filter', () => {
    expect(typeOptions(ROWS, 'all').map((o) => `${o.label}${o.count}`)).toEqual(['全部4', '社会团体2', '基金会1', '类型未知1']);
    expect(typeOptions(ROWS, 'provincial').map((o) => `${o.label}${o.count}`)).toEqual(['全部2', '社会团体2']);
    expect(levelOptions(ROWS, 'foundation').map((o) => o.value)).toEqual(['all', 'national']);
  });

  it('builds one page per sort × filter that lists someone, the default at organizations/', () => {
    const pages = orgListPages(ROWS, 2);
    expect(orgListPath(pages[0]!.view)).toBe('organizations/');
    expect(pages[0]!.rows.map((r) => r.org.id)).toEqual(['b', 'c']);
    expect(pages[1]!.view).toEqual({ sort: 'projects', type: 'all', level: 'all', page: 2 });
    expect(orgListPath(pages[1]!.view)).toBe('organizations/projects/all/all/2/');
    expect(pages[1]!.firstRank).toBe(3);
    const paths = pages.map((p) => orgListPath(p.view));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('organizations/funds/association/provincial/');
    expect(paths).toContain('organizations/projects/unknown/unknown/');
    expect(paths).not.toContain('organizations/projects/foundation/provincial/');
    // each page carries the options beside it, counted as typeOptions and levelOptions count them
    const provincial = pages.find((p) => p.view.level === 'provincial' && p.view.type === 'association')!;
    expect(provincial.types).toEqual(typeOptions(ROWS, 'provincial'));
    expect(provincial.levels).toEqual(levelOptions(ROWS, 'association'));
  });

  it('sums up the whole list once for every page', () => {
    expect(orgListSummary(ROWS)).toEqual({ total: 4, withShared: 0, hasHome: false });
  });

  it('lists every organization exactly once in each view, whatever the data', () => {
    const rand = mulberry32(7);
    const types = ['foundation', 'association', 'serviceInstitution', null] as const;
    const levels = ['national', 'provincial', 'prefectural', 'county', null] as const;
    const orgs = Array.from({ length: 230 }, (_, i) => org(`o${i}`, `组织${i}`, pick(rand, types), pick(rand, levels)));
    const rows = orgRows(
      orgs,
      orgs.filter(() => rand() < 0.7).map((o) => group(o.id, Math.floor(rand() * 5), rand() < 0.2 ? null : Math.round(rand() * 100))),
    );
    const pages = orgListPages(rows, 50);
    for (const sort of ['projects', 'funds'] as const) {
      const seen = pages.filter((p) => p.view.sort === sort && p.view.type === 'all' && p.view.level === 'all').flatMap((p) => p.rows);
      expect(seen.map((r) => r.org.id).sort()).toEqual(orgs.map((o) => o.id).sort());
      for (const type of types) {
        const t = type ?? 'unknown';
        const inType = pages.filter((p) => p.view.sort === sort && p.view.type === t && p.view.level === 'all').flatMap((p) => p.rows);
        expect(inType.length).toBe(orgs.filter((o) => (o.type ?? 'unknown') === t).length);
      }
    }
  });

  it('links the first, the last and the pages near the current one', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(5, 50)).toEqual([1, null, 3, 4, 5, 6, 7, null, 50]);
    expect(pageNumbers(1, 4)).toEqual([1, 2, 3, 4]);
  });
});
