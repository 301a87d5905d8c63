/**
 * Case entries for pages: the content collection, sorted (featured first, then newest), with the
 * fields relatedness needs. I/O edge over astro:content.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentFiles } from './content.ts';

export type CaseEntry = CollectionEntry<'cases'>;

export interface CaseItem {
  entry: CaseEntry;
  slug: string;
  organization: string;
  partners: string[];
  places: string[];
  domains: string[];
  brand: string | null;
  campaign: string | null;
  publishedAt: Date;
  featured: boolean;
}

let pending: Promise<CaseItem[]> | null = null;

export function getCases(): Promise<CaseItem[]> {
  // no case files: the collection is not asked (Astro warns of an empty collection)
  pending ??= (contentFiles('cases') > 0 ? getCollection('cases') : Promise.resolve([])).then((entries) =>
    entries
      .map((entry) => ({ entry, slug: entry.id, ...entry.data }))
      .sort(
        (a, b) =>
          Number(b.featured) - Number(a.featured) || b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug),
      ),
  );
  return pending;
}

/** The annual editions (content/reports/<year>.mdx); none when the site has no edition file. */
export function getEditions(): Promise<CollectionEntry<'reports'>[]> {
  return contentFiles('reports') > 0 ? getCollection('reports') : Promise.resolve([]);
}
