/**
 * Vietnamese phone numbers: parse what an editor types ("0292.3820.123", "1800 1096", "1022",
 * "0274.1022") into a kind and digits, and write it back in the local form, as E.164 and as a
 * `tel:` target.
 *
 * Rules (numbering plan after the 2017–2018 area-code change, see shared/domain.md): landlines are
 * 11 digits with the leading 0 and every area code starts with 2; mobiles are 10 digits 0[35789]…;
 * 1800 (free) and 1900 (charged) numbers have 4 or 6 digits after the prefix; 111–115 are the
 * national emergency / child-protection codes; 1022 is a provincial switchboard that a mobile can
 * only reach with the province's area code in front ("0292.1022").
 */

export type PhoneKind = 'landline' | 'mobile' | 'switchboard-1022' | 'toll-free' | 'premium' | 'emergency';

export interface PhoneNumber {
  kind: PhoneKind;
  /** Digits as dialled inside Vietnam, e.g. `02923820123`, `1022`, `18001096`. */
  digits: string;
  /** Local written form with dots, e.g. `0292.3820.123`, `1800.1096`, `1022`. */
  display: string;
  /**
   * E.164 form for structured data and contact cards, e.g. `+842923820123`. Short codes that have
   * no international form (111–115, 1022 without an area code) stay as dialled.
   */
  e164: string;
  /** Value for an `href="tel:…"` link. */
  tel: string;
  /** For 1022: the form to dial from a mobile, e.g. `0292.1022`. */
  mobileDisplay?: string;
  mobileTel?: string;
}

/** Landline area codes have 2 digits (Hà Nội 24, TP.HCM 28) or 3 digits (Cần Thơ 292). */
const TWO_DIGIT_AREA_CODES = new Set(['24', '28']);
const AREA_CODE = /^2\d{1,2}$/;

function groupLandline(digits: string): string {
  // digits = 0 + area code + subscriber number (11 digits in all)
  const area = TWO_DIGIT_AREA_CODES.has(digits.slice(1, 3)) ? digits.slice(0, 3) : digits.slice(0, 4);
  const rest = digits.slice(area.length);
  return `${area}.${rest.slice(0, 4)}.${rest.slice(4)}`;
}

function groupMobile(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

function groupService(digits: string): string {
  const prefix = digits.slice(0, 4);
  const rest = digits.slice(4);
  return rest.length === 6 ? `${prefix}.${rest.slice(0, 3)}.${rest.slice(3)}` : `${prefix}.${rest}`;
}

/**
 * Keep digits only; accept the +84 / 84 international prefixes. Letters, extensions ("máy lẻ")
 * and other country codes are refused rather than guessed at: a wrong hotline is worse than none.
 */
function toNationalDigits(raw: string): string | undefined {
  const trimmed = raw.normalize('NFC').trim();
  if (!/^\+?[\d\s.()\-]+$/.test(trimmed)) return undefined;
  let digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) {
    if (!digits.startsWith('84')) return undefined;
    digits = `0${digits.slice(2)}`;
  } else if (digits.startsWith('84') && (digits.length === 11 || digits.length === 12)) {
    // "84918276435": a mobile or landline copied without the plus sign.
    digits = `0${digits.slice(2)}`;
  }
  return digits;
}

function switchboard1022(areaCode: string | undefined): PhoneNumber {
  const number: PhoneNumber = { kind: 'switchboard-1022', digits: '1022', display: '1022', e164: '1022', tel: '1022' };
  if (areaCode && AREA_CODE.test(areaCode)) {
    number.mobileDisplay = `0${areaCode}.1022`;
    number.mobileTel = `+84${areaCode}1022`;
    number.e164 = number.mobileTel;
  }
  return number;
}

/**
 * Parse a number as written in content. `areaCode` (without 0, e.g. "292") turns 1022 into the
 * form a mobile must dial; a number written with its area code ("0274.1022") keeps its own.
 * Returns `undefined` when the number fits none of the rules.
 */
export function parsePhone(raw: string, areaCode?: string): PhoneNumber | undefined {
  const digits = toNationalDigits(raw);
  if (!digits) return undefined;

  if (/^11[1-5]$/.test(digits)) {
    return { kind: 'emergency', digits, display: digits, e164: digits, tel: digits };
  }
  if (digits === '1022') return switchboard1022(areaCode);
  const withArea = /^0(2\d{1,2})1022$/.exec(digits);
  if (withArea) return switchboard1022(withArea[1]);
  if (/^1800(\d{4}|\d{6})$/.test(digits)) {
    // 1800/1900 numbers cannot be reached from abroad: dial them as written, even on a mobile.
    return { kind: 'toll-free', digits, display: groupService(digits), e164: `+84${digits}`, tel: digits };
  }
  if (/^1900(\d{4}|\d{6})$/.test(digits)) {
    return { kind: 'premium', digits, display: groupService(digits), e164: `+84${digits}`, tel: digits };
  }
  if (/^02\d{9}$/.test(digits)) {
    const e164 = `+84${digits.slice(1)}`;
    return { kind: 'landline', digits, display: groupLandline(digits), e164, tel: e164 };
  }
  if (/^0[35789]\d{8}$/.test(digits)) {
    const e164 = `+84${digits.slice(1)}`;
    return { kind: 'mobile', digits, display: groupMobile(digits), e164, tel: e164 };
  }
  return undefined;
}

export function isValidPhone(raw: string): boolean {
  return parsePhone(raw) !== undefined;
}

/** True when the number has a real international form (contact points in structured data need one). */
export function hasE164(phone: PhoneNumber): boolean {
  return phone.e164.startsWith('+');
}

/** What a caller should know about the cost or nature of the call, for a short note beside it. */
export function phoneCallNote(kind: PhoneKind): 'free' | 'charged' | 'emergency' | undefined {
  if (kind === 'toll-free') return 'free';
  if (kind === 'premium') return 'charged';
  if (kind === 'emergency') return 'emergency';
  return undefined;
}
