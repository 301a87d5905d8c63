/** What the site being built holds of each kind of record (see src/lib/site/sections.ts), once per build. */
import { getCollection } from 'astro:content';
import type { SiteHoldings } from '../lib/site/sections.ts';
import { getSiteModel } from './site.ts';

let pending: Promise<SiteHoldings> | null = null;

export function getHoldings(): Promise<SiteHoldings> {
  pending ??= (async () => {
    const { data } = await getSiteModel();
    return {
      projects: data.projects.length,
      cases: (await getCollection('cases')).length,
      brands: data.brands.length,
      campaigns: data.campaigns.length,
      editions: (await getCollection('reports')).length,
      keyCounties: data.keyCounties.length,
      exemplary: data.exemplary.length,
    };
  })();
  return pending;
}
