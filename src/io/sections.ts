/** What the site being built holds of each kind of record (see src/lib/site/sections.ts). */
import type { Dataset } from '../lib/ingest/pipeline.ts';
import type { SiteHoldings } from '../lib/site/sections.ts';
import { contentFiles } from './content.ts';
import { getIngestResult } from './dataset.ts';

/** The holdings of a dataset and the site's content folder. */
export function holdingsOf(dataset: Dataset): SiteHoldings {
  return {
    projects: dataset.projects.length,
    cases: contentFiles('cases'),
    brands: dataset.brands.length,
    campaigns: dataset.campaigns.length,
    editions: contentFiles('reports'),
    keyCounties: dataset.keyCounties.length,
    exemplary: dataset.exemplary.length,
    regionStats: dataset.regionStats.length,
  };
}

let pending: Promise<SiteHoldings> | null = null;

/** The holdings of the site being built, once per build. */
export function getHoldings(): Promise<SiteHoldings> {
  pending ??= getIngestResult().then((r) => holdingsOf(r.dataset));
  return pending;
}
