/** /charts/<id>.json: the chart's data (null = unknown), summary, source, citation, licence and links. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartSite, getChart, getChartCatalog } from '../../io/charts.ts';
import { chartJson } from '../../lib/charts/files.ts';

export const getStaticPaths = (async () => (await getChartCatalog()).map((s) => ({ params: { id: s.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(`${JSON.stringify(chartJson(await getChart(String(params['id'])), chartSite), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
