/**
 * RSS feed of cases and annual editions (newest first): title, link, date and the abstract or
 * summary as plain text (@astrojs/rss escapes it). Linked from every page's <head>.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getEditions } from '../io/cases.ts';
import { getCases } from '../io/cases.ts';
import { site } from '../../site.config.ts';
import { base } from '../lib/site/base.ts';

export async function GET(context: APIContext): Promise<Response> {
  const cases = (await getCases()).map((c) => ({
    title: `案例：${c.entry.data.title}`,
    link: `${base}cases/${c.slug}/`,
    pubDate: c.entry.data.publishedAt,
    description: c.entry.data.abstract,
    categories: ['优秀案例'],
  }));
  const editions = (await getEditions()).map((e) => ({
    title: e.data.title,
    link: `${base}reports/${e.data.year}/`,
    pubDate: e.data.publishedAt,
    description: e.data.summary,
    categories: ['年度展示'],
  }));
  return rss({
    title: site.name,
    description: `${site.description}（优秀案例与年度展示）`,
    site: context.site ?? site.url,
    items: [...editions, ...cases].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link)),
    customData: '<language>zh-cn</language>',
  });
}
