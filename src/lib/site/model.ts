/**
 * The site model: lookups and per-entity groupings the pages need, built once from the validated
 * dataset. Pure; src/io/site.ts builds it for the build. Pages stay thin: getStaticPaths over one
 * of these lists and a component.
 */
import type { Dataset } from '../ingest/pipeline.ts';
import type { Organization } from '../schema/organization.ts';
import type { Project } from '../schema/project.ts';
import type { KeyCounty } from '../schema/keyCounty.ts';
import type { Source } from '../schema/source.ts';
import type { Region, RegionIndex } from '../regions.ts';

/** A region that gets a page: every listed key county, every target region, and their ancestors. */
export interface RegionEntry {
  region: Region;
  /** "甘肃省/甘南藏族自治州/舟曲县". */
  path: string;
  keyCounty: KeyCounty | null;
  /** Projects aimed at this region or at a region inside it. */
  projects: Project[];
  /** Projects aimed at this region itself (not only somewhere inside it). */
  direct: Project[];
  /** Regions with pages directly below this one. */
  children: string[];
  /** Nearest ancestor with a page. */
  parent: string | null;
}

export interface SiteModel {
  data: Dataset;
  regions: RegionIndex;
  orgById: Map<string, Organization>;
  projectById: Map<string, Project>;
  projectsByOrg: Map<string, Project[]>;
  keyCountyByCode: Map<string, KeyCounty>;
  regionEntries: Map<string, RegionEntry>;
  /** The documents records cite, by id. */
  sourceById: Map<string, Source>;
}

export function buildSiteModel(data: Dataset, regions: RegionIndex): SiteModel {
  const orgById = new Map(data.organizations.map((o) => [o.id, o]));
  const projectById = new Map(data.projects.map((p) => [p.id, p]));
  const projectsByOrg = new Map<string, Project[]>(data.organizations.map((o) => [o.id, []]));
  for (const p of data.projects) for (const o of p.organizationIds) projectsByOrg.get(o)?.push(p);
  const keyCountyByCode = new Map(data.keyCounties.map((k) => [k.code, k]));
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));

  // each distinct code's chain of regions (province down to itself), resolved once
  const chains = new Map<string, string[]>();
  const chainOf = (code: string): string[] => {
    let chain = chains.get(code);
    if (chain === undefined) {
      chain = regions.chain(code).map((r) => r.code);
      chains.set(code, chain);
    }
    return chain;
  };
  // regions with pages: every province (the national map links each to its county map, projects
  // or none), listed key counties, target regions and their ancestors
  const codes = new Set<string>();
  for (const r of regions.byCode.values()) if (r.level === 'province') codes.add(r.code);
  for (const k of data.keyCounties) for (const code of chainOf(k.code)) codes.add(code);

  // every project under each region of its targets' chains, in one pass (not a scan per region):
  // a project is added once per region however many of its targets lie inside it (projects come
  // in order, so a list that ends with it already has it)
  const inside = new Map<string, Project[]>();
  const direct = new Map<string, Project[]>();
  const add = (m: Map<string, Project[]>, code: string, p: Project): void => {
    const list = m.get(code);
    if (list === undefined) m.set(code, [p]);
    else if (list.at(-1) !== p) list.push(p);
  };
  for (const p of data.projects) {
    for (const c of p.targetRegions) {
      add(direct, c, p);
      // the chain ends with c itself
      for (const code of chainOf(c)) {
        codes.add(code);
        add(inside, code, p);
      }
    }
  }

  const regionEntries = new Map<string, RegionEntry>();
  for (const code of [...codes].sort()) {
    const region = regions.get(code);
    if (!region) continue;
    const parent =
      chainOf(code)
        .slice(0, -1)
        .findLast((c) => codes.has(c)) ?? null;
    regionEntries.set(code, {
      region,
      path: regions.pathName(code),
      keyCounty: keyCountyByCode.get(code) ?? null,
      projects: inside.get(code) ?? [],
      direct: direct.get(code) ?? [],
      children: [],
      parent,
    });
  }
  for (const [code, e] of regionEntries) if (e.parent) regionEntries.get(e.parent)?.children.push(code);
  return { data, regions, orgById, projectById, projectsByOrg, keyCountyByCode, regionEntries, sourceById };
}
