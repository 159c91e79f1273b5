/**
 * Numbers that look almost right must not be read as a different, dialable number: a wrong hotline
 * on a commune page is worse than none. Each rule is anchored at both ends, the international
 * prefix is only ever +84, and the short forms keep every field a page, a contact card or
 * structured data reads.
 */
import { describe, expect, it } from 'vitest';
import { isValidPhone, parsePhone } from '../../src/lib/phone.ts';

describe('only +84 is taken as an international prefix', () => {
  it.each([
    ['+85 918 276 435', 'another country code in front of a mobile'],
    ['+66 292 3820 123', 'another country code in front of a landline'],
    ['+0918 276 435', 'a plus sign before the national form'],
    ['+113', 'a plus sign before an emergency code'],
    ['+1800 1096', 'a plus sign before a toll-free number'],
  ])('refuses %j (%s)', (raw) => {
    expect(parsePhone(raw)).toBeUndefined();
  });

  it('still reads +84 in front of a landline and a mobile', () => {
    expect(parsePhone('+84 292 3820 123')?.digits).toBe('02923820123');
    expect(parsePhone('+84918276435')?.digits).toBe('0918276435');
  });
});

describe('each kind of number is matched whole, not as the end or start of longer digits', () => {
  it.each([
    ['0113', 'emergency code after a 0'],
    ['1134', 'emergency code with a digit after it'],
    ['10292.1022', '1022 with area code, a digit in front'],
    ['0292.10225', '1022 with area code, a digit after it'],
    ['01800 1096', 'toll-free after a 0'],
    ['01900 1567', 'premium after a 0'],
    ['1900 15678', 'premium with 5 digits after 1900'],
    ['1900 5', 'premium with 1 digit after 1900'],
    ['1 0292 3820 123', 'landline with a digit in front'],
    ['1 0918 276 435', 'mobile with a digit in front'],
  ])('refuses %j (%s)', (raw) => {
    expect(parsePhone(raw)).toBeUndefined();
    expect(isValidPhone(raw)).toBe(false);
  });

  it('reads a 6-digit charged 1900 number with its international form', () => {
    expect(parsePhone('1900.599.920')).toMatchObject({ kind: 'premium', display: '1900.599.920', tel: '1900599920', e164: '+841900599920' });
    expect(parsePhone('1900 1567')?.e164).toBe('+8419001567');
    expect(parsePhone('1800 1096')?.e164).toBe('+8418001096');
  });

  it('says a well-formed number is valid', () => {
    expect(isValidPhone('0918 276 435')).toBe(true);
    expect(isValidPhone('0292.3820.123')).toBe(true);
    expect(isValidPhone('1022')).toBe(true);
  });
});

describe('1022 switchboard', () => {
  it('keeps its digits and dialled form when the site has no area code (contact cards use them)', () => {
    expect(parsePhone('1022')).toMatchObject({ digits: '1022', display: '1022', e164: '1022', tel: '1022' });
  });

  it('takes the site area code only in its plain form: 2 or 3 digits starting with 2, no leading 0', () => {
    expect(parsePhone('1022', '0292')?.mobileDisplay).toBeUndefined();
    expect(parsePhone('1022', '2925')?.mobileDisplay).toBeUndefined();
    expect(parsePhone('1022', '24')?.mobileDisplay).toBe('024.1022');
  });
});
