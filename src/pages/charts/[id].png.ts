/** /charts/<id>.png: the .svg download rendered at 2× (for print) by resvg with the subset CJK font (src/io/fonts.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPng, getChartCatalog } from '../../io/charts.ts';

export const getStaticPaths = (async () => (await getChartCatalog()).map((s) => ({ params: { id: s.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await chartPng(String(params['id'])), { headers: { 'Content-Type': 'image/png' } });
