/**
 * Content collections: case studies (content/cases/*.mdx) and annual editions
 * (content/reports/<year>.mdx), with the same zod schemas the content check uses
 * (src/lib/showcase/contentCheck.ts, run before the build by src/io/dataCheckIntegration.ts, which
 * also checks sections and the records the prose names), read from the site's content folder
 * (src/io/sitePaths.ts: $CONTENT_DIR, the publisher's $SITE_DIR/content, or content/).
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { caseSchema } from './lib/schema/case.ts';
import { editionSchema } from './lib/schema/edition.ts';
import { contentDir } from './io/sitePaths.ts';

const base = contentDir();

/** The folder's MDX files; a site without the folder (no cases yet) has none, without a warning. */
const mdx = (dir: string) => (existsSync(dir) ? glob({ pattern: '[^_]*.mdx', base: dir }) : () => []);

export const collections = {
  cases: defineCollection({ loader: mdx(`${base}/cases`), schema: caseSchema }),
  reports: defineCollection({ loader: mdx(`${base}/reports`), schema: editionSchema }),
};
