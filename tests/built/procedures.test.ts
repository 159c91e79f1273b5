/**
 * Procedure pages of the built sample site, checked against what content/procedures says: the
 * summary, time and fee per channel, the document checklist, the print sheet's QR code and hotline,
 * and the GovernmentService structured data.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { listFiles, readMarkdown } from '../../src/content-check/read-files.ts';
import { loadPage, pageExists, textOf } from '../helpers/html.ts';
import { decodeQrSvg } from '../helpers/qr-decode.ts';
import { PROJECT_ROOT, ROOT_SITE, SUBPATH_SITE, TEST_SITE_URL } from '../helpers/sites.ts';

interface SampleDocument {
  name: string;
  original: number;
  copy: number;
  form?: string;
}
interface SampleProcedure {
  id: string;
  title: string;
  code: string;
  field: string;
  onlineLevel: 'toan-trinh' | 'mot-phan' | 'khong';
  onlineUrl?: string;
  methods: { channel: string; processingTime: string; fee: string }[];
  documents?: SampleDocument[];
  cases?: { name: string; documents: SampleDocument[] }[];
  legalBasis?: unknown[];
}

const dir = join(PROJECT_ROOT, 'content', 'procedures');
const procedures: SampleProcedure[] = listFiles(dir, ['.md']).map((name) => {
  const read = readMarkdown(join(dir, name));
  if (!read.ok) throw new Error(`${name}: ${read.message}`);
  const data = read.data as Omit<SampleProcedure, 'id'>;
  return { ...data, id: name.replace(/\.md$/, ''), code: typeof data.code === 'number' ? (data.code as number).toFixed(6) : String(data.code) };
});

function jsonLd(page: HTMLElement): Record<string, any>[] {
  return page.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
}

describe.each(procedures.map((p) => [p.id, p] as const))('procedure page %s', (id, procedure) => {
  const page = loadPage(ROOT_SITE, `thu-tuc/${id}/`);
  const main = page.querySelector('main')!;

  it('opens with the title, the online level badge and the summary labels', () => {
    expect(textOf(main.querySelector('h1'))).toBe(procedure.title.normalize('NFC'));
    const labels = main.querySelectorAll('.procedure-summary dt').map(textOf);
    expect(labels).toEqual(expect.arrayContaining(['Mã thủ tục', 'Lĩnh vực', 'Cấp thực hiện']));
    // Where to go is in the first block, with the online badge, time and fee.
    expect(main.querySelectorAll('.glance dt').map(textOf)).toContain('Nơi nộp hồ sơ');
    expect(textOf(main.querySelector('.procedure-summary dd'))).toBe(procedure.code);
    const badge = textOf(main.querySelector('.online-cta .badge'));
    expect(badge).toContain({ 'toan-trinh': 'Trực tuyến toàn trình', 'mot-phan': 'Trực tuyến một phần', khong: 'Không trực tuyến' }[procedure.onlineLevel]);
  });

  it('links to the online service only when the procedure is online', () => {
    const button = main.querySelector('.online-cta a.button');
    if (procedure.onlineLevel === 'khong') expect(button).toBeNull();
    else {
      expect(button?.getAttribute('href')).toBe(procedure.onlineUrl);
      expect(textOf(button)).toBe('Nộp hồ sơ trực tuyến');
    }
  });

  it('gives time and fee for every way of submitting, one line for ways that share them', () => {
    const pairs = new Set(procedure.methods.map((m) => `${m.processingTime.normalize('NFC')}|${m.fee.normalize('NFC')}`));
    const channelNames: Record<string, string> = { 'truc-tiep': 'trực tiếp', 'truc-tuyen': 'trực tuyến', 'buu-chinh': 'dịch vụ bưu chính công ích' };
    if (pairs.size === 1) {
      // All ways share time and fee: one pair in the first block, and the ways listed once.
      expect(main.querySelector('.methods-table')).toBeNull();
      expect(textOf(main.querySelector('.glance__time dd'))).toBe(procedure.methods[0]!.processingTime.normalize('NFC'));
      expect(textOf(main.querySelector('.glance__fee dd'))).toBe(procedure.methods[0]!.fee.normalize('NFC'));
      const ways = textOf(main.querySelector('.glance__channels dd')).toLowerCase();
      for (const method of procedure.methods) expect(ways).toContain(channelNames[method.channel]);
      return;
    }
    const rows = main.querySelectorAll('.methods-table tbody tr');
    expect(rows).toHaveLength(pairs.size);
    for (const method of procedure.methods) {
      const row = rows.find((r) => textOf(r.querySelector('th')).toLowerCase().includes(channelNames[method.channel]!));
      expect(row, method.channel).toBeDefined();
      const cells = row!.querySelectorAll('td');
      expect(cells.map((c) => c.getAttribute('data-label'))).toEqual(['Thời hạn giải quyết', 'Phí, lệ phí']);
      expect(textOf(cells[0])).toBe(method.processingTime.normalize('NFC'));
      expect(textOf(cells[1])).toBe(method.fee.normalize('NFC'));
    }
  });

  it('lists every document as a checklist item with its originals and copies, grouped by case', () => {
    const groups = procedure.cases ?? [{ name: '', documents: procedure.documents ?? [] }];
    const all = groups.flatMap((g) => g.documents);
    const items = main.querySelectorAll('.procedure-documents .checklist li');
    expect(items).toHaveLength(all.length);
    items.forEach((item, i) => {
      const text = textOf(item);
      expect(text).toContain(all[i]!.name.normalize('NFC'));
      if (all[i]!.original > 0) expect(text).toContain(`${all[i]!.original} bản chính`);
      if (all[i]!.copy > 0) expect(text).toContain(`${all[i]!.copy} bản sao`);
      if (all[i]!.form) expect(item.querySelector('a')?.getAttribute('href')).toBe(all[i]!.form);
    });
    if (procedure.cases) {
      expect(main.querySelectorAll('.procedure-case h3').map(textOf)).toEqual(procedure.cases.map((c) => c.name.normalize('NFC')));
    }
    expect(textOf(main.querySelector('#ho-so'))).toContain(`${all.length} loại giấy tờ`);
  });

  it('has numbered steps and, when given, the legal basis as a table', () => {
    expect(main.querySelectorAll('ol.steps li').length).toBeGreaterThan(0);
    expect(main.querySelectorAll('.legal-table tbody tr')).toHaveLength(procedure.legalBasis?.length ?? 0);
  });

  it('describes itself as a GovernmentService with provider, area and channels', () => {
    const service = jsonLd(page).find((d) => d['@type'] === 'GovernmentService');
    expect(service).toBeDefined();
    expect(service!.identifier).toBe(procedure.code);
    expect(service!.url).toBe(`${TEST_SITE_URL}/thu-tuc/${id}/`);
    expect(service!.provider['@type']).toBe('GovernmentOrganization');
    expect(service!.areaServed).toMatchObject({ '@type': 'AdministrativeArea', containedInPlace: { name: 'Cần Thơ' } });
    const channels = service!.availableChannel as Record<string, any>[];
    expect(channels).toHaveLength(procedure.methods.length);
    for (const channel of channels) {
      expect(channel['@type']).toBe('ServiceChannel');
      expect(channel.servicePhone.telephone).toMatch(/^\+84\d+$/);
    }
    const online = channels.find((c) => c.name === 'Trực tuyến');
    if (online && procedure.onlineLevel !== 'khong') expect(online.serviceUrl).toBe(procedure.onlineUrl);
  });

  it('carries a print footer with the desk hotline and a QR code that opens this page', async () => {
    const footer = page.querySelector('.procedure-print');
    expect(footer).not.toBeNull();
    expect(footer!.getAttribute('data-pagefind-ignore')).not.toBeNull();
    expect(textOf(footer)).toMatch(/Đường dây nóng: 0292\.\d{4}\.\d{3}/);
    const svg = footer!.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(await decodeQrSvg(svg!.toString())).toBe(`${TEST_SITE_URL}/thu-tuc/${id}/`);
  });
});

describe('procedure lists', () => {
  it('counts procedures per field, and the field pages list exactly those', () => {
    const page = loadPage(ROOT_SITE, 'thu-tuc/');
    const fields = new Map<string, number>();
    for (const p of procedures) fields.set(p.field.normalize('NFC'), (fields.get(p.field.normalize('NFC')) ?? 0) + 1);
    const entries = page.querySelectorAll('main .field-index__list li').map(textOf);
    for (const [field, count] of fields) expect(entries).toContain(`${field} (${count})`);
    const hoTich = loadPage(ROOT_SITE, 'thu-tuc/linh-vuc/ho-tich/');
    expect(hoTich.querySelectorAll('main tbody tr')).toHaveLength(fields.get('Hộ tịch') ?? 0);
  });

  it('has a page with only the fully online procedures', () => {
    const online = procedures.filter((p) => p.onlineLevel === 'toan-trinh');
    expect(online.length).toBeGreaterThan(0);
    expect(online.length).toBeLessThan(procedures.length);
    const page = loadPage(ROOT_SITE, 'thu-tuc/truc-tuyen/');
    const links = page.querySelectorAll('main tbody a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(online.map((p) => `/thu-tuc/${p.id}/`).sort());
    expect(loadPage(ROOT_SITE, 'thu-tuc/').querySelector('main a[href="/thu-tuc/truc-tuyen/"]')).not.toBeNull();
  });
});

describe('procedure pages under /cchc/', () => {
  it('print a QR code with the sub-path in its URL', async () => {
    const id = procedures[0]!.id;
    expect(pageExists(SUBPATH_SITE, `thu-tuc/${id}`)).toBe(true);
    const svg = loadPage(SUBPATH_SITE, `thu-tuc/${id}/`).querySelector('.procedure-print svg')!;
    expect(await decodeQrSvg(svg.toString())).toBe(`${TEST_SITE_URL}/cchc/thu-tuc/${id}/`);
  });
});
