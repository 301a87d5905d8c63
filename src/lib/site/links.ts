/** URLs of entity pages, in one place. `base` is import.meta.env.BASE_URL with a trailing slash. */
export const links = {
  region: (base: string, code: string): string => `${base}regions/${code}/`,
  organization: (base: string, id: string): string => `${base}organizations/${id}/`,
  project: (base: string, id: string): string => `${base}projects/${id}/`,
  domain: (base: string, id: string): string => `${base}domains/${id}/`,
};
