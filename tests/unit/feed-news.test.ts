/**
 * The news feed object (src/feeds/news-feed.ts) that RSS, Atom and JSON Feed are written from:
 * what a portal pulling the feed gets — the 30 newest items, absolute links under the sub-path, who
 * wrote each item, its category and its cover image. The content is replaced here (vi.mock), so
 * no site is built.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildNewsFeed } from '../../src/feeds/news-feed.ts';

type News = { id: string; data: Record<string, unknown> };
const state = {
  site: {} as Record<string, unknown>,
  units: new Map<string, { name: string }>(),
  news: [] as News[],
};

vi.mock('../../src/data/content.ts', () => ({
  getSite: async () => state.site,
  getUnits: async () => state.units,
  getNews: async () => state.news,
}));

const SITE = 'https://hoaan.cantho.gov.vn';
const HOME = `${SITE}/cchc/`;

const item = (id: string, date: string, extra: Record<string, unknown> = {}): News => ({
  id,
  data: { title: `Tin ${id}`, summary: `Tóm tắt ${id}`, date: new Date(date), unit: 'van-phong', category: 'cai-cach-tthc', ...extra },
});

// Imported at the top (vi.mock above is hoisted before it): the module's tables are then built
// while the file loads, which is where a mutation run looks for them.
const build = () => buildNewsFeed();

beforeEach(() => {
  vi.stubEnv('SITE', SITE);
  vi.stubEnv('BASE_URL', '/cchc/');
  state.site = { name: 'Ủy ban nhân dân xã Hòa An', shortName: 'UBND xã Hòa An', email: 'ubnd@hoaan.vn' };
  state.units = new Map([['van-phong', { name: 'Văn phòng HĐND và UBND' }]]);
  state.news = [];
});
afterEach(() => vi.unstubAllEnvs());

describe('the news feed', () => {
  it('describes the site with absolute links under the sub-path', async () => {
    state.news = [item('b', '2026-11-10T02:00:00Z'), item('a', '2026-11-01T02:00:00Z')];
    const feed = await build();
    expect(feed).toMatchObject({
      title: 'Tin cải cách hành chính – UBND xã Hòa An',
      description: 'Tin tức về cải cách hành chính của Ủy ban nhân dân xã Hòa An',
      home: HOME,
      self: { rss: `${HOME}rss.xml`, atom: `${HOME}atom.xml`, json: `${HOME}feed.json` },
      language: 'vi',
      icon: `${HOME}favicon.svg`,
      rights: 'Ủy ban nhân dân xã Hòa An',
      author: { name: 'Ủy ban nhân dân xã Hòa An', url: HOME, email: 'ubnd@hoaan.vn' },
    });
    // The newest item's date: readers compare it to decide whether anything is new.
    expect(feed.updated).toEqual(new Date('2026-11-10T02:00:00Z'));
  });

  it('uses the full name when there is no short name, and gives no e-mail when the site has none', async () => {
    state.site = { name: 'UBND phường Cái Khế' };
    const feed = await build();
    expect(feed.title).toBe('Tin cải cách hành chính – UBND phường Cái Khế');
    expect(feed.author).toEqual({ name: 'UBND phường Cái Khế', url: HOME });
    expect('email' in feed.author).toBe(false);
    // No news: a fixed date, so two builds of the same content give the same bytes.
    expect(feed.updated).toEqual(new Date(0));
    expect(feed.items).toEqual([]);
  });

  it('carries each item with its page, author, category and cover image', async () => {
    state.news = [
      item('hop-ban-chi-dao', '2026-11-10T02:00:00Z', {
        author: 'Nguyễn Văn A',
        cover: { src: '/cchc/_astro/hop.abc123.png', format: 'png' },
      }),
      item('tap-huan', '2026-11-09T02:00:00Z', { cover: { src: '/cchc/_astro/th.x.webp', format: 'webp' } }),
      item('lich-tiep-dan', '2026-11-08T02:00:00Z', { unit: 'khong-co', category: 'chinh-phu-so', cover: { src: '/cchc/_astro/l.y.tiff', format: 'tiff' } }),
    ];
    const [first, second, third] = (await build()).items;
    expect(first).toEqual({
      url: `${HOME}tin-tuc/hop-ban-chi-dao/`,
      title: 'Tin hop-ban-chi-dao',
      summary: 'Tóm tắt hop-ban-chi-dao',
      date: new Date('2026-11-10T02:00:00Z'),
      author: 'Nguyễn Văn A',
      category: { label: 'Cải cách thủ tục hành chính', term: 'cai-cach-tthc', url: `${HOME}tin-tuc/chuyen-muc/cai-cach-tthc/` },
      image: { url: `${SITE}/cchc/_astro/hop.abc123.png`, type: 'image/png' },
    });
    // No author of its own: the unit that published it; an unknown unit: the site.
    expect(second?.author).toBe('Văn phòng HĐND và UBND');
    expect(second?.image).toEqual({ url: `${SITE}/cchc/_astro/th.x.webp`, type: 'image/webp' });
    expect(third?.author).toBe('Ủy ban nhân dân xã Hòa An');
    expect(third?.category?.label).toBe('Chính phủ điện tử, Chính phủ số');
    // A format without a known type is announced as JPEG rather than left without a type.
    expect(third?.image?.type).toBe('image/jpeg');
  });

  it('maps every cover format to its media type and leaves out the image when there is no cover', async () => {
    const formats = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif' };
    state.news = [
      ...Object.keys(formats).map((format, i) => item(format, `2026-11-${10 + i}T00:00:00Z`, { cover: { src: `a.${format}`, format } })),
      item('khong-anh', '2026-10-01T00:00:00Z'),
    ];
    const items = (await build()).items;
    expect(items.slice(0, 6).map((entry) => entry.image?.type)).toEqual(Object.values(formats));
    expect(items[0]?.image?.url).toBe(`${HOME}a.jpg`);
    expect('image' in items[6]!).toBe(false);
  });

  it('holds the 30 newest items, in the order given', async () => {
    state.news = Array.from({ length: 31 }, (_, i) => item(`tin-${i}`, new Date(Date.UTC(2026, 10, 30) - i * 86_400_000).toISOString()));
    const items = (await build()).items;
    expect(items).toHaveLength(30);
    expect(items[0]?.url).toBe(`${HOME}tin-tuc/tin-0/`);
    expect(items[29]?.url).toBe(`${HOME}tin-tuc/tin-29/`);
  });
});
