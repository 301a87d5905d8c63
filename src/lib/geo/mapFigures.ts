/**
 * Figures per drawn region for the map's metrics, and their colour classes. Pure; takes rollups
 * already made (sumByRegion over the codes projects name) and the listed key counties.
 */
import type { Group } from '../aggregate/rollups.ts';
import { classOf, naturalClasses, type MapClasses } from './mapModel.ts';
import { MEASURES } from '../measures.ts';

export const MAP_METRICS = [
  { id: 'projects', label: `${MEASURES.projects.short}数`, unit: MEASURES.projects.unit },
  { id: 'funds', label: MEASURES.fundsInvestedWan.label, unit: MEASURES.fundsInvestedWan.unit },
  { id: 'orgs', label: `${MEASURES.organizations.short}数`, unit: MEASURES.organizations.unit },
  { id: 'paired', label: '是否有项目直达', unit: '' },
] as const;
export type MapMetricId = (typeof MAP_METRICS)[number]['id'];

export interface RegionFigures {
  code: string;
  projects: number;
  /** Invested funds over projects that give them; null when none does (unknown, not 0). */
  funds: number | null;
  fundsKnown: number;
  orgs: number;
  isKeyCounty: boolean;
  /**
   * Colour class per metric; -1 = no data (grey), OUTLINE = drawn as an outline only, over the
   * regions it lies in (a key county on the national map, where provinces carry the figures).
   * For `paired`: 1 reached, 0 listed but not reached.
   */
  classes: Record<MapMetricId, number>;
}

export interface MapLegend extends MapClasses {
  metric: MapMetricId;
  classes: number;
}

const CLASSES = 5;

/** The class of a region drawn as an outline only for a metric (see RegionFigures.classes). */
export const OUTLINE = -2;

/** 'paired' has two fixed classes: listed but not reached (0), reached (1). */
export const PAIRED_LEGEND: MapLegend = {
  metric: 'paired',
  breaks: [1],
  ranges: [
    [0, 0],
    [1, 1],
  ],
  classes: 2,
};

/**
 * One entry per region that projects name directly or that is a listed key county. Organizations
 * are counted per region from the projects' organization lists (a co-funded project adds each).
 */
export function mapFigures(
  groups: readonly Group<string>[],
  keyCountyCodes: ReadonlySet<string>,
  orgsOfProject: (id: string) => readonly string[],
  /** Regions drawn as outlines for projects, funds and organizations (and left out of their classes). */
  outlines: ReadonlySet<string> = new Set(),
): { figures: RegionFigures[]; legends: MapLegend[] } {
  const byCode = new Map(groups.map((g) => [g.key, g]));
  const codes = [...new Set([...byCode.keys(), ...keyCountyCodes])].sort();
  const base = codes.map((code) => {
    const g = byCode.get(code);
    const orgs = new Set(g?.projectIds.flatMap((id) => orgsOfProject(id)) ?? []);
    return {
      code,
      projects: g?.projectIds.length ?? 0,
      funds: g && g.fundsInvestedWan.known > 0 ? g.fundsInvestedWan.sum : null,
      fundsKnown: g?.fundsInvestedWan.known ?? 0,
      orgs: orgs.size,
      isKeyCounty: keyCountyCodes.has(code),
    };
  });
  const filled = base.filter((b) => !outlines.has(b.code));
  const p = naturalClasses(
    filled.filter((b) => b.projects > 0).map((b) => b.projects),
    CLASSES,
  );
  const f = naturalClasses(
    filled.filter((b) => b.funds !== null).map((b) => b.funds!),
    CLASSES,
  );
  const o = naturalClasses(
    filled.filter((b) => b.orgs > 0).map((b) => b.orgs),
    CLASSES,
  );
  const [pb, fb, ob] = [p.breaks, f.breaks, o.breaks];
  const figures: RegionFigures[] = base.map((b) => ({
    ...b,
    classes: outlines.has(b.code)
      ? { projects: OUTLINE, funds: OUTLINE, orgs: OUTLINE, paired: b.isKeyCounty ? (b.projects > 0 ? 1 : 0) : -1 }
      : {
          projects: b.projects > 0 ? classOf(b.projects, pb) : -1,
          funds: b.funds !== null ? classOf(b.funds, fb) : -1,
          orgs: b.orgs > 0 ? classOf(b.orgs, ob) : -1,
          paired: b.isKeyCounty ? (b.projects > 0 ? 1 : 0) : -1,
        },
  }));
  return {
    figures,
    legends: [
      { metric: 'projects', ...p, classes: p.ranges.length || 1 },
      { metric: 'funds', ...f, classes: f.ranges.length || 1 },
      { metric: 'orgs', ...o, classes: o.ranges.length || 1 },
      PAIRED_LEGEND,
    ],
  };
}
