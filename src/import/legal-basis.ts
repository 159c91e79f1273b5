/**
 * Legal basis (căn cứ pháp lý) of a portal record: `{ code, name }` pairs where the code is free
 * text ("66.16/2026/NQ-CP ", "Thông tư số 106/2017/TT-BTC", "nghị định 146/2025") and the name
 * may carry the number, date and issuer ("Nghị định số 121/2025/NĐ-CP ngày 11/6/2025 của Chính
 * phủ quy định về …"). Split into the content contract's `{ code, title, date?, issuer? }`.
 */
import { cleanText } from '../lib/procedure-text.ts';

export interface LegalBasisEntry {
  code: string;
  title: string;
  /** `YYYY-MM-DD` */
  date?: string;
  issuer?: string;
}

/** Kinds of legal documents, as they open a name ("Thông tư số …", "Luật …"). */
const KINDS = [
  'Văn bản hợp nhất',
  'Nghị quyết liên tịch',
  'Thông tư liên tịch',
  'Nghị quyết',
  'Nghị định',
  'Thông tư',
  'Quyết định',
  'Pháp lệnh',
  'Hiến pháp',
  'Bộ luật',
  'Luật',
  'Chỉ thị',
  'Công văn',
  'Lệnh',
] as const;
const KIND_PATTERN = new RegExp(`^(${KINDS.join('|')})(?![\\p{L}\\d])`, 'iu');

/**
 * A document number: "01/2016/QH14", "66.16/2026/NQ-CP", "121/2025/NĐ-CP", "08/2025/TT-BTP",
 * or a short "146/2025" when the source gave no more. Letters after the year may include Đ.
 */
const NUMBER = /\d+(?:\.\d+)?\/\d{4}(?:\/[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*)?/u;

/** Kinds implied by the number when neither the code nor the name says it ("67/2013/NĐ-CP"). */
const KIND_BY_SUFFIX: readonly [RegExp, string][] = [
  [/\/(?:QH|UBTVQH)\d*$/u, 'Luật'],
  [/\/NĐ-/u, 'Nghị định'],
  [/\/NQ-/u, 'Nghị quyết'],
  [/\/TTLT-/u, 'Thông tư liên tịch'],
  [/\/TT-/u, 'Thông tư'],
  [/\/QĐ-/u, 'Quyết định'],
  [/\/CT-/u, 'Chỉ thị'],
];

/** Issuers implied by the suffix of a number when the name does not say "của …". */
const ISSUER_BY_SUFFIX: readonly [RegExp, string][] = [
  [/\/QH\d*$/u, 'Quốc hội'],
  [/\/UBTVQH\d*$/u, 'Ủy ban Thường vụ Quốc hội'],
  [/\/(?:NĐ|NQ)-CP$/u, 'Chính phủ'],
  [/\/(?:QĐ|CT)-TTg$/u, 'Thủ tướng Chính phủ'],
  [/-BTP$/u, 'Bộ Tư pháp'],
  [/-BTC$/u, 'Bộ Tài chính'],
  [/-BCA$/u, 'Bộ Công an'],
  [/-BCT$/u, 'Bộ Công Thương'],
  [/-BXD$/u, 'Bộ Xây dựng'],
  [/-BYT$/u, 'Bộ Y tế'],
  [/-BGDĐT$/u, 'Bộ Giáo dục và Đào tạo'],
  [/-BNNMT$/u, 'Bộ Nông nghiệp và Môi trường'],
  [/-BKHCN$/u, 'Bộ Khoa học và Công nghệ'],
  [/-BNV$/u, 'Bộ Nội vụ'],
  [/-NHNN$/u, 'Ngân hàng Nhà nước Việt Nam'],
];

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(day: number, month: number, year: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "ngày 12/6/2025" or "ngày 15 tháng 5 năm 2016" at the start of the text. */
const DATE_AT_START = /^\s*ngày\s+(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/iu;

/** Where the issuer's name ends: the verb that starts the title, or punctuation. */
const ISSUER_END = /\s+(?=(?:quy định|về|sửa đổi|ban hành|hướng dẫn|bãi bỏ|phê duyệt|công bố|thay thế|quy chế)(?![\p{L}\d]))|[,;:(]/u;

/** The normal form used to recognise the same document twice: no spaces, "số", case. */
export const legalBasisKey = (code: string) => code.toLocaleUpperCase('vi').replace(/\s+/g, '').replace(/^SỐ/u, '');

/** "Quy định về …" after "Thông tư" reads "Thông tư quy định về …"; names ("Sơn La") keep their capital. */
const lowerVerb = (text: string) =>
  text.replace(/^(?:Quy định|Quy chế|Sửa đổi|Ban hành|Hướng dẫn|Về|Bãi bỏ|Phê duyệt|Công bố|Thay thế|Bổ sung)(?![\p{L}\d])/u, (word) =>
    word.toLocaleLowerCase('vi'),
  );

function findNumber(text: string): string | undefined {
  return NUMBER.exec(text)?.[0];
}

/** One `{ name, code }` of the portal as the content contract's legal-basis entry. */
export function parseLegalBasis(rawCode: unknown, rawName: unknown): LegalBasisEntry | undefined {
  const codeText = cleanText(String(rawCode ?? '')).replace(/[.;,]+$/u, '');
  const name = cleanText(String(rawName ?? '')).replace(/[;,]+$/u, '');
  if (!codeText && !name) return undefined;

  // The number: from the code field, or (when the code is short or words) the fuller one in the name.
  let code = findNumber(codeText) ?? '';
  const inName = findNumber(name);
  if (inName && (!code || (inName.startsWith(code) && inName.length > code.length))) code = inName;
  if (!code) code = codeText.replace(/^(?:số)\s+/iu, '') || name;

  const kind = (KIND_PATTERN.exec(codeText)?.[1] ?? KIND_PATTERN.exec(name)?.[1])?.replace(/^./u, (c) => c.toUpperCase());
  const kindOf = kind ?? KIND_BY_SUFFIX.find(([pattern]) => pattern.test(code))?.[1];

  let date: string | undefined;
  let issuer: string | undefined;
  let title = name;
  const at = name.indexOf(code);
  if (at >= 0) {
    // Only a date written right after this document's own number is its date ("… ngày 15/5/2016"
    // further on usually belongs to another document the title mentions). The source sometimes
    // glues the word on ("53/2025/TT-BCAngày").
    let rest = name.slice(at + code.length);
    const dated = DATE_AT_START.exec(rest);
    if (dated) {
      date = dated[1]
        ? isoDate(Number(dated[1]), Number(dated[2]), Number(dated[3]))
        : isoDate(Number(dated[4]), Number(dated[5]), Number(dated[6]));
      rest = rest.slice(dated[0].length);
    }
    const of = /^\s*của\s+/iu.exec(rest);
    if (of) {
      const after = rest.slice(of[0].length);
      const end = ISSUER_END.exec(after);
      issuer = cleanText(end ? after.slice(0, end.index) : after) || undefined;
      rest = end ? after.slice(end.index) : '';
    }
    // The title is the document's kind and subject: "Thông tư quy định về …" instead of repeating
    // the number, date and issuer that now have their own fields.
    const subject = cleanText(rest.replace(/^[\s,;:–-]+/u, ''));
    const before = cleanText(name.slice(0, at).replace(/\s+số\s*$/iu, ''));
    if (subject && (before === '' || KIND_PATTERN.test(before))) title = cleanText(`${before || kindOf || ''} ${lowerVerb(subject)}`);
  } else if (kindOf && name && !KIND_PATTERN.test(name)) {
    // "quy định mức thu …" under the code "Thông tư số 106/2017/TT-BTC", or "Quy định chi tiết …"
    // under "67/2013/NĐ-CP": give the title its kind.
    title = `${kindOf} ${lowerVerb(name)}`;
  }
  title = title.replace(/[.;,]+$/u, '');
  if (!title || legalBasisKey(title) === legalBasisKey(code)) title = kindOf ? `${kindOf} số ${code}` : code;
  if (!issuer) issuer = ISSUER_BY_SUFFIX.find(([pattern]) => pattern.test(code))?.[1];
  title = title.replace(/^./u, (c) => c.toUpperCase());
  return { code, title, ...(date && { date }), ...(issuer && { issuer }) };
}

/** Every entry of `legalBasisesDetails`, parsed, the same document kept once (the fuller one). */
export function parseLegalBases(details: unknown): LegalBasisEntry[] {
  if (!Array.isArray(details)) return [];
  const byKey = new Map<string, LegalBasisEntry>();
  for (const item of details) {
    if (!item || typeof item !== 'object') continue;
    const { code, name } = item as { code?: unknown; name?: unknown };
    const entry = parseLegalBasis(code, name);
    if (!entry) continue;
    const key = legalBasisKey(entry.code);
    const known = byKey.get(key);
    const weight = (e: LegalBasisEntry) => (e.date ? 2 : 0) + (e.issuer ? 1 : 0) + e.title.length / 10_000;
    if (!known || weight(entry) > weight(known)) byKey.set(key, entry);
  }
  return [...byKey.values()];
}
