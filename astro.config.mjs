// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './site.config.ts';
import { dataCheckIntegration } from './src/io/dataCheckIntegration.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  integrations: [dataCheckIntegration(), mdx()],
});
