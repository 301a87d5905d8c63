/**
 * The pictures of a site's cases (cover photos), kept with the cases in the site's content folder
 * (content/images/) rather than in public/, so that one publisher's pictures never ship with
 * another's site. A case names one as `cover: { src: /images/<file> }`.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentImages } from '../../io/content.ts';

export const getStaticPaths = (() =>
  contentImages().map(({ file, path }) => ({ params: { file }, props: { path } }))) satisfies GetStaticPaths;

const TYPES: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', svg: 'image/svg+xml' };

export const GET: APIRoute = ({ props }) => {
  const path = (props as { path: string }).path;
  const type = TYPES[path.slice(path.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
  return new Response(readFileSync(path), { headers: { 'Content-Type': type } });
};
