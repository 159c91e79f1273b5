/**
 * The publication rules of src/data/content.ts, the one place pages read collections from: a draft
 * is never published, news dated after the build day (in Vietnam) waits for a later build,
 * `astro dev` shows both, and lists come out in the order readers see them. `astro:content` is
 * replaced by the collections given here, so the rules run without building the site.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Entry = { id: string; data: Record<string, unknown> };
const collections = new Map<string, Entry[]>();
const reads: string[] = [];

vi.mock('astro:content', () => ({
  getCollection: async (name: string, filter?: (entry: Entry) => boolean) => {
    reads.push(name);
    const all = collections.get(name) ?? [];
    return filter ? all.filter(filter) : [...all];
  },
  getEntry: async (name: string, id: string) => collections.get(name)?.find((entry) => entry.id === id),
}));

/** A fresh copy of the module: its once-per-build caches start empty. */
async function content() {
  vi.resetModules();
  return import('../../src/data/content.ts');
}

const day = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
const news = (id: string, date: string, draft = false): Entry => ({ id, data: { title: id, date: day(date), draft } });

beforeEach(() => {
  collections.clear();
  reads.length = 0;
  vi.stubEnv('BUILD_DATE', '2026-11-22');
  vi.stubEnv('DEV', false);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('publication state of one news entry', () => {
  it('a draft is a draft whatever its date', async () => {
    const { publicationState } = await content();
    expect(publicationState(news('a', '2020-01-01', true) as never, '2026-11-22')).toBe('draft');
    expect(publicationState(news('a', '2030-01-01', true) as never, '2026-11-22')).toBe('draft');
  });

  it('news is published on its own day and after, scheduled before', async () => {
    const { publicationState } = await content();
    expect(publicationState(news('a', '2026-11-22') as never, '2026-11-22')).toBe('published');
    expect(publicationState(news('a', '2026-11-21') as never, '2026-11-22')).toBe('published');
    expect(publicationState(news('a', '2026-11-23') as never, '2026-11-22')).toBe('scheduled');
  });

  it('counts the day in Vietnam: 20:00 UTC on the build day is already the next day there', async () => {
    const { publicationState } = await content();
    expect(publicationState(news('a', '2026-11-22T20:00:00Z') as never, '2026-11-22')).toBe('scheduled');
    expect(publicationState(news('a', '2026-11-22T16:00:00Z') as never, '2026-11-22')).toBe('published');
  });

  it('takes the build day from BUILD_DATE when none is given', async () => {
    const { publicationState } = await content();
    expect(publicationState(news('a', '2026-11-22') as never)).toBe('published');
    vi.stubEnv('BUILD_DATE', '2026-11-21');
    expect(publicationState(news('a', '2026-11-22') as never)).toBe('scheduled');
  });
});

describe('news on the public site', () => {
  beforeEach(() => {
    collections.set('news', [
      news('cu', '2026-10-01'),
      news('nhap', '2026-11-01', true),
      news('hom-nay-b', '2026-11-22'),
      news('hen-ngay', '2026-11-23'),
      news('hom-nay-a', '2026-11-22'),
      news('nhap-hen-ngay', '2026-12-01', true),
    ]);
  });

  it('leaves out drafts and future-dated news, newest first, same day by file name', async () => {
    const { getNews } = await content();
    expect((await getNews()).map((entry) => entry.id)).toEqual(['hom-nay-a', 'hom-nay-b', 'cu']);
  });

  it('shows drafts and scheduled news in astro dev, in the same order', async () => {
    vi.stubEnv('DEV', true);
    const { getNews } = await content();
    expect((await getNews()).map((entry) => entry.id)).toEqual(['nhap-hen-ngay', 'hen-ngay', 'hom-nay-a', 'hom-nay-b', 'nhap', 'cu']);
  });

  it('reads the collection once per production build and hands out copies', async () => {
    const { getNews } = await content();
    const first = await getNews();
    first.reverse();
    const second = await getNews();
    expect(second.map((entry) => entry.id)).toEqual(['hom-nay-a', 'hom-nay-b', 'cu']);
    expect(reads.filter((name) => name === 'news')).toHaveLength(1);
  });

  it('reads again on every call in astro dev, so an editor sees their edits', async () => {
    vi.stubEnv('DEV', true);
    const { getNews } = await content();
    await getNews();
    collections.get('news')!.push(news('moi-sua', '2026-11-22'));
    expect((await getNews()).map((entry) => entry.id)).toContain('moi-sua');
    expect(reads.filter((name) => name === 'news')).toHaveLength(2);
  });
});

describe('contest status', () => {
  const contest = (start: string, end: string) => ({ id: 'c', data: { startDate: day(start), endDate: day(end) } }) as never;

  it('is upcoming before the first day, current on the first and last day, past after', async () => {
    const { contestStatus } = await content();
    const c = contest('2026-10-01', '2026-12-31');
    expect(contestStatus(c, '2026-09-30')).toBe('upcoming');
    expect(contestStatus(c, '2026-10-01')).toBe('current');
    expect(contestStatus(c, '2026-12-31')).toBe('current');
    expect(contestStatus(c, '2027-01-01')).toBe('past');
  });

  it('uses the build day by default and days in Vietnam time', async () => {
    const { contestStatus } = await content();
    // Starts at 18:00 UTC on the 22nd = 01:00 on the 23rd in Vietnam: not yet on the 22nd.
    expect(contestStatus(contest('2026-11-22T18:00:00Z', '2026-12-31'))).toBe('upcoming');
    expect(contestStatus(contest('2026-11-01', '2026-11-22'))).toBe('current');
    expect(contestStatus(contest('2026-11-01', '2026-11-21T16:59:00Z'))).toBe('past');
  });

  it('lists contests with the latest start first', async () => {
    collections.set('contests', [contest('2025-01-01', '2025-02-01'), { id: 'moi', data: { startDate: day('2026-05-01'), endDate: day('2026-06-01') } }]);
    const { getContests } = await content();
    expect((await getContests()).map((entry) => entry.id)).toEqual(['moi', 'c']);
  });
});

describe('the order of the other lists', () => {
  it('hotlines: commune, then province, then national; by `order`, then by name in Vietnamese order', async () => {
    const hotline = (id: string, scope: string, order?: number) => ({ id, data: { name: id, scope, order } });
    collections.set('hotlines', [
      hotline('Quốc gia', 'quoc-gia', 1),
      hotline('Đường dây tỉnh', 'tinh'),
      hotline('Dân tỉnh', 'tinh'),
      hotline('Tỉnh thứ nhất', 'tinh', 1),
      hotline('Xã không thứ tự', 'xa'),
      hotline('Xã thứ hai', 'xa', 2),
      hotline('Xã thứ nhất', 'xa', 1),
    ]);
    const { getHotlines } = await content();
    expect((await getHotlines()).map((entry) => entry.id)).toEqual([
      'Xã thứ nhất',
      'Xã thứ hai',
      'Xã không thứ tự',
      'Tỉnh thứ nhất',
      'Dân tỉnh',
      'Đường dây tỉnh',
      'Quốc gia',
    ]);
  });

  it('procedures by title in Vietnamese order, grouped by field with one page per field slug', async () => {
    const procedure = (title: string, field: string) => ({ id: title, data: { title, field } });
    collections.set('procedures', [
      procedure('Đăng ký thường trú', 'Cư trú'),
      procedure('Chứng thực bản sao', 'Chứng thực'),
      procedure('Đăng ký khai sinh', 'Hộ tịch'),
      procedure('Cấp bản sao trích lục', 'Hộ tịch'),
      procedure('Đăng ký tạm trú', 'Cư Trú'),
    ]);
    const { getProcedures, getProcedureFields } = await content();
    expect((await getProcedures()).map((entry) => entry.id)).toEqual([
      'Cấp bản sao trích lục',
      'Chứng thực bản sao',
      'Đăng ký khai sinh',
      'Đăng ký tạm trú',
      'Đăng ký thường trú',
    ]);
    const fields = await getProcedureFields();
    expect(fields.map((field) => [field.slug, field.name, field.procedures.map((p) => p.id)])).toEqual([
      ['chung-thuc', 'Chứng thực', ['Chứng thực bản sao']],
      ['cu-tru', 'Cư Trú', ['Đăng ký tạm trú', 'Đăng ký thường trú']],
      ['ho-tich', 'Hộ tịch', ['Cấp bản sao trích lục', 'Đăng ký khai sinh']],
    ]);
  });

  it('models newest year first, then by title; index results by index, then year', async () => {
    collections.set('models', [
      { id: 'b', data: { title: 'Bộ phận một cửa', year: 2025 } },
      { id: 'a', data: { title: 'Ấp văn hóa', year: 2025 } },
      { id: 'c', data: { title: 'Chuyển đổi số', year: 2026 } },
    ]);
    collections.set('indices', [
      { id: '1', data: { index: 'SIPAS', year: 2025 } },
      { id: '2', data: { index: 'PAR', year: 2025 } },
      { id: '3', data: { index: 'PAR', year: 2024 } },
    ]);
    const { getModels, getIndices } = await content();
    expect((await getModels()).map((entry) => entry.id)).toEqual(['c', 'a', 'b']);
    expect((await getIndices()).map((entry) => `${entry.index} ${entry.year}`)).toEqual(['PAR 2024', 'PAR 2025', 'SIPAS 2025']);
  });
});

describe('site and units', () => {
  it('reads site.yaml once and says in Vietnamese when it is missing', async () => {
    const { getSite } = await content();
    await expect(getSite()).rejects.toThrow('site.yaml: thiếu tệp bắt buộc');
    collections.set('site', [{ id: 'site', data: { name: 'UBND xã Hòa An' } }]);
    const fresh = await content();
    expect(await fresh.getSite()).toEqual({ name: 'UBND xã Hòa An' });
  });

  it('finds each unit by its id', async () => {
    collections.set('units', [{ id: 'x', data: { id: 'van-phong', name: 'Văn phòng' } }]);
    const { getUnits } = await content();
    expect((await getUnits()).get('van-phong')).toEqual({ id: 'van-phong', name: 'Văn phòng' });
  });
});
