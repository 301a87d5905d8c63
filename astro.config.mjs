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
  integrations: [
    dataCheckIntegration(),
    mdx(),
    // the search page shows nothing without a query: not a page for search engines
    sitemap({ filter: (page) => !/\/search\/$/u.test(page) }),
    searchIndexIntegration(),
  ],
});
