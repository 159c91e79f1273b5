import { beforeAll, describe, expect, it } from 'vitest';
import { groupByScope, helpHotlines, organizationJsonLd, primaryHotline, servedArea } from '../../src/lib/hotline-directory.ts';

const h = (id: string, scope: 'xa' | 'tinh' | 'quoc-gia', phone: string, hours?: string) => ({ id, data: { name: id, phone, scope, hours } });
// Directory order: scope, then `order` (as getHotlines() returns them).
const hotlines = [
  h('mot-cua-xa', 'xa', '0292.3861.246', 'Giờ hành chính'),
  h('chu-tich-xa', 'xa', '0918 276 435', '24/7'),
  h('cong-an-xa', 'xa', '0292.3861.690'),
  h('tong-dai-1022', 'tinh', '1022', '24/7'),
  h('dvc-thanh-pho', 'tinh', '1800 6292'),
  h('dvc-quoc-gia', 'quoc-gia', '1800 1096'),
  h('cap-cuu', 'quoc-gia', '115'),
];
const commune = { name: 'Ủy ban nhân dân xã Hòa An', level: 'xa' as const, province: 'Cần Thơ', areaCode: '292', phone: '0292.3861.245' };
const province = { name: 'Ủy ban nhân dân thành phố Cần Thơ', level: 'tinh' as const, province: 'Cần Thơ', areaCode: '292' };

describe('choosing hotlines', () => {
  it('a commune page prints its own desk; a province page its province line', () => {
    expect(primaryHotline(hotlines, commune)?.id).toBe('mot-cua-xa');
    expect(primaryHotline(hotlines, province)?.id).toBe('tong-dai-1022');
    expect(primaryHotline(hotlines.filter((x) => x.data.scope === 'quoc-gia'), commune)).toBeUndefined();
  });

  it('the help block shows the own desk, the other level (1022), then more local lines, never national ones', () => {
    expect(helpHotlines(hotlines, commune).map((x) => x.id)).toEqual(['mot-cua-xa', 'tong-dai-1022', 'chu-tich-xa']);
    expect(helpHotlines(hotlines, province, 2).map((x) => x.id)).toEqual(['tong-dai-1022', 'mot-cua-xa']);
  });

  it('groups by scope in the order xã, tỉnh, quốc gia and drops empty groups', () => {
    expect(groupByScope(hotlines).map((g) => [g.scope, g.items.length])).toEqual([['xa', 3], ['tinh', 2], ['quoc-gia', 2]]);
    expect(groupByScope(hotlines.slice(3, 5)).map((g) => g.scope)).toEqual(['tinh']);
  });
});

describe('organizationJsonLd', () => {
  // Built in a hook, not while collecting: an error here then fails the tests instead of the file.
  let data: Record<string, unknown> = {};
  let points: Record<string, unknown>[] = [];
  beforeAll(() => {
    data = organizationJsonLd(commune, hotlines, {
      directoryUrl: 'https://hoaan.cantho.gov.vn/duong-day-nong/',
      homeUrl: 'https://hoaan.cantho.gov.vn/',
      contactType: 'Đường dây nóng',
    });
    points = data.contactPoint as Record<string, unknown>[];
  });

  it('lists every local hotline as a ContactPoint with an E.164 number', () => {
    expect(data['@type']).toBe('GovernmentOrganization');
    expect(points.map((p) => p.telephone)).toEqual(['+842923861246', '+84918276435', '+842923861690', '+842921022', '+8418006292']);
    for (const point of points) expect(point.telephone).toMatch(/^\+84\d{7,11}$/);
    expect(data.telephone).toBe('+842923861245');
  });

  it('leaves national lines and short codes to their owners', () => {
    expect(points.some((p) => p.name === 'cap-cuu' || p.name === 'dvc-quoc-gia')).toBe(false);
  });

  it('links each contact point to its card and states round-the-clock hours in machine form', () => {
    expect(points[0]!.url).toBe('https://hoaan.cantho.gov.vn/duong-day-nong/#mot-cua-xa');
    expect(points[0]!.hoursAvailable).toBeUndefined();
    expect(points[1]!.hoursAvailable).toMatchObject({ opens: '00:00', closes: '23:59' });
  });

  it('serves the commune inside its province', () => {
    expect(servedArea(commune)).toMatchObject({ name: 'xã Hòa An', containedInPlace: { name: 'Cần Thơ' } });
    expect(servedArea(province)).toMatchObject({ name: 'Cần Thơ' });
  });
});
