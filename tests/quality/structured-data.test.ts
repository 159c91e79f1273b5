/**
 * Structured data (JSON-LD) of the built pages: search engines and the national portal read it to
 * show a procedure's channels, a hotline's number or an article's date. A block that does not
 * parse, or lacks what its type needs, is silently ignored by them, so these checks run on every
 * page, and each main page type must carry its own type.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ROOT_SITE, SUBPATH, SUBPATH_SITE, TEST_SITE_URL } from '../helpers/sites.ts';
import { listPages, typeOf } from './page-types.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const text = (value: unknown) => typeof value === 'string' && value.trim().length > 0;
const absoluteUrl = (value: unknown) => typeof value === 'string' && value.startsWith(`${TEST_SITE_URL}/`);
const isoDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(value);
/**
 * Vietnamese numbers in international form: +84 and 7–10 digits (`+842921022` is 1022 dialled
 * with the area code from a mobile), or a short national number that has none (113, 1022).
 */
const e164 = (value: unknown) => typeof value === 'string' && (/^\+84\d{7,10}$/.test(value) || /^\d{3,5}$/.test(value));
/** The number without its country or trunk prefix: `+8418006292` and `18006292` are one desk. */
const nationalNumber = (value: string) => value.replace(/^\+84|^0/, '');
const typed = (value: unknown, type: string) => isObject(value) && list(value['@type']).includes(type);
const named = (value: unknown) => isObject(value) && text(value.name);

/** What each schema.org type needs to be useful, as problems found (empty when it is complete). */
function problemsOf(data: Json): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  need(data['@context'] === 'https://schema.org', '@context là https://schema.org');
  need(list(data['@type']).length > 0, '@type');
  for (const type of list(data['@type'])) {
    switch (type) {
      case 'WebSite':
        need(text(data.name), 'name');
        need(absoluteUrl(data.url), 'url tuyệt đối');
        need(data.inLanguage === 'vi', 'inLanguage = vi');
        need(named(data.publisher), 'publisher.name');
        break;
      case 'NewsArticle':
      case 'Article':
        need(text(data.headline), 'headline');
        need(isoDate(data.datePublished), 'datePublished (ISO 8601)');
        need(named(data.author), 'author.name');
        need(named(data.publisher), 'publisher.name');
        need(absoluteUrl(data.mainEntityOfPage) || absoluteUrl(data.url), 'mainEntityOfPage hoặc url');
        if (data.image !== undefined) need(list(data.image).every((image) => absoluteUrl(isObject(image) ? image.url : image)), 'image tuyệt đối');
        break;
      case 'GovernmentService': {
        need(text(data.name), 'name');
        need(typed(data.provider, 'GovernmentOrganization') && named(data.provider), 'provider (GovernmentOrganization có name)');
        need(named(data.areaServed) || text(data.areaServed), 'areaServed');
        const channels = list(data.availableChannel);
        need(channels.length > 0, 'availableChannel');
        for (const channel of channels) {
          need(typed(channel, 'ServiceChannel'), 'availableChannel[].@type = ServiceChannel');
          if (!isObject(channel)) continue;
          need(channel.serviceUrl !== undefined || channel.servicePhone !== undefined || channel.serviceLocation !== undefined, 'availableChannel[]: serviceUrl, servicePhone hoặc serviceLocation');
          if (channel.serviceUrl !== undefined) need(typeof channel.serviceUrl === 'string' && /^https?:\/\//.test(channel.serviceUrl), 'serviceUrl là URL');
          if (isObject(channel.servicePhone)) need(e164(channel.servicePhone.telephone), 'servicePhone.telephone dạng +84…');
        }
        break;
      }
      case 'GovernmentOrganization':
        need(text(data.name), 'name');
        for (const point of list(data.contactPoint)) {
          need(typed(point, 'ContactPoint'), 'contactPoint[].@type = ContactPoint');
          if (isObject(point)) need(e164(point.telephone), `contactPoint[].telephone dạng +84… (${String(point.telephone)})`);
        }
        if (data.telephone !== undefined) need(e164(data.telephone), 'telephone dạng +84…');
        break;
      case 'BreadcrumbList': {
        const items = list(data.itemListElement);
        need(items.length > 0, 'itemListElement');
        items.forEach((item, index) => {
          need(isObject(item) && item.position === index + 1, `itemListElement[${index}].position = ${index + 1}`);
          need(named(item), `itemListElement[${index}].name`);
        });
        break;
      }
      default:
        break;
    }
  }
  return problems;
}

interface Block {
  page: string;
  type: string;
  data?: Json;
  error?: string;
}

function blocksOf(path: string, file: string): Block[] {
  const root = parse(readFileSync(file, 'utf8'));
  return root.querySelectorAll('script[type="application/ld+json"]').flatMap((script) => {
    try {
      const parsed: unknown = JSON.parse(script.textContent);
      // A block may hold one object, a list, or an @graph.
      const objects = list(isObject(parsed) && Array.isArray(parsed['@graph']) ? parsed['@graph'] : parsed);
      return objects.map((data) => {
        if (!isObject(data)) return { page: path, type: '?', error: 'không phải đối tượng JSON' };
        // Inside @graph the context is the container's.
        const withContext = isObject(parsed) && parsed['@graph'] ? { '@context': parsed['@context'], ...data } : data;
        return { page: path, type: list(data['@type']).join(','), data: withContext };
      });
    } catch (error) {
      return [{ page: path, type: '?', error: (error as Error).message }];
    }
  });
}

describe('structured data (JSON-LD)', () => {
  const pages = listPages(ROOT_SITE);
  const blocks = pages.flatMap((page) => blocksOf(page.path, page.file));

  it('every block on every page parses and has what its type needs', () => {
    const broken = blocks.flatMap((block) =>
      block.error ? [`${block.page}: ${block.error}`] : problemsOf(block.data as Json).map((problem) => `${block.page} ${block.type}: thiếu ${problem}`),
    );
    expect(broken).toEqual([]);
  });

  it.each([
    ['/', 'WebSite'],
    ['/tin-tuc/*/', 'NewsArticle'],
    ['/thu-tuc/*/', 'GovernmentService'],
    ['/duong-day-nong/', 'GovernmentOrganization'],
  ])('every %s page carries %s', (pattern, type) => {
    const ofType = pages.filter((page) => typeOf(page.path) === pattern);
    expect(ofType.length).toBeGreaterThan(0);
    const missing = ofType.filter((page) => !blocks.some((block) => block.page === page.path && block.type.split(',').includes(type)));
    expect(missing.map((page) => page.path)).toEqual([]);
  });

  it('the hotline directory lists every desk as a contact point with a dialable number', () => {
    const organization = blocks.find((block) => block.page === '/duong-day-nong/' && block.type.includes('GovernmentOrganization'));
    const points = list(organization?.data?.contactPoint);
    const cards = parse(readFileSync(pages.find((page) => page.path === '/duong-day-nong/')?.file as string, 'utf8')).querySelectorAll('a[href^="tel:"]');
    expect(points.length).toBeGreaterThan(0);
    // Every number in the JSON-LD is one a citizen can also tap on the page.
    const onPage = new Set(cards.map((link) => nationalNumber((link.getAttribute('href') as string).slice(4))));
    expect(points.filter((point) => isObject(point) && !onPage.has(nationalNumber(String(point.telephone))))).toEqual([]);
  });

  it('under the sub-path, every address of the site in the JSON-LD carries /cchc/', () => {
    const strays: string[] = [];
    const walk = (value: unknown, page: string) => {
      if (typeof value === 'string' && value.startsWith(TEST_SITE_URL) && !value.startsWith(`${TEST_SITE_URL}${SUBPATH}`)) strays.push(`${page}: ${value}`);
      else if (Array.isArray(value)) value.forEach((item) => walk(item, page));
      else if (isObject(value)) Object.values(value).forEach((item) => walk(item, page));
    };
    const subpathBlocks = listPages(SUBPATH_SITE).flatMap((page) => blocksOf(page.path, page.file));
    expect(subpathBlocks.length).toBeGreaterThan(0);
    for (const block of subpathBlocks) walk(block.data, block.page);
    expect(strays).toEqual([]);
  });

  it('finds problems when they are there (the rules themselves can fail)', () => {
    expect(problemsOf({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Tin', datePublished: '10/02/2026' })).toEqual(
      expect.arrayContaining(['datePublished (ISO 8601)', 'author.name', 'publisher.name']),
    );
    expect(problemsOf({ '@context': 'https://schema.org', '@type': 'GovernmentService', name: 'Đăng ký khai sinh' })).toEqual(
      expect.arrayContaining(['availableChannel', 'areaServed']),
    );
  });
});
