/**
 * The site model for the build: the validated dataset (src/io/dataset.ts), a region index that
 * knows the dataset's alias table, and the groupings of src/lib/site/model.ts, built once.
 */
import { getDataset } from './dataset.ts';
import { dataDir, loadRegionRows } from './dataSource.ts';
import { once } from './once.ts';
import { RegionIndex } from '../lib/regions.ts';
import { buildSiteModel, type SiteModel } from '../lib/site/model.ts';

/** Built once per build process and shared by the content check and the pages (see once.ts). */
export function getSiteModel(): Promise<SiteModel> {
  return once('site-model', dataDir(), () =>
    getDataset().then((data) => buildSiteModel(data, new RegionIndex(loadRegionRows(), data.regionAliases))),
  );
}
