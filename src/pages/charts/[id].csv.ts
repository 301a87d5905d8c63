/** /charts/<id>.csv: the chart's data table (UTF-8 with BOM, CRLF, RFC 4180; unknown = empty cell). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChart, getChartCatalog } from '../../io/charts.ts';
import { chartCsv } from '../../lib/charts/files.ts';

export const getStaticPaths = (async () => (await getChartCatalog()).map((s) => ({ params: { id: s.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(chartCsv(await getChart(String(params['id']))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
