import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../../src/lib/ingest/fast/index.ts';
import { computeTotals, ProjectTotals } from '../../../../src/lib/aggregate/totals.ts';
import { projectSchema, type ProjectReport } from '../../../../src/lib/schema/project.ts';
import { BENEFICIARY_UNIT_IDS, DOMAIN_IDS, PAIRING_KIND_IDS, PROJECT_STATUS_IDS, QUALIFIERS } from '../../../../src/lib/schema/vocab.ts';
import { mulberry32, pick } from '../../../fixtures/random.ts';

const rnd = mulberry32(7);
const maybe = <T>(v: () => T, pNull = 0.4): T | null => (rnd() < pNull ? null : v());
const text = (): string =>
  pick(rnd, ['甘肃省', 'abc', '合成项目', '<img src=x onerror=alert(1)>', 'x\u{20000}y', '\ud800', 'e\u0301', '']) +
  String(Math.floor(rnd() * 1000));
const lists = Array.from({ length: 20 }, (_, i) => [`org-${i}`, ...(i % 3 === 0 ? [`org-${i + 1}`] : [])]);
const regionLists = Array.from({ length: 20 }, (_, i) => [String(620000 + i * 101)]);
const number = (): number =>
  pick(rnd, [
    () => Math.floor(rnd() * 5000),
    () => Math.round(rnd() * 1e6) / 100,
    () => 2 ** 31 + Math.floor(rnd() * 10),
    () => -(2 ** 31),
    () => 0,
    () => 1e15,
  ])();

/** A record with every field exercised: nulls, integers, fractions, numbers past int32, odd text. */
function randomProject(i: number): ProjectReport {
  return {
    id: rnd() < 0.9 ? `p-${(i * 2654435761) >>> 0}` : `项目-${i}`,
    code: maybe(() => `JS-${Math.floor(rnd() * 9000)}`, 0.7),
    name: rnd() < 0.02 ? '长'.repeat(9000) + i : text(),
    organizationIds: pick(rnd, lists),
    organizationCountReported: maybe(number, 0.8),
    targetRegions: pick(rnd, regionLists),
    village: maybe(text, 0.7),
    domain: pick(rnd, DOMAIN_IDS),
    fundsPledgedWan: maybe(number),
    fundsPledgedApprox: rnd() < 0.3,
    fundsPledgedQualifier: maybe(() => pick(rnd, QUALIFIERS), 0.7),
    fundsInvestedWan: maybe(number),
    fundsInvestedApprox: rnd() < 0.3,
    fundsInvestedQualifier: maybe(() => pick(rnd, QUALIFIERS), 0.7),
    staffDeployed: maybe(number),
    beneficiaries: maybe(number),
    beneficiaryUnit: maybe(() => pick(rnd, BENEFICIARY_UNIT_IDS)),
    beneficiariesApprox: rnd() < 0.3,
    beneficiariesQualifier: maybe(() => pick(rnd, QUALIFIERS), 0.7),
    year: maybe(() => 2000 + Math.floor(rnd() * 30)),
    reportingUnit: maybe(() => pick(rnd, ['南京市民政局', '苏州市民政局', '江苏省民政厅']), 0.5),
    periodStart: maybe(() => pick(rnd, ['2021', '2021-05', '2022-01-09'])),
    periodEnd: maybe(() => pick(rnd, ['2023', '2023-12'])),
    status: maybe(() => pick(rnd, PROJECT_STATUS_IDS)),
    pairingKind: maybe(() => pick(rnd, PAIRING_KIND_IDS)),
    campaignId: maybe(() => `c-${Math.floor(rnd() * 400)}`), // more than 255 distinct values: wider references
    brandId: maybe(() => `b-${Math.floor(rnd() * 3)}`, 0.9),
    source: pick(rnd, ['bench.csv', 'data/projects.csv', '天津市民政局报告.md']),
    sourceRow: maybe(() => 2 + i, 0.05),
    inferred: rnd() < 0.1 ? ['status：由“认领”推断'] : [],
  };
}

describe('ProjectStore', () => {
  const records = Array.from({ length: 3000 }, (_, i) => randomProject(i));
  const store = new ProjectStore(4); // small: grows many times on the way
  for (const p of records) store.push(p);

  it('gives every record back field for field, in the same key order (JSON-identical)', () => {
    expect(store.length).toBe(records.length);
    for (let i = 0; i < records.length; i++) {
      const got = store.get(i);
      expect(JSON.stringify(got)).toBe(JSON.stringify(records[i]));
      expect(Object.keys(got)).toEqual(Object.keys(projectSchema.shape));
      expect(Object.is(got.fundsInvestedWan, records[i]!.fundsInvestedWan)).toBe(true);
      expect(got.name).toBe(records[i]!.name); // lone surrogates and long names included
    }
  });

  it('shares list objects as the stored records did (lists are kept, not copied)', () => {
    for (let i = 0; i < 200; i++) {
      expect(store.get(i).organizationIds).toBe(records[i]!.organizationIds);
      expect(store.get(i).targetRegions).toBe(records[i]!.targetRegions);
    }
  });

  it('reads ids and source rows without building the record', () => {
    for (let i = 0; i < records.length; i += 7) {
      expect(store.id(i)).toBe(records[i]!.id);
      expect(store.sourceRow(i)).toBe(records[i]!.sourceRow);
    }
  });

  it('sums the same totals from its columns as computeTotals over the records', () => {
    const t = new ProjectTotals();
    store.addTotalsTo(t);
    expect(t.done(5, store.length)).toEqual(computeTotals({ organizations: new Array(5), projects: records }));
  });

  it('toArray equals the records, in order', () => {
    expect(JSON.stringify(store.toArray())).toBe(JSON.stringify(records));
  });

  it('keeps values when a column widens: integers then a fraction, one-byte references past 255 and 65535 values', () => {
    const s = new ProjectStore(2);
    const base = randomProject(0);
    const values: ProjectReport[] = [];
    for (let i = 0; i < 70_000; i++) {
      const p: ProjectReport = {
        ...base,
        id: `p-${i}`,
        staffDeployed: i === 69_000 ? 1.5 : i % 5 === 0 ? null : i,
        campaignId: `c-${i}`,
        village: i % 2 ? null : `村${i}`,
      };
      values.push(p);
      s.push(p);
    }
    for (const i of [0, 1, 254, 255, 256, 65_534, 65_535, 65_536, 68_999, 69_000, 69_999]) expect(s.get(i)).toEqual(values[i]);
  });

  it('refuses NaN (null means unknown, and NaN is its marker in the columns)', () => {
    const s = new ProjectStore();
    expect(() => s.push({ ...randomProject(1), fundsInvestedWan: 1.5 })).not.toThrow();
    expect(() => s.push({ ...randomProject(2), fundsInvestedWan: NaN })).toThrow(/NaN/u);
  });
});
