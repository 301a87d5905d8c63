/** /data/open/<file>: the open-data files (CSV, JSON, XLSX) listed on /data/, made by src/lib/opendata. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenFiles, openFileStream } from '../../../io/opendata.ts';

export const getStaticPaths = (async () => (await getOpenFiles()).map((f) => ({ params: { file: f.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = (await getOpenFiles()).find((f) => f.name === params['file']);
  if (!file) return new Response('未找到该文件', { status: 404 });
  return new Response(openFileStream(file), { headers: { 'Content-Type': file.contentType } });
};
