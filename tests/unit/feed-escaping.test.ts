/**
 * The exact documents src/feeds/serialize.ts writes, as a portal or feed reader receives them:
 * every element and attribute a reader uses (self and alternate links, author, categories, image
 * enclosures, dates, rights), escaping in text and in attributes, and the characters XML forbids.
 * The expected documents are written out by hand from the RSS 2.0, Atom 1.0 and JSON Feed 1.1
 * specifications, so a changed element name, attribute or type shows up as a diff.
 */
import { describe, expect, it } from 'vitest';
import { atom1, htmlEscape, jsonFeed, rss2, xmlEscape, type FeedDocument } from '../../src/feeds/serialize.ts';

const base = 'https://hoaan.cantho.gov.vn/cchc/';
const feed: FeedDocument = {
  title: 'Tin "CCHC" & việc\'làm',
  description: 'Tin <mới>',
  home: base,
  self: { rss: `${base}rss.xml`, atom: `${base}atom.xml`, json: `${base}feed.json` },
  language: 'vi',
  icon: `${base}favicon.svg`,
  rights: 'UBND xã Hòa An',
  author: { name: 'UBND xã Hòa An', url: base, email: 'ubnd@hoaan.vn' },
  updated: new Date('2026-11-10T01:02:03Z'),
  items: [
    {
      url: `${base}tin-tuc/hop/?a=1&b=2`,
      title: 'Họp <b>',
      summary: 'Tóm tắt "a" & <i>',
      date: new Date('2026-11-10T01:02:03Z'),
      author: 'Văn phòng',
      category: { label: 'Cải cách TTHC', term: 'cai-cach-tthc', url: `${base}tin-tuc/chuyen-muc/cai-cach-tthc/` },
      image: { url: `${base}_astro/a.png`, type: 'image/png' },
    },
    {
      url: `${base}tin-tuc/tap-huan/`,
      title: 'Tập huấn',
      summary: 'Nội dung',
      date: new Date('2026-11-09T00:00:00Z'),
      author: 'Công an xã',
    },
  ],
};

describe('escaping', () => {
  it('XML-escapes the five special characters, in text and in attribute values', () => {
    expect(xmlEscape(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(xmlEscape('&lt;')).toBe('&amp;lt;');
  });

  it('drops every character XML 1.0 forbids and keeps tab, line feed and carriage return', () => {
    expect(xmlEscape('a\u0000\u0001\u0008\t\n\r\u000B\u000C\u000E\u001F\uFFFE\uFFFFb\u0020\u007F\uFFFD')).toBe('a\t\n\rb \u007F\uFFFD');
  });

  it('HTML-escapes & < > and double quotes for RSS descriptions, once each', () => {
    expect(htmlEscape(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e\'f');
    expect(htmlEscape('x < y > z & w " v')).toBe('x &lt; y &gt; z &amp; w &quot; v');
  });
});

describe('the documents', () => {
  it('RSS 2.0', () => {
    expect(rss2(feed)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        '  <channel>',
        '    <title>Tin &quot;CCHC&quot; &amp; việc&apos;làm</title>',
        `    <link>${base}</link>`,
        '    <description>Tin &amp;lt;mới&amp;gt;</description>',
        '    <language>vi</language>',
        '    <copyright>UBND xã Hòa An</copyright>',
        '    <lastBuildDate>Tue, 10 Nov 2026 01:02:03 GMT</lastBuildDate>',
        `    <atom:link href="${base}rss.xml" rel="self" type="application/rss+xml"/>`,
        '    <item>',
        '      <title>Họp &lt;b&gt;</title>',
        `      <link>${base}tin-tuc/hop/?a=1&amp;b=2</link>`,
        `      <guid isPermaLink="true">${base}tin-tuc/hop/?a=1&amp;b=2</guid>`,
        '      <pubDate>Tue, 10 Nov 2026 01:02:03 GMT</pubDate>',
        '      <description>Tóm tắt &amp;quot;a&amp;quot; &amp;amp; &amp;lt;i&amp;gt;</description>',
        '      <dc:creator>Văn phòng</dc:creator>',
        `      <category domain="${base}tin-tuc/chuyen-muc/cai-cach-tthc/">Cải cách TTHC</category>`,
        `      <enclosure url="${base}_astro/a.png" type="image/png" length="0"/>`,
        '    </item>',
        '    <item>',
        '      <title>Tập huấn</title>',
        `      <link>${base}tin-tuc/tap-huan/</link>`,
        `      <guid isPermaLink="true">${base}tin-tuc/tap-huan/</guid>`,
        '      <pubDate>Mon, 09 Nov 2026 00:00:00 GMT</pubDate>',
        '      <description>Nội dung</description>',
        '      <dc:creator>Công an xã</dc:creator>',
        '    </item>',
        '  </channel>',
        '</rss>',
        '',
      ].join('\n'),
    );
  });

  it('Atom 1.0', () => {
    expect(atom1(feed)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
        `  <id>${base}</id>`,
        '  <title type="text">Tin &quot;CCHC&quot; &amp; việc&apos;làm</title>',
        '  <subtitle type="text">Tin &lt;mới&gt;</subtitle>',
        '  <updated>2026-11-10T01:02:03.000Z</updated>',
        `  <link rel="alternate" type="text/html" href="${base}"/>`,
        `  <link rel="self" type="application/atom+xml" href="${base}atom.xml"/>`,
        `  <author><name>UBND xã Hòa An</name><email>ubnd@hoaan.vn</email><uri>${base}</uri></author>`,
        `  <icon>${base}favicon.svg</icon>`,
        '  <rights type="text">UBND xã Hòa An</rights>',
        '  <entry>',
        '    <title type="text">Họp &lt;b&gt;</title>',
        `    <id>${base}tin-tuc/hop/?a=1&amp;b=2</id>`,
        `    <link rel="alternate" type="text/html" href="${base}tin-tuc/hop/?a=1&amp;b=2"/>`,
        `    <link rel="enclosure" type="image/png" href="${base}_astro/a.png"/>`,
        '    <published>2026-11-10T01:02:03.000Z</published>',
        '    <updated>2026-11-10T01:02:03.000Z</updated>',
        '    <summary type="text">Tóm tắt &quot;a&quot; &amp; &lt;i&gt;</summary>',
        '    <author><name>Văn phòng</name></author>',
        `    <category term="cai-cach-tthc" label="Cải cách TTHC" scheme="${base}tin-tuc/chuyen-muc/cai-cach-tthc/"/>`,
        '  </entry>',
        '  <entry>',
        '    <title type="text">Tập huấn</title>',
        `    <id>${base}tin-tuc/tap-huan/</id>`,
        `    <link rel="alternate" type="text/html" href="${base}tin-tuc/tap-huan/"/>`,
        '    <published>2026-11-09T00:00:00.000Z</published>',
        '    <updated>2026-11-09T00:00:00.000Z</updated>',
        '    <summary type="text">Nội dung</summary>',
        '    <author><name>Công an xã</name></author>',
        '  </entry>',
        '</feed>',
        '',
      ].join('\n'),
    );
  });

  it('Atom without an e-mail address gives the author name and page only', () => {
    const { email: _email, ...author } = feed.author;
    expect(atom1({ ...feed, author })).toContain(`<author><name>UBND xã Hòa An</name><uri>${base}</uri></author>`);
  });

  it('JSON Feed 1.1', () => {
    const text = jsonFeed(feed);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "title": ');
    expect(JSON.parse(text)).toStrictEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      home_page_url: base,
      feed_url: `${base}feed.json`,
      description: 'Tin <mới>',
      icon: `${base}favicon.svg`,
      language: 'vi',
      authors: [{ name: 'UBND xã Hòa An', url: base }],
      items: [
        {
          id: `${base}tin-tuc/hop/?a=1&b=2`,
          url: `${base}tin-tuc/hop/?a=1&b=2`,
          title: 'Họp <b>',
          content_text: 'Tóm tắt "a" & <i>',
          summary: 'Tóm tắt "a" & <i>',
          date_published: '2026-11-10T01:02:03.000Z',
          authors: [{ name: 'Văn phòng' }],
          tags: ['Cải cách TTHC'],
          image: `${base}_astro/a.png`,
        },
        {
          id: `${base}tin-tuc/tap-huan/`,
          url: `${base}tin-tuc/tap-huan/`,
          title: 'Tập huấn',
          content_text: 'Nội dung',
          summary: 'Nội dung',
          date_published: '2026-11-09T00:00:00.000Z',
          authors: [{ name: 'Công an xã' }],
        },
      ],
    });
  });
});
