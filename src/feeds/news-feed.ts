/**
 * One news feed object, written out as RSS 2.0, Atom 1.0 and JSON Feed 1.1 by the `feed` library.
 * Links are absolute and carry the base path, so an e-portal can pull them as they are.
 */
import { Feed } from 'feed';
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

export async function buildNewsFeed(): Promise<Feed> {
  const site = await getSite();
  const units = await getUnits();
  const news = (await getNews()).slice(0, FEED_SIZE);
  const label = site.shortName ?? site.name;
  const home = absolute(routes.home());
  const feed = new Feed({
    title: vi.publishing.feedTitle(label),
    description: vi.publishing.feedDescription(site.name),
    id: home,
    link: home,
    language: 'vi',
    favicon: absolute('favicon.svg'),
    copyright: site.name,
    // A fixed date when there is no news keeps the output identical from one build to the next.
    updated: news[0]?.data.date ?? new Date(0),
    feedLinks: { rss: absolute(routes.rss()), atom: absolute(routes.atom()), json: absolute(routes.jsonFeed()) },
    author: { name: site.name, link: home, ...(site.email && { email: site.email }) },
  });
  for (const entry of news) {
    const link = absolute(routes.newsArticle(entry.id));
    const { category, cover } = entry.data;
    feed.addItem({
      title: entry.data.title,
      id: link,
      link,
      description: entry.data.summary,
      date: entry.data.date,
      published: entry.data.date,
      category: [
        { name: vi.news.categoryNames[category], term: category, domain: absolute(routes.newsCategory(category)), scheme: absolute(routes.newsCategory(category)) },
      ],
      author: [{ name: entry.data.author ?? units.get(entry.data.unit)?.name ?? site.name }],
      ...(cover && {
        // The original file the page also links to; Zalo and portals fetch it by absolute URL.
        image: { url: new URL(cover.src, home).href, type: IMAGE_TYPES[cover.format] ?? 'image/jpeg', length: 0 },
      }),
    });
  }
  return feed;
}
