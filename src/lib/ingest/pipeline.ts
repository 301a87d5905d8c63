/**
 * The ingestion pipeline: input files (bytes) → a validated, normalized dataset and a report.
 * Orchestration only: read the files into sheets (sheets.ts) → recognise each sheet's table
 * (locate.ts) → read the tables in dependency order, each through its own module (tables/) →
 * account for every record (ledger.ts) → report. Pure: no file I/O; the caller reads the files.
 * Per file: rows after the header = rowsIn (accepted + rejected) + rowsSkipped.
 */
import { combineReports, mergeReports } from '../aggregate/reports.ts';
import { ProjectTotals, type Totals } from '../aggregate/totals.ts';
import { RegionIndex, type RegionRow } from '../regions.ts';
import type { Brand } from '../schema/brand.ts';
import type { Campaign } from '../schema/campaign.ts';
import type { Exemplary } from '../schema/exemplary.ts';
import { KEY_COUNTY_LIST_SIZE, type KeyCounty } from '../schema/keyCounty.ts';
import type { Organization } from '../schema/organization.ts';
import type { Project } from '../schema/project.ts';
import type { RegionAlias } from '../schema/regionAlias.ts';
import type { RegionStat } from '../schema/regionStat.ts';
import type { Issue } from './issues.ts';
import { Ledger, type FileReport, type SkippedFile, type Tracked } from './ledger.ts';
import { planSheet, type Plan } from './locate.ts';
import { isBlank, cleanText } from './normalize.ts';
import { readGrid } from './readGrid.ts';
import type { RowReader } from './rowReader.ts';
import { readSheets, cellText, type FileProblem, type InputFile } from './sheets.ts';
import { brandsTable } from './tables/brands.ts';
import { campaignSchema, readCampaigns } from './tables/campaigns.ts';
import { exemplaryTable } from './tables/exemplary.ts';
import { keyCountiesTable } from './tables/keyCounties.ts';
import { OrganizationRegistry, organizationsTable } from './tables/organizations.ts';
import { mapProject, ProjectCollector } from './tables/projects.ts';
import { regionAliasesTable } from './tables/regionAliases.ts';
import { sourcesTable } from './tables/sources.ts';
import { unknownSourceIds, type Source } from '../schema/source.ts';
import { readRegionStats, regionStatSchema } from './tables/regionStats.ts';
import type { TableKind } from './tables/spec.ts';
import { checkSource, type GridTable, type References } from './tables/table.ts';
import type { z } from 'zod';

export type { InputFile, FileReport, SkippedFile };

export interface Dataset {
  organizations: Organization[];
  projects: Project[];
  keyCounties: KeyCounty[];
  campaigns: Campaign[];
  regionStats: RegionStat[];
  regionAliases: RegionAlias[];
  brands: Brand[];
  exemplary: Exemplary[];
  /** The documents records cite (sources.csv, with the product's reference/sources.csv). */
  sources: Source[];
}

export interface CheckReport {
  files: FileReport[];
  /** Files found but not read, and why. */
  skipped: SkippedFile[];
  rowsIn: number;
  rowsAccepted: number;
  rowsRejected: number;
  rowsSkipped: number;
  errors: Issue[];
  advisories: Issue[];
  totals: Totals;
  /** Accepted project rows: one per report, so more than `totals.projects` when a project was reported in several years or by several units. */
  projectReports: number;
  /** Organizations no organization table has, created from the names project rows give (附件2); counted in `totals.organizations`. */
  organizationsFromNames: number;
}

export interface IngestResult {
  dataset: Dataset;
  report: CheckReport;
}

export interface IngestOptions {
  /** Rows of src/generated/regions.json. */
  regionRows: readonly RegionRow[];
  /** Files the caller found and did not read (listed in the report). */
  skipped?: readonly SkippedFile[];
  /** Problems the caller met while finding the files (a folder that loops back on itself). */
  listingIssues?: readonly Issue[];
  /** What was checked, for the notice when no data file was found (a folder's name). */
  inputLabel?: string;
}

/** Rows reserved for one project file before it is read: beyond this the columns grow as rows arrive. */
const MAX_RESERVE = 2_000_000;

/** Reads every file and recognises its sheets. */
async function readAndPlan(files: readonly InputFile[], ledger: Ledger): Promise<Plan[]> {
  const plans: Plan[] = [];
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const problems: FileProblem[] = [];
    const sheets = await readSheets(f, problems);
    if (sheets.length === 0) ledger.account(f.name, null);
    for (const p of problems) ledger.issue(p.code, f.name, p.row, null, p.value, p.message);
    for (const sheet of sheets) {
      const plan = planSheet(sheet, ledger);
      if (plan) plans.push(plan);
    }
  }
  return plans;
}

type GridPlan = Extract<Plan, { kind: 'grid' }>;
const gridPlans = (plans: readonly Plan[], kind: TableKind): GridPlan[] =>
  plans.filter((p): p is GridPlan => p.kind === 'grid' && p.spec.kind === kind);

/** Reads every sheet of one table; `onNull` sees the rows whose mapper returned no record. */
function readTable<T>(
  plans: readonly GridPlan[],
  table: GridTable<T>,
  refs: References,
  ledger: Ledger,
  onNull?: (r: RowReader) => void,
  reference: ReadonlySet<string> = new Set(),
): Tracked<T>[] {
  const out: Tracked<T>[] = [];
  for (const plan of plans) {
    const cites = 'source' in table.spec.columns;
    readGrid(plan, ledger, refs.regions, (reader, context) => {
      const value = table.map(reader, refs, context);
      // a source id the sources table does not have rejects the row, as any unknown reference does
      if (cites && reader.has('source')) checkSource(reader, 'source', reader.raw('source').trim(), refs);
      if (value !== null && reader.errors === 0) out.push({ value, file: reader.file, row: reader.row, columns: reader.columns });
      else onNull?.(reader);
    });
  }
  if (!table.unique) return out;
  return ledger.uniqueBy(
    withoutOverridden(out, table.unique.key, reference, ledger),
    table.unique.key,
    table.unique.column,
    table.unique.what,
  );
}

/**
 * The rows of a table without the reference rows a publisher's own rows replace (same key): the
 * publisher's row counts, and each reference file says how many of its rows were replaced.
 */
function withoutOverridden<T>(rows: Tracked<T>[], key: (v: T) => string, reference: ReadonlySet<string>, ledger: Ledger): Tracked<T>[] {
  if (reference.size === 0) return rows;
  const own = new Set(rows.filter((t) => !reference.has(t.file)).map((t) => key(t.value)));
  const replaced = new Map<string, string[]>();
  const out = rows.filter((t) => {
    if (!reference.has(t.file) || !own.has(key(t.value))) return true;
    replaced.set(t.file, [...(replaced.get(t.file) ?? []), key(t.value)]);
    return false;
  });
  for (const [file, keys] of replaced)
    ledger.issue(
      'reference-overridden',
      file,
      null,
      null,
      keys.slice(0, 10).join('、'),
      `随产品提供的参考数据中有 ${keys.length} 行由发布单位数据中的同一项代替（以发布单位的为准）。`,
    );
  return out;
}

/** The accepted records of a table; small tables are checked against their zod schema once more. */
function accepted<T>(list: readonly Tracked<T>[], schema: z.ZodType<T> | undefined, ledger: Ledger): T[] {
  const out: T[] = [];
  for (const t of list) {
    if (ledger.isRejected(t)) continue;
    if (schema === undefined) {
      out.push(t.value);
      continue;
    }
    const r = schema.safeParse(t.value);
    if (r.success) out.push(r.data);
    else
      for (const e of r.error.issues)
        ledger.reject(
          t,
          'constraint-error',
          String(e.path[0] ?? ''),
          cellText((t.value as Record<string, unknown>)[String(e.path[0] ?? '')]),
          `${e.message}：请核对。`,
        );
  }
  return out;
}

/** Distinct `source` cells remembered per References. */
const SOURCE_MEMO = 256;

/** What rows may name, filled stage by stage. */
function makeReferences(
  regions: RegionIndex,
  orgs: OrganizationRegistry,
  campaignIds: ReadonlySet<string>,
  brandIds: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
): References {
  // a sheet's rows mostly cite one or a few documents: each distinct cell is read once (bounded, for a file of all-different cells)
  const cited = new Map<string, readonly string[]>();
  return {
    unknownSources: (text) => {
      let ids = cited.get(text);
      if (ids === undefined) {
        ids = unknownSourceIds(text, (id) => sourceIds.has(id));
        if (cited.size >= SOURCE_MEMO) cited.clear();
        cited.set(text, ids);
      }
      return ids;
    },
    regions,
    hasOrg: (id) => orgs.has(id),
    orgRejected: (id) => orgs.rejectedIds.has(id),
    hasCampaign: (id) => campaignIds.has(id),
    hasBrand: (id) => brandIds.has(id),
    orgIdForName: (name, r) => orgs.idForName(name, r),
    orgIdsForName: (name, r) => orgs.idsForName(name, r),
  };
}

/**
 * The dataset; projects are built from their columns on first read (data:check never reads them),
 * a project's several reports combined into one project (reports.ts).
 */
function datasetOf(parts: Omit<Dataset, 'projects'>, collected: ProjectCollector): Dataset {
  let list: Project[] | null = null;
  let columns: ProjectCollector | null = collected;
  return {
    ...parts,
    get projects(): Project[] {
      if (list === null) {
        list = mergeReports(columns!.store.toArray(), columns!.groups);
        columns = null; // the columns are not needed once the records exist
      }
      return list;
    },
    set projects(value: Project[]) {
      list = value;
      columns = null;
    },
  };
}

/** Runs the whole pipeline over a set of files. */
export async function ingest(files: readonly InputFile[], options: IngestOptions): Promise<IngestResult> {
  const ledger = new Ledger();
  ledger.issues.push(...(options.listingIssues ?? []));
  // the product's reference data does not count: a publisher's folder with no data file is still empty
  if (files.every((f) => f.reference)) {
    ledger.issue(
      'no-data-files',
      options.inputLabel ?? '',
      null,
      null,
      null,
      '没有找到数据文件（.csv、.tsv、.txt、.json、.xlsx）：请检查文件夹或文件名；网站将没有任何记录。',
    );
  }
  const plans = await readAndPlan(files, ledger);

  // 1. The sources every other table cites, then renamed divisions, so that every region lookup knows them.
  const orgs = new OrganizationRegistry();
  const campaignIds = new Set<string>();
  const brandIds = new Set<string>();
  const sourceIds = new Set<string>();
  const reference = new Set(files.filter((f) => f.reference).map((f) => f.name));
  const sourcePlans = gridPlans(plans, 'sources');
  const plain = new RegionIndex(options.regionRows);
  const sourceRows = readTable(
    sourcePlans,
    sourcesTable,
    makeReferences(plain, orgs, campaignIds, brandIds, sourceIds),
    ledger,
    undefined,
    reference,
  );
  for (const t of sourceRows) sourceIds.add(t.value.id);
  const aliasPlans = gridPlans(plans, 'regionAliases');
  const aliasRows =
    aliasPlans.length > 0
      ? readTable(
          aliasPlans,
          regionAliasesTable,
          makeReferences(plain, orgs, campaignIds, brandIds, sourceIds),
          ledger,
          undefined,
          reference,
        )
      : [];
  // the index without aliases serves when there are none (it is built from 3,000+ rows)
  const regions =
    aliasRows.length === 0
      ? plain
      : new RegionIndex(
          options.regionRows,
          aliasRows.map((a) => a.value),
        );
  const refs = makeReferences(regions, orgs, campaignIds, brandIds, sourceIds);

  // 2. Organizations and campaigns, which the other tables name.
  const noteRejectedOrg = (r: RowReader): void => {
    if (!isBlank(r.raw('id'))) orgs.rejectedIds.add(cleanText(r.raw('id')));
  };
  const orgRows = readTable(gridPlans(plans, 'organizations'), organizationsTable, refs, ledger, noteRejectedOrg);
  orgs.add(orgRows.map((o) => o.value));
  const campaignRows: Tracked<Campaign>[] = [];
  for (const p of plans) if (p.kind === 'campaigns') readCampaigns(p, ledger, refs, campaignRows);
  const campaigns = ledger.uniqueBy(campaignRows, (c) => c.id, 'id', '行动标识');
  for (const c of campaigns) campaignIds.add(c.value.id);

  // 3. Brands name organizations and are named by projects.
  const brandRows = readTable(gridPlans(plans, 'brands'), brandsTable, refs, ledger);
  for (const b of brandRows) brandIds.add(b.value.id);

  // 4. Projects (kept in columns), key counties and statistics.
  const projects = new ProjectCollector();
  for (const plan of gridPlans(plans, 'projects')) {
    // room for the rows a file can hold (a file of blank lines asks for no more than this)
    projects.reserve(Math.min(plan.rows.atMost() - plan.headerIndex - 1, MAX_RESERVE));
    readGrid(plan, ledger, regions, (reader, context) => {
      const p = mapProject(reader, context, refs);
      if (p !== null) projects.add(p, reader);
    });
  }
  const keyCountyRows = readTable(gridPlans(plans, 'keyCounties'), keyCountiesTable, refs, ledger, undefined, reference);
  const statRows: Tracked<RegionStat>[] = [];
  for (const p of plans) if (p.kind === 'stats') readRegionStats(p, ledger, regions, statRows);

  // 5. Exemplary rows last: they may name organizations that project rows (附件2 names) created.
  const exemplaryRows = readTable(gridPlans(plans, 'exemplary'), exemplaryTable, refs, ledger);

  const organizations = accepted(orgRows, undefined, ledger);
  organizations.push(...orgs.derived);
  const dataset = datasetOf(
    {
      organizations,
      keyCounties: accepted(keyCountyRows, keyCountiesTable.schema, ledger),
      campaigns: accepted(campaigns, campaignSchema, ledger),
      regionStats: accepted(statRows, regionStatSchema, ledger),
      regionAliases: accepted(aliasRows, regionAliasesTable.schema, ledger),
      sources: accepted(sourceRows, sourcesTable.schema, ledger),
      brands: accepted(brandRows, brandsTable.schema, ledger),
      exemplary: accepted(exemplaryRows, exemplaryTable.schema, ledger),
    },
    projects,
  );
  // said of a publisher's own list; the product's reference list states its gap on the pages
  const ownKeyCounties = keyCountyRows.filter((t) => !reference.has(t.file));
  if (ownKeyCounties.length > 0) noteIncompleteList(dataset.keyCounties, ownKeyCounties, ledger);
  return { dataset, report: reportOf(ledger, options.skipped ?? [], projects, organizations.length, orgs.derived.length) };
}

function noteIncompleteList(list: readonly KeyCounty[], rows: readonly Tracked<KeyCounty>[], ledger: Ledger): void {
  if (list.length === 0 || list.length >= KEY_COUNTY_LIST_SIZE) return;
  const n = list.length;
  ledger.issue(
    'incomplete-list',
    rows[0]!.file,
    null,
    null,
    String(n),
    `重点帮扶县名单已收录 ${n}/${KEY_COUNTY_LIST_SIZE} 个：其余县尚无可引用的来源，页面会如实标注“已收录 ${n}/${KEY_COUNTY_LIST_SIZE}”。`,
  );
}

/**
 * The report. Totals are read from the columns, so that checking a file builds no project objects
 * (only a project reported more than once is built, to combine its reports).
 */
function reportOf(
  ledger: Ledger,
  skipped: readonly SkippedFile[],
  projects: ProjectCollector,
  organizationCount: number,
  organizationsFromNames: number,
): CheckReport {
  const totals = new ProjectTotals();
  const { store, groups } = projects;
  store.addTotalsTo(totals, projects.groupedRows());
  for (const all of groups.values()) totals.addProject(combineReports(all.map((i) => store.get(i))));
  const files = ledger.files();
  const sum = (k: 'rowsIn' | 'rowsAccepted' | 'rowsRejected' | 'rowsSkipped'): number => files.reduce((a, f) => a + f[k], 0);
  return {
    files,
    skipped: [...skipped],
    rowsIn: sum('rowsIn'),
    rowsAccepted: sum('rowsAccepted'),
    rowsRejected: sum('rowsRejected'),
    rowsSkipped: sum('rowsSkipped'),
    errors: ledger.issues.filter((i) => i.severity === 'error'),
    advisories: ledger.issues.filter((i) => i.severity === 'advisory'),
    totals: totals.done(organizationCount, projects.projectCount),
    projectReports: store.length,
    organizationsFromNames,
  };
}
