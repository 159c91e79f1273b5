import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchCopies } from '../../src/search/build/search-copies.ts';
import type { SearchManifest } from '../../src/search/facts.ts';
import { normalizeGroups } from '../../src/search/name-tokens.ts';

const page = (title: string) =>
  `<!doctype html><html lang="vi"><head><title>x</title></head><body><main><article data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1><p>Nội dung.</p></article></main></body></html>`;

const procedure = { filters: { loai: ['Thủ tục'] }, meta: {}, sort: {} };
const manifest: SearchManifest = {
  pages: {
    'thu-tuc/cap-lai/': procedure,
    'thu-tuc/khai-sinh/': procedure,
    'tin-tuc/so-do/': { filters: { loai: ['Tin tức'] }, meta: {}, sort: {} },
  },
  records: [],
  ownRecords: {},
  archiveCutoff: '2024-11-22',
};

const groups = normalizeGroups([
  ['CCCD', 'căn cước công dân', 'thẻ căn cước'],
  ['sổ đỏ', 'giấy chứng nhận quyền sử dụng đất'],
  ['giấy khai sinh', 'đăng ký khai sinh'],
]);

describe('SearchCopies: the search vocabulary written beside the primary bundle', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes every synonym group, also those no procedure title carries, and the pairs of procedure titles', () => {
    root = mkdtempSync(join(tmpdir(), 'copies-'));
    const copies = new SearchCopies(join(root, 'site'), '/', join(root, 'copies'), groups);
    copies.add('thu-tuc/cap-lai/index.html', page('Cấp lại thẻ căn cước'), 1, manifest);
    copies.add('thu-tuc/khai-sinh/index.html', page('Thủ tục đăng ký khai sinh'), 1, manifest);
    // Only a news headline holds "sổ đỏ": the group has no name token, yet it is written (it
    // keeps "so do" together in a query plan, see query-plan.test.ts).
    copies.add('tin-tuc/so-do/index.html', page('Hướng dẫn làm sổ đỏ'), 1, manifest);
    const { groups: written, phrases } = copies.vocabulary();
    expect(written).toEqual(groups);
    expect(phrases).toContain('khai sinh');
    expect(phrases).not.toContain('lam so');
  });
});
