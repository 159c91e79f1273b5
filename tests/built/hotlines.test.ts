/**
 * The hotline directory, its contact cards and poster, and the help block, in the built sample
 * site; plus the build refusing a number that fits no Vietnamese rule.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { listFiles } from '../../src/content-check/read-files.ts';
import { escapeVCardText } from '../../src/lib/vcard.ts';
import { buildSite } from '../helpers/build-site.ts';
import { copyContent } from '../helpers/content-fixture.ts';
import { loadPage, textOf } from '../helpers/html.ts';
import { decodeQrSvg } from '../helpers/qr-decode.ts';
import { PROJECT_ROOT, ROOT_SITE, SUBPATH_SITE, TEST_SITE_URL } from '../helpers/sites.ts';

const dir = join(PROJECT_ROOT, 'content', 'hotlines');
const hotlines = listFiles(dir, ['.yaml']).map((name) => ({
  id: name.replace(/\.yaml$/, ''),
  ...(parseYaml(readFileSync(join(dir, name), 'utf8')) as { name: string; phone: string; scope: string; hours?: string }),
}));
const page = loadPage(ROOT_SITE, 'duong-day-nong/');
const main = page.querySelector('main')!;

describe('hotline directory', () => {
  it('groups every hotline by scope, xã first, then tỉnh, then quốc gia', () => {
    const sections = main.querySelectorAll('section.hotline-scope');
    expect(sections.map((s) => textOf(s.querySelector('h2')))).toEqual(['Cấp xã', 'Cấp tỉnh, thành phố', 'Toàn quốc']);
    const scopes = ['xa', 'tinh', 'quoc-gia'];
    sections.forEach((section, i) => {
      const ids = section.querySelectorAll('article.hotline-card').map((a) => a.id).sort();
      expect(ids).toEqual(hotlines.filter((h) => h.scope === scopes[i]).map((h) => h.id).sort());
    });
  });

  it('shows name, a tap-to-call number in the local form, and hours on each card', () => {
    for (const hotline of hotlines) {
      const card = main.querySelector(`article#${hotline.id}`)!;
      expect(textOf(card.querySelector('h3'))).toBe(hotline.name.normalize('NFC'));
      const tel = card.querySelector('.hotline-card__number a[href^="tel:"]');
      expect(tel, hotline.id).not.toBeNull();
      expect(textOf(tel)).toMatch(/^(\d{3,4}(\.\d{3,4}){0,2})$/);
      if (hotline.hours) expect(textOf(card)).toContain(hotline.hours.normalize('NFC'));
    }
  });

  it('writes numbers as people write them and dials them in E.164', () => {
    const card = main.querySelector('#trung-tam-phuc-vu-hanh-chinh-cong-xa')!;
    const tel = card.querySelector('.hotline-card__number a')!;
    expect(textOf(tel)).toBe('0292.3861.246');
    expect(tel.getAttribute('href')).toBe('tel:+842923861246');
    expect(textOf(main.querySelector('#chu-tich-ubnd-xa .hotline-card__number a'))).toBe('0918.276.435');
  });

  it('shows 1022 in its short form and in the mobile form with the area code', () => {
    const card = main.querySelector('#tong-dai-1022-thanh-pho-can-tho')!;
    expect(card.querySelector('a[href="tel:1022"]')).not.toBeNull();
    const mobile = card.querySelector('a[href="tel:+842921022"]');
    expect(textOf(mobile)).toBe('0292.1022');
  });

  it('tells that 1800 calls are free and that 111–115 are emergency numbers', () => {
    expect(textOf(main.querySelector('#tong-dai-cong-dich-vu-cong-quoc-gia'))).toContain('Miễn cước cuộc gọi');
    expect(textOf(main.querySelector('#cap-cuu-y-te-115'))).toContain('Số khẩn cấp');
  });

  it('offers a contact card for every hotline, and each one is a UTF-8 vCard 3.0 with the number', () => {
    for (const hotline of hotlines) {
      const link = main.querySelector(`#${hotline.id} a[type="text/vcard"]`);
      expect(link?.getAttribute('href')).toBe(`/duong-day-nong/${hotline.id}.vcf`);
      expect(textOf(link)).toContain('Lưu vào danh bạ');
      const card = readFileSync(join(ROOT_SITE, 'duong-day-nong', `${hotline.id}.vcf`), 'utf8');
      expect(card).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
      expect(card.replace(/\r\n /g, '')).toContain(`FN:${escapeVCardText(hotline.name)}`);
      expect(card).toMatch(/\r\nTEL;TYPE=[A-Z,]+:(\+84\d+|1\d{2,9})\r\n/);
    }
    expect(readFileSync(join(ROOT_SITE, 'duong-day-nong', 'tong-dai-1022-thanh-pho-can-tho.vcf'), 'utf8')).toContain('TEL;TYPE=WORK,VOICE:+842921022');
  });

  it('explains how to send feedback and links to feedbackUrl', () => {
    const feedback = main.querySelector('#phan-anh')!;
    expect(textOf(feedback.querySelector('h2'))).toBe('Gửi phản ánh, kiến nghị');
    const siteYaml = parseYaml(readFileSync(join(PROJECT_ROOT, 'content', 'site.yaml'), 'utf8')) as { feedbackUrl: string };
    expect(feedback.querySelector(`a.button[href="${siteYaml.feedbackUrl}"]`)).not.toBeNull();
    expect(textOf(feedback)).toContain('1022');
  });

  it('describes the unit as a GovernmentOrganization with E.164 contact points', () => {
    const org = page
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent))
      .find((d) => d['@type'] === 'GovernmentOrganization');
    expect(org?.name).toBe('Ủy ban nhân dân xã Hòa An');
    const points = org.contactPoint as { telephone: string; url: string }[];
    expect(points.length).toBe(hotlines.filter((h) => h.scope !== 'quoc-gia').length);
    for (const point of points) {
      expect(point.telephone).toMatch(/^\+84\d{7,11}$/);
      expect(point.url.startsWith(`${TEST_SITE_URL}/duong-day-nong/#`)).toBe(true);
    }
  });

  it('links to the printable poster, and under /cchc/ the contact cards keep the sub-path', () => {
    expect(main.querySelector('a[href="/duong-day-nong/in/"]')).not.toBeNull();
    const sub = loadPage(SUBPATH_SITE, 'duong-day-nong/');
    expect(sub.querySelector('a[href="/cchc/duong-day-nong/in/"]')).not.toBeNull();
    const vcf = sub.querySelector('a[type="text/vcard"]')!.getAttribute('href')!;
    expect(vcf.startsWith('/cchc/duong-day-nong/')).toBe(true);
    expect(existsSync(join(SUBPATH_SITE, vcf.replace('/cchc/', '')))).toBe(true);
  });
});

describe('hotline poster', () => {
  const poster = loadPage(ROOT_SITE, 'duong-day-nong/in/');

  it('has a card with a QR code that dials each service line from a mobile', async () => {
    const cards = poster.querySelectorAll('.poster-card');
    const nonEmergency = hotlines.filter((h) => !/^11[1-5]$/.test(h.phone));
    expect(cards).toHaveLength(nonEmergency.length);
    const decoded = await Promise.all(cards.map((card) => decodeQrSvg(card.querySelector('svg')!.toString())));
    expect(decoded).toContain('tel:+842923861246');
    expect(decoded).toContain('tel:+842921022');
    expect(decoded).toContain('tel:18001096');
    for (const value of decoded) expect(value).toMatch(/^tel:\+?\d+$/);
  });

  it('lists the emergency numbers and a QR code back to the directory', async () => {
    expect(poster.querySelectorAll('.poster__emergency a[href^="tel:11"]')).toHaveLength(5);
    expect(await decodeQrSvg(poster.querySelector('.poster__footer svg')!.toString())).toBe(`${TEST_SITE_URL}/duong-day-nong/`);
    expect(poster.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

describe('consistent help (WCAG 2.2, 3.2.6)', () => {
  it('puts the same hotline block right after the main content on every page type', () => {
    const paths = ['', 'tin-tuc/', 'thu-tuc/', 'thu-tuc/dang-ky-khai-sinh/', 'duong-day-nong/', 'mo-hinh/', 'chi-so/', 'tim-kiem/'];
    const blocks = paths.map((path) => {
      const p = loadPage(ROOT_SITE, path);
      const help = p.querySelector('aside.help-block');
      expect(help, path).not.toBeNull();
      expect(p.querySelector('main')!.nextElementSibling, path).toBe(help);
      return help!.toString();
    });
    expect(new Set(blocks).size).toBe(1);
    const help = loadPage(ROOT_SITE, '').querySelector('aside.help-block')!;
    expect(help.querySelector('a[href="tel:+842923861246"]')).not.toBeNull();
    expect(help.querySelector('a[href="tel:+842921022"]')).not.toBeNull();
    expect(help.querySelector('a[href="/duong-day-nong/"]')).not.toBeNull();
  });
});

describe('a number that fits no rule', () => {
  it('stops the build with a message naming the file and the field', () => {
    const content = copyContent();
    try {
      const file = listFiles(join(content.dir, 'hotlines'), ['.yaml'])[0];
      const text = content.read(`hotlines/${file}`).replace(/^phone:.*$/m, 'phone: "0292.3861"');
      content.write(`hotlines/${file}`, text);
      const result = buildSite({ CONTENT_DIR: content.dir, OUT_DIR: join(content.dir, '..', `${file}-out`) });
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(`hotlines/${file}`);
      expect(result.output).toContain('phone');
      expect(result.output).toContain('số điện thoại không hợp lệ');
    } finally {
      content.remove();
    }
  });
});

describe("each hotline's own search record", () => {
  /** Pagefind fragments: gzip of "pagefind_dcd" + JSON { url, content, meta, … }. */
  const fragments = (site: string) => {
    const folder = join(site, 'pagefind', 'fragment');
    return readdirSync(folder).map((name) => {
      const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; meta: Record<string, string> };
    });
  };

  it.each([
    ['root', ROOT_SITE, '/'],
    ['/cchc/', SUBPATH_SITE, '/cchc/'],
  ])('carries the đ-words of the hotline written with d, so "duong day nong" finds it (%s)', (_, site, base) => {
    const records = fragments(site).filter((fragment) => fragment.url.startsWith(`${base}duong-day-nong/#`));
    expect(records.map((record) => record.url.split('#')[1]).sort()).toEqual(hotlines.map((hotline) => hotline.id).sort());
    const chairman = records.find((record) => record.url.endsWith('#chu-tich-ubnd-xa'))!;
    expect(chairman.content).toContain('Đường dây nóng của Chủ tịch');
    // Pagefind folds tones but never đ to d: the folded words must be in the indexed text itself.
    const words = chairman.content.split(/[\s.,;:()]+/);
    expect(words).toContain('duong');
    expect(words).toContain('hdnd');
    for (const record of records) {
      const strokes = [...new Set(record.content.normalize('NFC').match(/[\p{L}\p{N}]*[đĐ][\p{L}\p{N}]*/gu) ?? [])];
      for (const word of strokes) {
        const folded = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
        expect(record.content.split(/[\s.,;:()]+/), `${record.url}: ${word}`).toContain(folded);
      }
    }
  });
});
