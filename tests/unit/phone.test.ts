import { describe, expect, it } from 'vitest';
import { hasE164, isValidPhone, parsePhone, phoneCallNote } from '../../src/lib/phone.ts';

describe('parsePhone: landlines', () => {
  it('reads a 3-digit area code landline written with dots', () => {
    expect(parsePhone('0292.3820.123')).toMatchObject({
      kind: 'landline',
      digits: '02923820123',
      display: '0292.3820.123',
      e164: '+842923820123',
      tel: '+842923820123',
    });
  });

  it('groups Hà Nội and TP.HCM numbers after their 2-digit area code', () => {
    expect(parsePhone('024 3825 1234')?.display).toBe('024.3825.1234');
    expect(parsePhone('(028) 38.22.33.44')?.display).toBe('028.3822.3344');
    expect(parsePhone('02838223344')?.e164).toBe('+842838223344');
  });

  it('accepts the international forms and writes them back locally', () => {
    expect(parsePhone('+84 292 3820 123')?.display).toBe('0292.3820.123');
    expect(parsePhone('842923820123')?.display).toBe('0292.3820.123');
  });

  it('refuses landlines with the wrong length or an area code not starting with 2', () => {
    expect(parsePhone('0292.382.012')).toBeUndefined(); // 10 digits
    expect(parsePhone('0292.3820.1234')).toBeUndefined(); // 12 digits
    expect(parsePhone('0692.3820.123')).toBeUndefined(); // 06x is not an area code
  });
});

describe('parsePhone: mobiles', () => {
  it.each([
    ['0918 276 435', '0918.276.435', '+84918276435'],
    ['0339-861-246', '0339.861.246', '+84339861246'],
    ['0562.123.456', '0562.123.456', '+84562123456'],
    ['0708123456', '0708.123.456', '+84708123456'],
    ['0866123456', '0866.123.456', '+84866123456'],
    ['+84 939 861 246', '0939.861.246', '+84939861246'],
    ['84939861246', '0939.861.246', '+84939861246'],
  ])('%s → %s', (raw, display, e164) => {
    const phone = parsePhone(raw);
    expect(phone?.kind).toBe('mobile');
    expect(phone?.display).toBe(display);
    expect(phone?.e164).toBe(e164);
    expect(phone?.tel).toBe(e164);
  });

  it('refuses mobile prefixes that do not exist and wrong lengths', () => {
    expect(parsePhone('0418 276 435')).toBeUndefined();
    expect(parsePhone('0618 276 435')).toBeUndefined();
    expect(parsePhone('0918 276 43')).toBeUndefined();
    expect(parsePhone('0918 276 4355')).toBeUndefined();
  });
});

describe('parsePhone: 1022 switchboard', () => {
  it('shows the short form and, with the province area code, the form a mobile must dial', () => {
    const phone = parsePhone('1022', '292');
    expect(phone).toMatchObject({
      kind: 'switchboard-1022',
      display: '1022',
      tel: '1022',
      mobileDisplay: '0292.1022',
      mobileTel: '+842921022',
      e164: '+842921022',
    });
  });

  it('keeps the area code an editor wrote, whatever the site area code is', () => {
    const phone = parsePhone('0274.1022', '292');
    expect(phone?.kind).toBe('switchboard-1022');
    expect(phone?.mobileDisplay).toBe('0274.1022');
    expect(phone?.display).toBe('1022');
  });

  it('has no mobile form without an area code, and ignores a malformed one', () => {
    expect(parsePhone('1022')?.mobileDisplay).toBeUndefined();
    expect(parsePhone('1022', '92')?.mobileDisplay).toBeUndefined();
    expect(hasE164(parsePhone('1022')!)).toBe(false);
    expect(hasE164(parsePhone('1022', '24')!)).toBe(true);
  });
});

describe('parsePhone: 1800 / 1900 service numbers', () => {
  it('reads 4- and 6-digit toll-free numbers and dials them as written', () => {
    expect(parsePhone('1800 1096')).toMatchObject({ kind: 'toll-free', display: '1800.1096', tel: '18001096' });
    expect(parsePhone('1800.599.920')).toMatchObject({ kind: 'toll-free', display: '1800.599.920', tel: '1800599920' });
    expect(phoneCallNote('toll-free')).toBe('free');
  });

  it('reads charged 1900 numbers', () => {
    expect(parsePhone('1900 1567')).toMatchObject({ kind: 'premium', display: '1900.1567', tel: '19001567' });
    expect(phoneCallNote(parsePhone('1900 1567')!.kind)).toBe('charged');
  });

  it('refuses other lengths and prefixes', () => {
    expect(parsePhone('1800 109')).toBeUndefined();
    expect(parsePhone('1800 10961')).toBeUndefined();
    expect(parsePhone('1700 1096')).toBeUndefined();
  });
});

describe('parsePhone: emergency short codes', () => {
  it.each(['111', '112', '113', '114', '115'])('%s is an emergency number, dialled as is', (raw) => {
    expect(parsePhone(raw)).toMatchObject({ kind: 'emergency', display: raw, tel: raw, e164: raw });
  });

  it('refuses neighbouring short codes', () => {
    expect(parsePhone('110')).toBeUndefined();
    expect(parsePhone('116')).toBeUndefined();
    expect(phoneCallNote('emergency')).toBe('emergency');
    expect(phoneCallNote('landline')).toBeUndefined();
  });
});

describe('parsePhone: bad input', () => {
  it.each([
    '',
    '   ',
    'không có',
    '0292.3820.123 máy lẻ 12',
    '0292.3820.123 / 0292.3820.124',
    '+1 202 555 0100',
    '+84',
    '0292_3820_123',
    '09l8 276 435',
  ])('refuses %j', (raw) => {
    expect(parsePhone(raw)).toBeUndefined();
    expect(isValidPhone(raw)).toBe(false);
  });
});
