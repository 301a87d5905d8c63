/**
 * The project list's static index in shards (src/lib/site/projectIndex.ts): /data/projects/index.json
 * (filter options and the shards) and one /data/projects/<province>.json per province reached.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteModel } from '../../../io/site.ts';
import { takeOnce } from '../../../io/once.ts';
import { buildProjectIndex, shardProjectIndex } from '../../../lib/site/projectIndex.ts';

let pending: ReturnType<typeof load> | null = null;
async function load() {
  return shardProjectIndex(buildProjectIndex(await getSiteModel()));
}
const sharded = () => (pending ??= load());

export const getStaticPaths: GetStaticPaths = async () => {
  const { manifest } = await sharded();
  return [{ params: { file: 'index.json' } }, ...manifest.shards.map((s) => ({ params: { file: s.file } }))];
};

export const GET: APIRoute = async ({ params }) => {
  const { manifest, shards } = await sharded();
  const key = String(params.file).replace(/\.json$/u, '');
  let body: unknown = manifest;
  // each shard is handed over once (takeOnce: 100k items at 100k projects)
  if (params.file !== 'index.json') body = (await takeOnce(shards, key, async () => (await load()).shards.get(key))) ?? [];
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
