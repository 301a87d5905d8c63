/** URLs of entity pages, in one place. `base` is the site base path with a trailing slash (src/lib/site/base.ts in pages and components). */
export const links = {
  region: (base: string, code: string): string => `${base}regions/${code}/`,
  organization: (base: string, id: string): string => `${base}organizations/${id}/`,
  project: (base: string, id: string): string => `${base}projects/${id}/`,
  domain: (base: string, id: string): string => `${base}domains/${id}/`,
  case: (base: string, slug: string): string => `${base}cases/${slug}/`,
  brand: (base: string, id: string): string => `${base}brands/${id}/`,
  brandFamily: (base: string, id: string): string => `${base}brands/family/${id}/`,
  campaign: (base: string, id: string): string => `${base}campaigns/${id}/`,
  edition: (base: string, year: number): string => `${base}reports/${year}/`,
  source: (base: string, id: string): string => `${base}sources/${id}/`,
};
