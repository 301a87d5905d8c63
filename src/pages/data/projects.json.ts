/** /data/projects.json: the project list's static index (see src/lib/site/projectIndex.ts). */
import type { APIRoute } from 'astro';
import { getSiteModel } from '../../io/site.ts';
import { buildProjectIndex } from '../../lib/site/projectIndex.ts';

export const GET: APIRoute = async () => {
  const model = await getSiteModel();
  return new Response(JSON.stringify(buildProjectIndex(model)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
