/**
 * The national map at national scale (issue #14): provinces carry the figures, listed key counties
 * are drawn over them (outlines, filled only for "reached"), and no other county is drawn, so the
 * map's size does not grow with the number of projects.
 */
import { describe, expect, it } from 'vitest';
import { loadBaseMap } from '../../../src/io/geo.ts';
import { OUTLINE } from '../../../src/lib/geo/mapFigures.ts';
import { regionFill, mapColours } from '../../../src/lib/charts/mapStyle.ts';
import { nationalMap } from '../../../src/lib/site/mapPage.ts';
import { bundledModel } from '../../fixtures/bundledModel.ts';

describe('nationalMap', async () => {
  const model = await bundledModel();
  const data = nationalMap(model, loadBaseMap());
  const keyCodes = new Set(model.data.keyCounties.map((k) => k.code));

  it('draws provinces and listed key counties only', () => {
    const drawn = data.view.regions.map((r) => r.code);
    expect(drawn.every((c) => c.endsWith('0000') || keyCodes.has(c))).toBe(true);
    expect(drawn.filter((c) => keyCodes.has(c))).toHaveLength(keyCodes.size);
  });

  it('counts every project under the province of its targets', () => {
    const xinjiang = data.figures.find((f) => f.code === '650000')!;
    const inXinjiang = model.data.projects.filter((p) => p.targetRegions.some((c) => c.startsWith('65')));
    expect(xinjiang.projects).toBe(inXinjiang.length);
    expect(xinjiang.classes.projects).toBeGreaterThanOrEqual(0);
  });

  it('outlines key counties for projects, funds and organizations, and fills them for reached or not', () => {
    const colours = mapColours(data.legends);
    for (const f of data.figures.filter((x) => x.isKeyCounty)) {
      expect([f.classes.projects, f.classes.funds, f.classes.orgs]).toEqual([OUTLINE, OUTLINE, OUTLINE]);
      expect(regionFill(f, 'projects', colours)).toBe('none');
      expect(f.classes.paired).toBe(f.projects > 0 ? 1 : 0);
    }
    // the legends count provinces only
    const projects = data.legends.find((l) => l.metric === 'projects')!;
    const provinces = data.figures.filter((f) => !f.isKeyCounty && f.projects > 0).length;
    expect(projects.ranges.length).toBeGreaterThan(0);
    expect(data.figures.filter((f) => f.classes.projects >= 0)).toHaveLength(provinces);
  });
});
