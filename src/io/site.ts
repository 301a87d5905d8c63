/**
 * The site model for the build: the validated dataset (src/io/dataset.ts), a region index that
 * knows the dataset's alias table, and the groupings of src/lib/site/model.ts, built once.
 */
import { getDataset } from './dataset.ts';
import { dataDir, loadRegionRows } from './dataSource.ts';
import { once } from './once.ts';
import { RegionIndex } from '../lib/regions.ts';
import { buildSiteModel, type SiteModel } from '../lib/site/model.ts';
import { type OrgListPage, type OrgListSummary, orgListPages, orgListSummary, orgRows } from '../lib/site/orgList.ts';
import { sumByOrganization } from '../lib/aggregate/rollups.ts';

/** Built once per build process and shared by the content check and the pages (see once.ts). */
export function getSiteModel(): Promise<SiteModel> {
  return once('site-model', dataDir(), () =>
    getDataset().then((data) => buildSiteModel(data, new RegionIndex(loadRegionRows(), data.regionAliases))),
  );
}

/** The organization index's rows and pages (lib/site/orgList.ts), once per build: the index page and the paged route both read them. */
export function getOrgList(): Promise<{ summary: OrgListSummary; pages: OrgListPage[] }> {
  return once('org-list', dataDir(), () =>
    getSiteModel().then((model) => {
      const rows = orgRows(model.data.organizations, sumByOrganization(model.data.projects));
      return { summary: orgListSummary(rows), pages: orgListPages(rows) };
    }),
  );
}
