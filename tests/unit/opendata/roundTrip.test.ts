/**
 * Round trip: the exported CSVs, fed back to the data check (the same ingest pipeline the build
 * and `npm run data:check` run), pass and give back the same records. The one field that cannot
 * survive is `sourceRow` (the row of the file a record was read from: the export's own row on
 * the way back); the data check reports its column as unused (an advisory).
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest, type Dataset, type InputFile } from '../../../src/lib/ingest/pipeline.ts';
import { checkPaths } from '../../../src/io/dataSource.ts';
import { RegionIndex } from '../../../src/lib/regions.ts';
import { entityCsv, entityRows, OPEN_ENTITIES, renderContext } from '../../../src/lib/opendata/entities.ts';
import type { Project } from '../../../src/lib/schema/project.ts';
import { CAMPAIGNS, file, fixtureDataset, ORGS, regionRows } from './fixture.ts';

const enc = new TextEncoder();

/** The exported CSV of every table the data check reads from CSV, plus the campaigns JSON (campaigns are JSON input). */
function exported(d: Dataset, regions: RegionIndex, campaignsJson: Uint8Array): InputFile[] {
  const ctx = renderContext(d.organizations, regions);
  const out: InputFile[] = OPEN_ENTITIES.filter((e) => !e.expands && e.json !== 'campaigns' && e.json !== 'regionStats').map((e) => ({
    name: `${e.entity}.csv`,
    bytes: enc.encode(entityCsv(e, entityRows(e, d), ctx)),
  }));
  return [...out, { name: 'campaigns.json', bytes: campaignsJson }];
}

const withoutRow = (ps: readonly Project[]) => ps.map(({ sourceRow: _row, ...p }) => p);

function expectSameRecords(back: Dataset, d: Dataset): void {
  expect(withoutRow(back.projects)).toEqual(withoutRow(d.projects));
  expect(back.organizations).toEqual(d.organizations);
  expect(back.keyCounties).toEqual(d.keyCounties);
  expect(back.regionAliases).toEqual(d.regionAliases);
  expect(back.brands).toEqual(d.brands);
  expect(back.exemplary).toEqual(d.exemplary);
  expect(back.campaigns).toEqual(d.campaigns);
}

describe('exported CSVs read back through the data check', () => {
  it('give the same records for the fixture (quotes, commas, HTML-like text, 约/余/多, unknowns, co-funded, 附件2 names)', async () => {
    const { dataset: d, regions } = await fixtureDataset();
    // the fixture exercises what it claims to
    expect(d.projects.find((p) => p.id === 'p-co')).toMatchObject({
      organizationIds: ['fund-a', 'assoc-b'],
      fundsPledgedWan: 218800,
      fundsPledgedApprox: true,
      fundsInvestedApprox: true,
      beneficiaryUnit: 'personTime',
      beneficiariesApprox: true,
    });
    expect(d.organizations.some((o) => o.name === '丁志愿者协会' && o.id.startsWith('org-'))).toBe(true);
    const files = exported(d, regions, enc.encode(CAMPAIGNS));
    const { dataset: back, report } = await ingest(files, { regionRows });
    expect(report.errors).toEqual([]);
    expectSameRecords(back, d);
    // rows in = rows published, file by file
    for (const f of report.files.filter((x) => x.file.endsWith('.csv'))) {
      const e = OPEN_ENTITIES.find((x) => `${x.entity}.csv` === f.file)!;
      expect([f.file, f.rowsIn, f.rowsRejected]).toEqual([f.file, entityRows(e, d).length, 0]);
    }
    // what the data check says about the CSVs: the unused sourceRow column, the large amount it always
    // flags, the fixture's amounts of 0, and each table the fixture has no record of (published as a header alone)
    const empty = report.files.filter((f) => f.file.endsWith('.csv') && f.rowsIn === 0).map((f) => `header-only ${f.file}`);
    expect(empty.length).toBeGreaterThan(0);
    expect(
      [
        ...new Set(
          report.advisories
            .filter((a) => a.file.endsWith('.csv'))
            .map((a) => (a.code === 'header-only' ? `${a.code} ${a.file}` : `${a.code} ${a.column}`)),
        ),
      ].sort(),
    ).toEqual(
      [
        'extra-column 数据文件行号（sourceRow）',
        'unit-magnitude 认领/计划资金（万元）（fundsPledgedWan）',
        'zero-value 投入/拨付资金（万元）（fundsInvestedWan）',
        'zero-value 认领/计划资金（万元）（fundsPledgedWan）',
        ...empty,
      ].sort(),
    );
  });

  it('give the same records for the bundled data/ folder', async () => {
    const dataDir = fileURLToPath(new URL('../../../data/', import.meta.url));
    const { dataset: d, report: first } = await checkPaths([dataDir]);
    expect(first.errors).toEqual([]);
    const regions = new RegionIndex(regionRows, d.regionAliases);
    const { dataset: back, report } = await ingest(exported(d, regions, readFileSync(`${dataDir}campaigns.json`)), { regionRows });
    expect(report.errors).toEqual([]);
    expectSameRecords(back, d);
  });

  it('defuse a name that a spreadsheet would run as a formula: it comes back with the apostrophe', async () => {
    const { dataset: d, regions } = await ingest(
      [
        file('organizations.csv', ORGS),
        file('projects.csv', 'name,organizationIds,targetRegions,domain\n"=HYPERLINK(""http://x"",""点我"")",fund-a,舟曲县,教育\n'),
      ],
      { regionRows },
    ).then((r) => ({ ...r, regions: new RegionIndex(regionRows) }));
    const e = OPEN_ENTITIES.find((x) => x.entity === 'projects')!;
    const csv = entityCsv(e, d.projects, renderContext(d.organizations, regions));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    const { dataset: back } = await ingest([file('organizations.csv', ORGS), { name: 'projects.csv', bytes: enc.encode(csv) }], {
      regionRows,
    });
    expect(back.projects[0]!.name).toBe(`'=HYPERLINK("http://x","点我")`);
  });
});
