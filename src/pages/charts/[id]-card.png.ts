/** /charts/<id>-card.png: the share card (1080 × 1920 px, src/lib/charts/card.ts) with a QR code to the permalink. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng, getChartCatalog } from '../../io/charts.ts';

export const getStaticPaths = (async () => (await getChartCatalog()).map((s) => ({ params: { id: s.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await cardPng(String(params['id'])), { headers: { 'Content-Type': 'image/png' } });
