/** /charts/<id>.svg: the chart with its title, summary and credit band (src/lib/charts/standalone.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartCatalog, getChartDocument } from '../../io/charts.ts';

export const getStaticPaths = (async () => (await getChartCatalog()).map((s) => ({ params: { id: s.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await getChartDocument(String(params['id']))).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
