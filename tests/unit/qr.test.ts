import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { packMatrix, qrMatrix, qrSvg, QR_AHEAD_VARIABLE, unpackMatrix, writeQrAhead } from '../../src/lib/qr.ts';
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

describe('codes made ahead by the build process', () => {
  const url = 'https://hoaan.cantho.gov.vn/cchc/thu-tuc/dang-ky-khai-sinh/';
  let dir = '';
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keep every module through packing', () => {
    for (const text of [url, 'tel:1022', 'https://example.gov.vn/a/']) {
      const matrix = qrMatrix(text);
      expect(unpackMatrix(packMatrix(matrix))).toEqual(matrix);
    }
  });

  it('are what a page draws for that exact text, the same code it would make itself', async () => {
    dir = mkdtempSync(join(tmpdir(), 'qr-ahead-'));
    const file = join(dir, 'qr-ahead.json');
    writeQrAhead(file, [url]);
    vi.stubEnv(QR_AHEAD_VARIABLE, file);
    vi.resetModules();
    const fresh = await import('../../src/lib/qr.ts');
    expect(fresh.qrSvg(url, { label: 'Mã QR', margin: 2 })).toBe(qrSvg(url, { label: 'Mã QR', margin: 2 }));
    expect(await decode(fresh.qrSvg(url, { label: 'Mã QR' }))).toBe(url);
    // Another text, or another error correction level, is not in the file: made on the spot.
    expect(await decode(fresh.qrSvg('tel:1022', { label: 'Gọi' }))).toBe('tel:1022');
    expect(await decode(fresh.qrSvg(url, { label: 'Mã QR', errorCorrection: 'H' }))).toBe(url);
  });

  it('are taken from the file (a planted code shows it), and a missing file costs nothing', async () => {
    dir = mkdtempSync(join(tmpdir(), 'qr-ahead-'));
    const file = join(dir, 'qr-ahead.json');
    vi.stubEnv(QR_AHEAD_VARIABLE, file);
    vi.resetModules();
    const fresh = await import('../../src/lib/qr.ts');
    // No file yet (the build process has not written it): the page makes its own.
    expect(await decode(fresh.qrSvg(url, { label: 'x' }))).toBe(url);
    const planted = 'https://example.gov.vn/khac/';
    fresh.writeQrAhead(file, [planted]);
    const { writeFileSync, readFileSync } = await import('node:fs');
    const codes = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    writeFileSync(file, JSON.stringify({ [`M ${url}`]: codes[`M ${planted}`] }));
    expect(await decode(fresh.qrSvg(url, { label: 'x' }))).toBe(planted);
  });
});
