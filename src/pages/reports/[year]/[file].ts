/**
 * An annual edition's PDF (npm run edition:pdf), kept with the edition in the site's content folder
 * (content/reports/pdf/edition-<year>.pdf) rather than in public/, so that one publisher's PDFs
 * never ship with another's site.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEditions } from '../../../io/cases.ts';
import { editionPdfPath } from '../../../io/content.ts';

export const getStaticPaths = (async () =>
  (await getEditions()).flatMap((e) => {
    const path = editionPdfPath(e.data.year);
    return path ? [{ params: { year: String(e.data.year), file: `edition-${e.data.year}.pdf` }, props: { path } }] : [];
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync((props as { path: string }).path), { headers: { 'Content-Type': 'application/pdf' } });
