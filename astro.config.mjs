// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { site } from './site.config.ts';
import { dataCheckIntegration } from './src/io/dataCheckIntegration.ts';
import { searchIndexIntegration } from './src/io/searchIndex.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  // Four pages render at a time: while one waits for its file to be written, the next renders
  // (10k projects: pages 27–31 s → 18–23 s; a bare Astro build gains alike, 14–18 s → 10–13 s)
  build: { concurrency: 4 },
  // A Content-Security-Policy <meta> on every page: scripts only from this site or by the hash of
  // each inline script Astro bundles (no inline event handlers), WebAssembly for the search index,
  // nothing framed or posted elsewhere. Hosts should also send it as a header, with frame-ancestors
  // (which a <meta> cannot carry): see README, 部署.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // style attributes (the chart SVGs carry them) may stay inline; <style> elements need their hash
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  integrations: [
    dataCheckIntegration(),
    mdx(),
    // the search page shows nothing without a query: not a page for search engines (the list pages
    // of sections a site has nothing for are not built at all: src/io/sections.ts)
    sitemap({ filter: (page) => !/\/search\/$/u.test(page) }),
    searchIndexIntegration(),
  ],
});
