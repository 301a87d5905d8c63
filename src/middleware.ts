/**
 * During a build with a search index, hands each rendered page to the index as it is rendered
 * (src/io/searchFeed.ts); otherwise, and in the dev server, it does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { currentFeed } from './io/searchFeed.ts';
import { base } from './lib/site/base.ts';
import { builtFile, indexedPage } from './lib/site/search.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const feed = currentFeed();
  if (feed === undefined || !context.isPrerendered || response.status !== 200) return response;
  const file = builtFile(context.url.pathname, base);
  if (file === null || indexedPage(file) === null || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  await feed.add(file, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
