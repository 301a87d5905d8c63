/**
 * The site's base path with a trailing slash ("/", or "/showcase/" with SITE_BASE): every link of a
 * page or component is built on it. Read from the site settings, the same value astro.config.ts
 * gives Astro, rather than from `import.meta.env.BASE_URL`: Astro lets a BASE_URL variable of the
 * environment the build runs in override that (a test runner sets one), which would link every page
 * to the wrong folder. For pages, components and layouts; the pure modules of src/lib take `base`
 * as a parameter.
 */
import { site } from '../../../site.config.ts';
import { normalizeBase } from '../charts/citation.ts';

export const base: string = normalizeBase(site.base);
