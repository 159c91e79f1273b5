/**
 * Vietnamese phone numbers: parse what an editor types ("0292.3820.123", "1800 1096", "1022")
 * into a kind and digits, and write it back in the local form, as E.164 and as a `tel:` target.
 *
 * Rules (numbering plan after the 2017–2018 area-code change): landlines are 11 digits with the
 * leading 0 and all area codes start with 2; mobiles are 10 digits 0[35789]…; 1800/1900 numbers
 * have 4 or 6 digits after the prefix; 111–115 are national emergency / child-protection codes;
 * 1022 is a provincial switchboard that needs the area code when dialled from a mobile.
 */

export type PhoneKind = 'landline' | 'mobile' | 'switchboard-1022' | 'toll-free' | 'premium' | 'emergency';

export interface PhoneNumber {
  kind: PhoneKind;
  /** Digits as dialled inside Vietnam, e.g. `02923820123`, `1022`, `18001096`. */
  digits: string;
  /** Local written form with dots, e.g. `0292.3820.123`, `1800.1096`, `1022`. */
  display: string;
  /** E.164 form for structured data, e.g. `+842923820123`; short codes stay as dialled. */
  e164: string;
  /** Value for an `href="tel:…"` link. */
  tel: string;
  /** For 1022: the form to dial from a mobile, e.g. `0292.1022`. */
  mobileDisplay?: string;
  mobileTel?: string;
}

/** Landline area codes have 2 digits (Hà Nội 24, TP.HCM 28) or 3 digits (Cần Thơ 292). */
const TWO_DIGIT_AREA_CODES = new Set(['24', '28']);

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

/** Keep digits only; accept +84 / 84 international prefixes for landlines and mobiles. */
function toNationalDigits(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (!/^[+\d][\d\s.()\-]*$/.test(trimmed)) return undefined;
  let digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) {
    if (!digits.startsWith('84')) return undefined;
    digits = `0${digits.slice(2)}`;
  } else if (digits.startsWith('84') && (digits.length === 11 || digits.length === 12)) {
    digits = `0${digits.slice(2)}`;
  }
  return digits;
}

/**
 * Parse a number as written in content. `areaCode` (without 0, e.g. "292") turns 1022 into the
 * form a mobile must dial. Returns `undefined` when the number fits none of the rules.
 */
export function parsePhone(raw: string, areaCode?: string): PhoneNumber | undefined {
  const digits = toNationalDigits(raw);
  if (!digits) return undefined;

  if (/^11[1-5]$/.test(digits)) {
    return { kind: 'emergency', digits, display: digits, e164: digits, tel: digits };
  }
  if (digits === '1022') {
    const base: PhoneNumber = { kind: 'switchboard-1022', digits, display: '1022', e164: '1022', tel: '1022' };
    if (areaCode && /^2\d{1,2}$/.test(areaCode)) {
      base.mobileDisplay = `0${areaCode}.1022`;
      base.mobileTel = `+84${areaCode}1022`;
      base.e164 = `+84${areaCode}1022`;
    }
    return base;
  }
  if (/^18(00)(\d{4}|\d{6})$/.test(digits)) {
    return { kind: 'toll-free', digits, display: groupService(digits), e164: `+84${digits}`, tel: digits };
  }
  if (/^19(00)(\d{4}|\d{6})$/.test(digits)) {
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
