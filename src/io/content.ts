/**
 * The I/O edge of content/: finds the case and edition MDX files ($CONTENT_DIR or content/), reads
 * them for the content check (src/lib/showcase/contentCheck.ts), and reads the frozen edition
 * snapshots. content.config.ts loads the same folders into Astro collections.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { contentDir as siteContentDir, ROOT } from './sitePaths.ts';
import { getSiteModel } from './site.ts';
import { checkContent, contentRefsFrom, type ContentFile } from '../lib/showcase/contentCheck.ts';
import { editionSnapshotSchema, type EditionSnapshot } from '../lib/schema/edition.ts';
import type { Issue } from '../lib/ingest/issues.ts';

/** The content folder: $CONTENT_DIR, else the publisher's site folder's content/, else content/. */
export const contentDir = siteContentDir;

function mdxFiles(dir: string): ContentFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /\.mdx?$/u.test(n) && !n.startsWith('.') && !n.startsWith('_'))
    .sort()
    .map((n) => ({ path: relative(ROOT, join(dir, n)) || n, text: readFileSync(join(dir, n), 'utf8') }));
}

/** The file a site path names in `dir`, or null when it would leave the folder or is not a file. */
function fileUnder(dir: string, rel: string): string | null {
  const full = resolve(dir, `./${rel}`);
  return full.startsWith(dir + sep) && existsSync(full) && statSync(full).isFile() ? full : null;
}

/** The pictures a site's cases show: the content folder's images/, served at /images/ (contentImages). */
export const IMAGE_EXTENSIONS = /\.(?:jpe?g|png|webp|svg)$/iu;

/** The content folder's pictures, as site paths under /images/ and the file each is read from. */
export function contentImages(): { file: string; path: string }[] {
  const dir = join(contentDir(), 'images');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => rel.split(sep).join('/'))
    .filter((rel) => IMAGE_EXTENSIONS.test(rel) && !rel.split('/').some((part) => part.startsWith('.')))
    .flatMap((rel) => {
      const path = fileUnder(dir, rel);
      return path ? [{ file: rel, path }] : [];
    });
}

/**
 * Whether a site path (/images/x.jpg) is a file the site serves: a picture of the site's own
 * content folder (content/images/x.jpg), or a file of the product's public/.
 */
export function publicFile(sitePath: string): boolean {
  const rel = sitePath.replace(/^\//u, '');
  if (rel.startsWith('images/') && fileUnder(join(contentDir(), 'images'), rel.slice('images/'.length))) return true;
  return fileUnder(join(ROOT, 'public'), rel) !== null;
}

export function snapshotPath(year: number): string {
  return join(contentDir(), 'reports', `${year}.snapshot.json`);
}

/** Years with a snapshot file. */
export function snapshotYears(): Set<number> {
  const dir = join(contentDir(), 'reports');
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir).flatMap((n) => {
      const m = /^(\d{4})\.snapshot\.json$/u.exec(n);
      return m ? [Number(m[1])] : [];
    }),
  );
}

const snapshots = new Map<number, EditionSnapshot>();
/** The frozen figures of an edition; throws with the file name when it is missing or malformed. */
export function loadSnapshot(year: number): EditionSnapshot {
  let s = snapshots.get(year);
  if (!s) {
    const path = snapshotPath(year);
    if (!existsSync(path)) throw new Error(`${relative(ROOT, path)} 不存在：请运行 npm run edition:freeze -- ${year}。`);
    const r = editionSnapshotSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!r.success)
      throw new Error(
        `${relative(ROOT, path)} 格式不符（${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('；')}）：请重新运行 npm run edition:freeze -- ${year} --force。`,
      );
    s = r.data;
    snapshots.set(year, s);
  }
  return s;
}

let pending: Promise<Issue[]> | null = null;
/** Issues of all content files, computed once. */
export function getContentIssues(): Promise<Issue[]> {
  pending ??= (async () => {
    const dir = contentDir();
    const cases = mdxFiles(join(dir, 'cases'));
    const editions = mdxFiles(join(dir, 'reports'));
    // no content: nothing refers to the records, and the site model is not needed to say so
    if (cases.length === 0 && editions.length === 0) return [];
    const model = await getSiteModel();
    const slugs = new Set(cases.map((f) => /([^/\\]+)\.mdx?$/u.exec(f.path)![1]!));
    return checkContent({ cases, editions }, contentRefsFrom(model, slugs, snapshotYears(), publicFile));
  })();
  return pending;
}

/** The edition PDF of a year in the content folder (npm run edition:pdf), when there is one. */
export function editionPdfPath(year: number): string | null {
  const p = join(contentDir(), 'reports', 'pdf', `edition-${year}.pdf`);
  return existsSync(p) ? p : null;
}

/** How many MDX files a content section (cases, reports) holds. */
export function contentFiles(section: 'cases' | 'reports'): number {
  const dir = join(contentDir(), section);
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.mdx') && !n.startsWith('_')).length : 0;
}
