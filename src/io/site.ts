/**
 * The site model for the build: the validated dataset (src/io/dataset.ts), a region index that
 * knows the dataset's alias table, and the groupings of src/lib/site/model.ts, built once.
 */
import { getDataset } from './dataset.ts';
import { loadRegionRows } from './dataSource.ts';
import { RegionIndex } from '../lib/regions.ts';
import { buildSiteModel, type SiteModel } from '../lib/site/model.ts';

let pending: Promise<SiteModel> | null = null;

export function getSiteModel(): Promise<SiteModel> {
  pending ??= getDataset().then((data) => buildSiteModel(data, new RegionIndex(loadRegionRows(), data.regionAliases)));
  return pending;
}
