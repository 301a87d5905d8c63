/** What the site being built holds of each kind of record (see src/lib/site/sections.ts). */
import type { Dataset } from '../lib/ingest/pipeline.ts';
import { hasSection, type SectionId, type SiteHoldings } from '../lib/site/sections.ts';
import { contentFiles } from './content.ts';
import { getIngestResult } from './dataset.ts';

/** The holdings of a dataset and the site's content folder. */
export function holdingsOf(dataset: Dataset): SiteHoldings {
  return {
    projects: dataset.projects.length,
    organizations: dataset.organizations.length,
    cases: contentFiles('cases'),
    brands: dataset.brands.length,
    campaigns: dataset.campaigns.length,
    editions: contentFiles('reports'),
    keyCounties: dataset.keyCounties.length,
    exemplary: dataset.exemplary.length,
    regionStats: dataset.regionStats.length,
    sources: dataset.sources.length,
  };
}

let pending: Promise<SiteHoldings> | null = null;

/** The holdings of the site being built, once per build. */
export function getHoldings(): Promise<SiteHoldings> {
  pending ??= getIngestResult().then((r) => holdingsOf(r.dataset));
  return pending;
}

/**
 * getStaticPaths of a section's list page (`src/pages/<section>/[...index].astro`): the page
 * (/<section>/) when the site has something for the section, else no page at all, so that a
 * publisher's site never publishes an empty list.
 */
export async function sectionIndexPaths(id: SectionId): Promise<{ params: { index: undefined } }[]> {
  return hasSection(id, await getHoldings()) ? [{ params: { index: undefined } }] : [];
}
