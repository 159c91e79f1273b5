/**
 * One news feed object, written out as RSS 2.0, Atom 1.0 and JSON Feed 1.1 by the `feed` library.
 * Links are absolute and carry the base path, so an e-portal can pull them as they are.
 */
import { Feed } from 'feed';
import { vi } from '../i18n/index.ts';
import { absolute, routes } from '../data/links.ts';
import { getNews, getSite, getUnits } from '../data/content.ts';

const FEED_SIZE = 30;

export async function buildNewsFeed(): Promise<Feed> {
  const site = await getSite();
  const units = await getUnits();
  const news = (await getNews()).slice(0, FEED_SIZE);
  const label = site.shortName ?? site.name;
  const home = absolute(routes.home());
  const feed = new Feed({
    title: vi.publishing.feedTitle(label),
    description: `${vi.common.siteSection} – ${site.name}`,
    id: home,
    link: home,
    language: 'vi',
    copyright: site.name,
    updated: news[0]?.data.date ?? new Date(0),
    feedLinks: { rss: absolute(routes.rss()), atom: absolute(routes.atom()), json: absolute(routes.jsonFeed()) },
    author: { name: site.name, ...(site.email && { email: site.email }) },
  });
  for (const entry of news) {
    const link = absolute(routes.newsArticle(entry.id));
    feed.addItem({
      title: entry.data.title,
      id: link,
      link,
      description: entry.data.summary,
      date: entry.data.date,
      category: [{ name: vi.news.categoryNames[entry.data.category], term: entry.data.category }],
      author: [{ name: entry.data.author ?? units.get(entry.data.unit)?.name ?? site.name }],
      ...(entry.data.cover && { image: new URL(entry.data.cover.src, home).href }),
    });
  }
  return feed;
}
