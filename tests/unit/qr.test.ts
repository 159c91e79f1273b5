import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr.ts';
import { decodeQrSvg as decode } from '../helpers/qr-decode.ts';

describe('qrSvg', () => {
  it('encodes the absolute URL of a page, readable by a decoder', async () => {
    const url = 'https://hoaan.cantho.gov.vn/cchc/thu-tuc/dang-ky-khai-sinh/';
    expect(await decode(qrSvg(url, { label: 'Mã QR' }))).toBe(url);
  });

  it('encodes tel: links for the poster, also with a narrow quiet zone', async () => {
    expect(await decode(qrSvg('tel:+842923861246', { label: 'Gọi', margin: 2 }))).toBe('tel:+842923861246');
    expect(await decode(qrSvg('tel:1022', { label: 'Gọi', margin: 2 }))).toBe('tel:1022');
  });

  it('different content gives a different code', async () => {
    const a = qrSvg('https://example.gov.vn/a/', { label: 'x' });
    const b = qrSvg('https://example.gov.vn/b/', { label: 'x' });
    expect(a).not.toBe(b);
    expect(await decode(b)).toBe('https://example.gov.vn/b/');
  });

  it('is an accessible, self-contained image with its own white background', () => {
    const svg = qrSvg('https://example.gov.vn/', { label: 'Mã QR "trang" <chủ>', className: 'qr' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="qr" viewBox="0 0 (\d+) \1" role="img"/);
    expect(svg).toContain('aria-label="Mã QR &quot;trang&quot; &lt;chủ&gt;"');
    expect(svg).toContain('fill="#fff"');
    expect(svg).not.toMatch(/<script|href=/);
  });

  it('stays small enough to inline in every procedure page', () => {
    const svg = qrSvg('https://hoaan.cantho.gov.vn/cchc/thu-tuc/dang-ky-thanh-lap-ho-kinh-doanh/', { label: 'Mã QR' });
    expect(svg.length).toBeLessThan(6000);
  });
});
