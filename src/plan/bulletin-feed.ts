/**
 * The feed of e-bulletin issues (/ban-tin/rss.xml, /ban-tin/atom.xml): one item per issue, its
 * headlines as plain text (src/feeds/serialize.ts declares it so). An issue's date is its newest
 * article's, so a finished issue keeps the same item build after build.
 */
import { bulletins as B } from '../i18n/bulletins.ts';
import { absolute, routes } from '../data/links.ts';
import { getSite } from '../data/content.ts';
import type { FeedDocument } from '../feeds/serialize.ts';
import { getBulletinIssues } from './data.ts';

export const BULLETIN_FEED_SIZE = 20;

export async function bulletinFeed(): Promise<FeedDocument> {
  const site = await getSite();
  const issues = (await getBulletinIssues()).slice(0, BULLETIN_FEED_SIZE);
  const label = site.shortName ?? site.name;
  const home = absolute(routes.home());
  const dateOf = (issue: (typeof issues)[number]) => issue.articles.at(-1)?.entry.data.date ?? new Date(0);
  return {
    title: B.feedTitle(label),
    description: B.feedDescription(site.name),
    home: absolute(routes.bulletins()),
    self: { rss: absolute(routes.bulletinsRss()), atom: absolute(routes.bulletinsAtom()), json: absolute(routes.bulletinsRss()) },
    language: 'vi',
    icon: absolute('favicon.svg'),
    rights: site.name,
    author: { name: site.name, url: home, ...(site.email && { email: site.email }) },
    updated: issues[0] ? dateOf(issues[0]) : new Date(0),
    items: issues.map((issue) => ({
      url: absolute(routes.bulletin(issue.year, issue.number)),
      title: B.issueName(issue.number, issue.year),
      summary: B.feedSummary(issue.articles.length, issue.week.start, issue.week.end, issue.articles.map((article) => article.entry.data.title)),
      date: dateOf(issue),
      author: site.name,
    })),
  };
}
