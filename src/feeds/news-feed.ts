/**
 * One news feed object, written out as RSS 2.0, Atom 1.0 and JSON Feed 1.1 by ./serialize.ts.
 * Links are absolute and carry the base path, so an e-portal can pull them as they are.
 */
import type { FeedDocument } from './serialize.ts';
import { vi } from '../i18n/index.ts';
import { absolute, routes } from '../data/links.ts';
import { getNews, getSite, getUnits } from '../data/content.ts';

/** Enough for a portal that polls daily; older news stays on the site and in the sitemap. */
export const FEED_SIZE = 30;

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

export async function buildNewsFeed(): Promise<FeedDocument> {
  const site = await getSite();
  const units = await getUnits();
  const news = (await getNews()).slice(0, FEED_SIZE);
  const label = site.shortName ?? site.name;
  const home = absolute(routes.home());
  return {
    title: vi.publishing.feedTitle(label),
    description: vi.publishing.feedDescription(site.name),
    home,
    self: { rss: absolute(routes.rss()), atom: absolute(routes.atom()), json: absolute(routes.jsonFeed()) },
    language: 'vi',
    icon: absolute('favicon.svg'),
    rights: site.name,
    author: { name: site.name, url: home, ...(site.email && { email: site.email }) },
    // A fixed date when there is no news keeps the output identical from one build to the next.
    updated: news[0]?.data.date ?? new Date(0),
    items: news.map((entry) => {
      const { category, cover } = entry.data;
      return {
        url: absolute(routes.newsArticle(entry.id)),
        title: entry.data.title,
        summary: entry.data.summary,
        date: entry.data.date,
        author: entry.data.author ?? units.get(entry.data.unit)?.name ?? site.name,
        category: { label: vi.news.categoryNames[category], term: category, url: absolute(routes.newsCategory(category)) },
        // The original file the page also links to; Zalo and portals fetch it by absolute URL.
        ...(cover && { image: { url: new URL(cover.src, home).href, type: IMAGE_TYPES[cover.format] ?? 'image/jpeg' } }),
      };
    }),
  };
}
