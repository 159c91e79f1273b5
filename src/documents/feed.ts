/**
 * The feed of new documents (/van-ban/rss.xml, /van-ban/atom.xml): the newest documents, each
 * with its number, type and trích yếu as plain text (src/feeds/serialize.ts declares it so).
 */
import { documents as T } from '../i18n/documents.ts';
import { absolute, routes } from '../data/links.ts';
import { getSite } from '../data/content.ts';
import type { FeedDocument } from '../feeds/serialize.ts';
import { formatShortDate } from '../lib/dates.ts';
import { getDocuments } from './data.ts';

export const DOCUMENT_FEED_SIZE = 30;

export async function documentFeed(): Promise<FeedDocument> {
  const site = await getSite();
  const documents = (await getDocuments()).slice(0, DOCUMENT_FEED_SIZE);
  const label = site.shortName ?? site.name;
  const home = absolute(routes.home());
  return {
    title: T.feedTitle(label),
    description: T.feedDescription(site.name),
    home: absolute(routes.documents()),
    self: { rss: absolute(routes.documentsRss()), atom: absolute(routes.documentsAtom()), json: absolute(routes.documentsRss()) },
    language: 'vi',
    icon: absolute('favicon.svg'),
    rights: site.name,
    author: { name: site.name, url: home, ...(site.email && { email: site.email }) },
    // A fixed date when there is no document keeps the output identical from build to build.
    updated: documents[0]?.data.issued ?? new Date(0),
    items: documents.map((entry) => {
      const { number, type, title, issuer, issued } = entry.data;
      return {
        url: absolute(routes.document(entry.id)),
        title: `${T.typeNames[type]} ${number}: ${title}`,
        summary: `${title}. ${issuer}, ${T.issuedOn(formatShortDate(issued))}.`,
        date: issued,
        author: issuer,
        // The document's type is what a portal files it under (Kế hoạch, Quyết định…).
        category: { label: T.typeNames[type], term: type, url: absolute(routes.documentFilter('loai', type)) },
      };
    }),
  };
}
