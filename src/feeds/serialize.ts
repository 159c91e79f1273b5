/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 written from one neutral feed object. Every text we put in
 * a feed (titles, summaries, names) is plain text, and each format is told so: Atom `type="text"`,
 * JSON Feed `content_text` / `summary`, and in RSS, whose `description` readers render as HTML, the
 * summary is HTML-escaped before it is XML-escaped. A portal that ingests the feed then shows a
 * title like `<script>…` as those characters instead of running it.
 *
 * Written here rather than with the `feed` package, which always declares titles and summaries as
 * HTML (`type="html"`, `content_html`) and has no option to say otherwise.
 */

export interface FeedCategory {
  /** What a person reads, e.g. "Cải cách thủ tục hành chính". */
  label: string;
  /** The machine value, e.g. `cai-cach-tthc`. */
  term: string;
  /** The category's page (absolute URL). */
  url: string;
}

export interface FeedItem {
  /** Absolute URL of the item's page; also its id. */
  url: string;
  title: string;
  summary: string;
  date: Date;
  author: string;
  category?: FeedCategory;
  image?: { url: string; type: string };
}

export interface FeedDocument {
  title: string;
  description: string;
  /** Absolute URL of the site's home page (with the base path). */
  home: string;
  /** Absolute URLs of the three feeds themselves (with the base path): their self links. */
  self: { rss: string; atom: string; json: string };
  language: string;
  icon: string;
  rights: string;
  author: { name: string; url: string; email?: string };
  /** The newest item's date, or a fixed date when there is none (same output build after build). */
  updated: Date;
  items: FeedItem[];
}

/** Escape for XML character data and attribute values (quotes included). */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Characters XML 1.0 forbids (control codes a pasted text may carry) would make the feed unreadable.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** Plain text made safe to be read as HTML: RSS readers render `description` as HTML. */
export function htmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const element = (name: string, text: string, attributes = '') => `<${name}${attributes}>${xmlEscape(text)}</${name}>`;
const attrs = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${xmlEscape(value as string)}"`)
    .join('');
const indent = (lines: string[], depth: number) => lines.map((line) => `${'  '.repeat(depth)}${line}`);

export function rss2(feed: FeedDocument): string {
  const items = feed.items.flatMap((item) => [
    '<item>',
    ...indent(
      [
        // RSS titles are plain character data (RSS Advisory Board's best practices profile).
        element('title', item.title),
        element('link', item.url),
        element('guid', item.url, attrs({ isPermaLink: 'true' })),
        element('pubDate', item.date.toUTCString()),
        element('description', htmlEscape(item.summary)),
        element('dc:creator', item.author),
        ...(item.category ? [element('category', item.category.label, attrs({ domain: item.category.url }))] : []),
        ...(item.image ? [`<enclosure${attrs({ url: item.image.url, type: item.image.type, length: '0' })}/>`] : []),
      ],
      1,
    ),
    '</item>',
  ]);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    ...indent(
      [
        element('title', feed.title),
        element('link', feed.home),
        element('description', htmlEscape(feed.description)),
        element('language', feed.language),
        element('copyright', feed.rights),
        element('lastBuildDate', feed.updated.toUTCString()),
        `<atom:link${attrs({ href: feed.self.rss, rel: 'self', type: 'application/rss+xml' })}/>`,
        ...items,
      ],
      2,
    ),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

export function atom1(feed: FeedDocument): string {
  const text = (name: string, value: string) => element(name, value, attrs({ type: 'text' }));
  const entries = feed.items.flatMap((item) => [
    '<entry>',
    ...indent(
      [
        text('title', item.title),
        element('id', item.url),
        `<link${attrs({ rel: 'alternate', type: 'text/html', href: item.url })}/>`,
        ...(item.image ? [`<link${attrs({ rel: 'enclosure', type: item.image.type, href: item.image.url })}/>`] : []),
        element('published', item.date.toISOString()),
        element('updated', item.date.toISOString()),
        text('summary', item.summary),
        `<author>${element('name', item.author)}</author>`,
        ...(item.category
          ? [`<category${attrs({ term: item.category.term, label: item.category.label, scheme: item.category.url })}/>`]
          : []),
      ],
      1,
    ),
    '</entry>',
  ]);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    ...indent(
      [
        element('id', feed.home),
        text('title', feed.title),
        text('subtitle', feed.description),
        element('updated', feed.updated.toISOString()),
        `<link${attrs({ rel: 'alternate', type: 'text/html', href: feed.home })}/>`,
        `<link${attrs({ rel: 'self', type: 'application/atom+xml', href: feed.self.atom })}/>`,
        `<author>${element('name', feed.author.name)}${feed.author.email ? element('email', feed.author.email) : ''}${element('uri', feed.author.url)}</author>`,
        element('icon', feed.icon),
        text('rights', feed.rights),
        ...entries,
      ],
      1,
    ),
    '</feed>',
    '',
  ].join('\n');
}

export function jsonFeed(feed: FeedDocument): string {
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.home,
    feed_url: feed.self.json,
    description: feed.description,
    icon: feed.icon,
    language: feed.language,
    authors: [{ name: feed.author.name, url: feed.author.url }],
    items: feed.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      // Plain text, declared as such: a reader must not render it as HTML.
      content_text: item.summary,
      summary: item.summary,
      date_published: item.date.toISOString(),
      authors: [{ name: item.author }],
      ...(item.category && { tags: [item.category.label] }),
      ...(item.image && { image: item.image.url }),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
