/**
 * The hotline directory as search engines and the help block read it: the exact
 * GovernmentOrganization a search result shows, contact points only for numbers that dial from
 * anywhere, machine hours only for "24/7", and national lines never standing in for a local desk.
 */
import { describe, expect, it } from 'vitest';
import { helpHotlines, organizationJsonLd, postalAddress, primaryHotline, servedArea } from '../../src/lib/hotline-directory.ts';

type Scope = 'xa' | 'tinh' | 'quoc-gia';
const h = (id: string, scope: Scope, phone: string, extra: { hours?: string; email?: string } = {}) => ({
  id,
  data: { name: id, phone, scope, ...extra },
});
const options = { directoryUrl: 'https://x.gov.vn/duong-day-nong/', homeUrl: 'https://x.gov.vn/', contactType: 'Đường dây nóng' };
const commune = {
  name: 'UBND xã Hòa An',
  shortName: 'Xã Hòa An',
  level: 'xa' as const,
  parent: 'UBND thành phố Cần Thơ',
  province: 'Cần Thơ',
  areaCode: '292',
  address: 'Ấp Hòa Hưng, xã Hòa An',
  phone: '0292.3861.245',
  email: 'ubnd.hoaan@cantho.gov.vn',
};

describe('GovernmentOrganization of the directory', () => {
  it('is exactly what search engines are given', () => {
    const data = organizationJsonLd(commune, [h('mot-cua', 'xa', '0292.3861.246', { hours: '24/7', email: 'motcua@x.gov.vn' })], options);
    const province = {
      '@type': 'AdministrativeArea',
      name: 'Cần Thơ',
      address: { '@type': 'PostalAddress', addressRegion: 'Cần Thơ', addressCountry: 'VN' },
    };
    const area = { '@type': 'AdministrativeArea', name: 'xã Hòa An', containedInPlace: province };
    expect(JSON.parse(JSON.stringify(data))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      '@id': 'https://x.gov.vn/#to-chuc',
      name: 'UBND xã Hòa An',
      alternateName: 'Xã Hòa An',
      url: 'https://x.gov.vn/',
      address: { '@type': 'PostalAddress', streetAddress: 'Ấp Hòa Hưng, xã Hòa An', addressRegion: 'Cần Thơ', addressCountry: 'VN' },
      telephone: '+842923861245',
      email: 'ubnd.hoaan@cantho.gov.vn',
      areaServed: area,
      parentOrganization: { '@type': 'GovernmentOrganization', name: 'UBND thành phố Cần Thơ' },
      contactPoint: [
        {
          '@type': 'ContactPoint',
          name: 'mot-cua',
          telephone: '+842923861246',
          contactType: 'Đường dây nóng',
          areaServed: area,
          availableLanguage: 'vi',
          email: 'motcua@x.gov.vn',
          hoursAvailable: {
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => `https://schema.org/${d}`),
            opens: '00:00',
            closes: '23:59',
          },
          url: 'https://x.gov.vn/duong-day-nong/#mot-cua',
        },
      ],
    });
  });

  it('gives no telephone, address or parent the site file does not have', () => {
    const bare = { name: 'UBND xã Hòa An', level: 'xa' as const, province: 'Cần Thơ', areaCode: '292' };
    const data = organizationJsonLd(bare, [], options);
    expect(Object.keys(data).sort()).toEqual(['@context', '@id', '@type', 'areaServed', 'contactPoint', 'name', 'url']);
    expect(postalAddress(bare)).toBeUndefined();
  });

  it('gives no telephone for a site number with no international form', () => {
    expect(organizationJsonLd({ ...commune, phone: '113' }, [], options).telephone).toBeUndefined();
  });

  it('makes contact points only of local numbers that dial from anywhere', () => {
    const data = organizationJsonLd({ ...commune, areaCode: '' }, [
      h('khong-doc-duoc', 'xa', 'không có'),
      h('tong-dai', 'tinh', '1022'),
      h('cong-an', 'xa', '113'),
      h('mot-cua', 'xa', '0292.3861.246'),
    ], options);
    expect((data.contactPoint as { name: string }[]).map((point) => point.name)).toEqual(['mot-cua']);
  });

  it('states machine hours only for "24/7", however it is spaced', () => {
    const hours = (text: string) =>
      (organizationJsonLd(commune, [h('a', 'xa', '0292.3861.246', { hours: text })], options).contactPoint as { hoursAvailable?: unknown }[])[0]!
        .hoursAvailable;
    expect(hours(' 24 / 7 ')).toMatchObject({ opens: '00:00', closes: '23:59' });
    expect(hours('24/7')).toBeDefined();
    for (const text of ['Từ 24/7', '24/7 trừ ngày Tết', '24x/7', '24/7x', '124/7', 'x24/7']) expect(hours(text), text).toBeUndefined();
  });
});

describe('the area a site serves', () => {
  it('strips only a leading "UBND" / "Ủy ban nhân dân", however many spaces follow', () => {
    expect(servedArea({ ...commune, name: 'UBND   xã Hòa An' }).name).toBe('xã Hòa An');
    expect(servedArea({ ...commune, name: 'Ủy ban nhân dân xã Hòa An' }).name).toBe('xã Hòa An');
    expect(servedArea({ ...commune, name: 'Cổng thông tin UBND xã Hòa An' }).name).toBe('Cổng thông tin UBND xã Hòa An');
  });
});

describe('which local desk a page names', () => {
  it('a commune without its own hotline falls back to the province line, never a national one', () => {
    const lines = [h('tong-dai', 'tinh', '1022'), h('cap-cuu', 'quoc-gia', '115')];
    expect(primaryHotline(lines, commune)?.id).toBe('tong-dai');
  });

  it('the help block never fills up with national lines', () => {
    const lines = [h('mot-cua', 'xa', '0292.3861.246'), h('dvc-quoc-gia', 'quoc-gia', '1800 1096'), h('cap-cuu', 'quoc-gia', '115')];
    expect(helpHotlines(lines, commune).map((line) => line.id)).toEqual(['mot-cua']);
  });
});
