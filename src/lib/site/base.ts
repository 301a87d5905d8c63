/**
 * The site's base path with a trailing slash ("/", or "/showcase/" with SITE_BASE): every link of a
 * page or component is built on it. For code that Vite builds (pages, components, layouts) only:
 * import.meta.env is Vite's, so the pure modules of src/lib take `base` as a parameter instead.
 */
import { normalizeBase } from '../charts/citation.ts';

export const base: string = normalizeBase(import.meta.env.BASE_URL);
