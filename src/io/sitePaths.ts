/**
 * Where a site's inputs are. The bundled demo is the default: the repository's data/ and content/.
 * A publisher keeps a whole site in one folder and names it with SITE_DIR (`npm run new` makes
 * one): its data/, content/ and settings file (site.yaml, read by site.config.ts). DATA_DIR and
 * CONTENT_DIR still name a data or content folder of their own, overriding both. Reference data
 * that ships with the product (reference/: the key-county list, renamed counties) is read whatever
 * the data folder; a publisher's rows for the same county replace its rows.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project root: commands (npm scripts, astro build) run from it. */
export const ROOT = process.cwd();

/** The publisher's site folder ($SITE_DIR), or null for the bundled demo. */
export function siteDir(): string | null {
  const d = process.env['SITE_DIR'];
  return d ? resolve(d) : null;
}

/** The data folder: $DATA_DIR, else the site folder's data/, else the repository's data/. */
export function dataDir(): string {
  if (process.env['DATA_DIR']) return resolve(process.env['DATA_DIR']);
  const site = siteDir();
  return site ? join(site, 'data') : join(ROOT, 'data');
}

/** The content folder (cases, editions): $CONTENT_DIR, else the site folder's content/, else content/. */
export function contentDir(): string {
  if (process.env['CONTENT_DIR']) return resolve(process.env['CONTENT_DIR']);
  const site = siteDir();
  return site ? join(site, 'content') : join(ROOT, 'content');
}

/** The product's reference data folder. */
export const REFERENCE_DIR = join(ROOT, 'reference');

/** True when the folder exists (a new publisher's site may have no content yet). */
export const exists = (dir: string): boolean => existsSync(dir);
