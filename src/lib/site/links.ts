/** URLs of entity pages, in one place. `base` is import.meta.env.BASE_URL with a trailing slash. */
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
};
