/**
 * The feeds declare plain text as plain text: a title or summary holding markup arrives at a
 * portal as characters, never as HTML it would render (issue 14, item 5).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { atom1, jsonFeed, rss2, type FeedDocument } from '../../src/feeds/serialize.ts';

const HOSTILE = 'Họp <script>alert("x")</script> & <b>bàn</b> ]]> việc';
const base = 'https://hoaan.cantho.gov.vn/cchc/';
const feed: FeedDocument = {
  title: 'Tin <i>CCHC</i> & hơn thế',
  description: 'Tin tức <img src=x onerror=alert(1)>',
  home: base,
  self: { rss: `${base}rss.xml`, atom: `${base}atom.xml`, json: `${base}feed.json` },
  language: 'vi',
  icon: `${base}favicon.svg`,
  rights: 'UBND xã Hòa An',
  author: { name: 'UBND xã Hòa An', url: base, email: 'ubnd@example.vn' },
  updated: new Date('2026-11-10T00:00:00Z'),
  items: [
    {
      url: `${base}tin-tuc/hop/`,
      title: HOSTILE,
      summary: `Tóm tắt ${HOSTILE}`,
      date: new Date('2026-11-10T00:00:00Z'),
      author: 'Văn phòng <x>',
      category: { label: 'Cải cách TTHC', term: 'cai-cach-tthc', url: `${base}tin-tuc/chuyen-muc/cai-cach-tthc/` },
    },
  ],
};

/** XML text content with the five predefined entities decoded, as an XML parser gives it. */
const decodeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
const between = (xml: string, open: string, close: string) => {
  const start = xml.indexOf(open);
  expect(start, open).toBeGreaterThanOrEqual(0);
  return xml.slice(start + open.length, xml.indexOf(close, start));
};

describe('feeds carry plain text as plain text', () => {
  it('Atom declares every text construct type="text" and no element is injected', () => {
    const xml = atom1(feed);
    expect(xml).not.toContain('type="html"');
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('CDATA');
    const entry = xml.slice(xml.indexOf('<entry>'));
    expect(decodeXml(between(entry, '<title type="text">', '</title>'))).toBe(HOSTILE);
    expect(decodeXml(between(entry, '<summary type="text">', '</summary>'))).toBe(`Tóm tắt ${HOSTILE}`);
    expect(decodeXml(between(xml, '<title type="text">', '</title>'))).toBe(feed.title);
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${base}atom.xml"/>`);
  });

  it('RSS: the title is XML-escaped text, the description is HTML-escaped so a reader rendering it as HTML shows the characters', () => {
    const xml = rss2(feed);
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<b>');
    const item = xml.slice(xml.indexOf('<item>'));
    expect(decodeXml(between(item, '<title>', '</title>'))).toBe(HOSTILE);
    const description = decodeXml(between(item, '<description>', '</description>'));
    // What a reader does with RSS descriptions: parse them as HTML. Only text must come out.
    const rendered = parse(`<div>${description}</div>`);
    expect(rendered.querySelectorAll('script, b')).toHaveLength(0);
    expect(rendered.textContent).toBe(`Tóm tắt ${HOSTILE}`);
    expect(parse(`<div>${decodeXml(between(xml, '<description>', '</description>'))}</div>`).querySelectorAll('img')).toHaveLength(0);
    expect(xml).toContain(`<atom:link href="${base}rss.xml" rel="self" type="application/rss+xml"/>`);
  });

  it('JSON Feed uses content_text and summary, never content_html', () => {
    const json = JSON.parse(jsonFeed(feed));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.feed_url).toBe(`${base}feed.json`);
    const [item] = json.items;
    expect(item.content_html).toBeUndefined();
    expect(item.content_text).toBe(`Tóm tắt ${HOSTILE}`);
    expect(item.summary).toBe(`Tóm tắt ${HOSTILE}`);
    expect(item.title).toBe(HOSTILE);
  });

  it('drops control characters XML 1.0 forbids, so a pasted text cannot make the feed unreadable', () => {
    const withControl = { ...feed, items: [{ ...feed.items[0]!, title: 'Tin\u0001 mới\u000B' }] };
    expect(rss2(withControl)).toContain('<title>Tin mới</title>');
    expect(atom1(withControl)).toContain('<title type="text">Tin mới</title>');
  });
});
