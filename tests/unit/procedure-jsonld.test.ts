import { describe, expect, it } from 'vitest';
import { processingDuration, procedureJsonLd } from '../../src/lib/procedure-jsonld.ts';
import { parsePhone } from '../../src/lib/phone.ts';

describe('processingDuration', () => {
  it.each([
    ['03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 'P3D'],
    ['Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo', 'P1D'],
    ['Trong ngày', 'P1D'],
    ['05 ngày làm việc; trường hợp cần xác minh thì không quá 10 ngày làm việc', 'P5D'],
    ['Trong 04 giờ làm việc kể từ khi nhận đủ hồ sơ', 'PT4H'],
    ['Không quá 30 ngày', 'P30D'],
  ])('%s → %s', (text, expected) => {
    expect(processingDuration(text)).toBe(expected);
  });

  it('gives nothing when the text holds no plain figure', () => {
    expect(processingDuration('Theo quy định của cơ quan có thẩm quyền')).toBeUndefined();
  });
});

describe('procedureJsonLd', () => {
  const site = { name: 'Ủy ban nhân dân xã Hòa An', level: 'xa' as const, province: 'Cần Thơ', areaCode: '292', address: 'Số 18, đường Hòa An' };
  const data = procedureJsonLd(
    {
      code: '1.001612',
      title: 'Đăng ký thành lập hộ kinh doanh',
      field: 'Thành lập và hoạt động của hộ kinh doanh',
      onlineLevel: 'mot-phan',
      onlineUrl: 'https://dichvucong.gov.vn/p/home/dvc.html?ma_thu_tuc=1.001612',
      methods: [
        { channel: 'truc-tiep', processingTime: '03 ngày làm việc', fee: '100.000 đồng' },
        { channel: 'truc-tuyen', processingTime: '03 ngày làm việc', fee: '50.000 đồng' },
        { channel: 'buu-chinh', processingTime: 'Theo thời gian chuyển phát', fee: '100.000 đồng' },
      ],
      agency: 'Phòng Kinh tế',
      result: 'Giấy chứng nhận đăng ký hộ kinh doanh',
    },
    {
      pageUrl: 'https://hoaan.cantho.gov.vn/thu-tuc/ho-kinh-doanh/',
      site,
      hotline: { name: 'Đường dây nóng', phone: parsePhone('0292.3861.246')! },
      channelNames: { 'truc-tiep': 'Trực tiếp', 'truc-tuyen': 'Trực tuyến', 'buu-chinh': 'Bưu chính' },
    },
  );
  const channels = data.availableChannel as Record<string, unknown>[];

  it('is a GovernmentService with provider and the commune as area served', () => {
    expect(data['@type']).toBe('GovernmentService');
    expect(data.identifier).toBe('1.001612');
    expect(data.provider).toEqual({ '@type': 'GovernmentOrganization', name: 'Phòng Kinh tế' });
    expect(data.areaServed).toMatchObject({ '@type': 'AdministrativeArea', name: 'xã Hòa An', containedInPlace: { name: 'Cần Thơ' } });
  });

  it('has one ServiceChannel per way of submitting, each with the desk phone in E.164', () => {
    expect(channels.map((c) => c.name)).toEqual(['Trực tiếp', 'Trực tuyến', 'Bưu chính']);
    for (const channel of channels) {
      expect(channel['@type']).toBe('ServiceChannel');
      expect(channel.servicePhone).toMatchObject({ '@type': 'ContactPoint', telephone: '+842923861246' });
    }
  });

  it('puts the portal link only on the online channel and the time only where the text gives one', () => {
    expect(channels[1]!.serviceUrl).toBe('https://dichvucong.gov.vn/p/home/dvc.html?ma_thu_tuc=1.001612');
    expect(channels[0]!.serviceUrl).toBeUndefined();
    expect(channels[0]!.processingTime).toBe('P3D');
    expect('processingTime' in channels[2]!).toBe(false);
    expect(channels[0]!.serviceLocation).toMatchObject({ '@type': 'Place', address: { streetAddress: 'Số 18, đường Hòa An' } });
    expect(channels[2]!.servicePostalAddress).toMatchObject({ '@type': 'PostalAddress', addressCountry: 'VN' });
  });

  it('survives JSON serialization without undefined holes', () => {
    expect(JSON.stringify(data)).not.toContain('undefined');
  });
});
