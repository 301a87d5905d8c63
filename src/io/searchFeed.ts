/**
 * The search index fed while the pages render. The integration (searchIndex.ts) opens a feed when
 * the build starts; the middleware (src/middleware.ts) hands it each page it renders; Pagefind's
 * binary indexes a page on the machine's other core while the next pages render, instead of all of
 * them after the last (issue #14). The feed lives on globalThis: the middleware is bundled with the
 * pages and the integration is not, so each has its own copy of this module (see once.ts).
 * No Pagefind here, so the pages' bundle does not load it.
 */
export interface SearchFeed {
  /**
   * Takes a rendered page: its file relative to the output folder ("regions/623023/index.html")
   * and its HTML. Resolves once the feed can take the next one (a few pages are in flight at most).
   */
  add(file: string, html: string): Promise<void>;
}

const KEY = Symbol.for('rural-revitalization-orgs.search-feed');
type Holder = Record<symbol, SearchFeed | undefined>;

/** The feed of the build in progress, if the search index integration opened one. */
export function currentFeed(): SearchFeed | undefined {
  return (globalThis as unknown as Holder)[KEY];
}

export function openFeed(feed: SearchFeed): void {
  (globalThis as unknown as Holder)[KEY] = feed;
}

export function closeFeed(): void {
  delete (globalThis as unknown as Holder)[KEY];
}
