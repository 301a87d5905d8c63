/**
 * The project list's static index in shards (src/lib/site/projectIndex.ts): /data/projects/index.json
 * (filter options and the shards) and one /data/projects/<province>.json per province reached.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteModel } from '../../../io/site.ts';
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
  if (params.file !== 'index.json') {
    // each shard is written once per build: handed over, not kept (100k items at 100k projects);
    // asked again (the dev server), the index is made anew
    body = shards.get(key) ?? (await load()).shards.get(key) ?? [];
    shards.delete(key);
  }
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
