/**
 * Văn bản (plans, decisions, reports…): vocabulary and pure helpers shared by the schema, the
 * checker, the pages and the cross-links. No file system here; see src/documents/ for that.
 */
import { slugify, uniqueSlug } from './slug.ts';

export const DOCUMENT_TYPES = [
  'ke-hoach',
  'quyet-dinh',
  'cong-van',
  'bao-cao',
  'thong-bao',
  'chi-thi',
  'nghi-quyet',
  'huong-dan',
  'khac',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_STATUSES = ['con-hieu-luc', 'het-hieu-luc-mot-phan', 'het-hieu-luc'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Attached files the site can read the words of and show a preview of. */
export const DOCUMENT_FILE_EXTENSIONS = ['pdf', 'docx', 'xlsx'] as const;
export type DocumentFileKind = (typeof DOCUMENT_FILE_EXTENSIONS)[number];

export const DOCUMENT_MIME: Record<DocumentFileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Ids that would collide with the list routes under /van-ban/. */
export const RESERVED_DOCUMENT_IDS = ['trang', 'loai', 'co-quan', 'nam', 'tinh-trang'] as const;

/**
 * Số ký hiệu, written leniently: a serial (`246`, `05a`), an optional year (`/2026`), then the
 * type abbreviation and issuing body in capitals joined by hyphens (`KH-UBND`, `QĐ-TTg`,
 * `NĐ-CP`, `NQ/TW`). Decree 30/2020/NĐ-CP is the rule; older Party and Government forms
 * (`05-NQ/TW`) and a lower-case letter inside an abbreviation (`TTg`) are accepted too.
 */
const ABBREVIATION = String.raw`\p{Lu}[\p{L}\d]*(?:[-/.&][\p{L}\d]+)*`;
export const DOCUMENT_NUMBER_PATTERN = new RegExp(String.raw`^\d+[a-z]?(?:/(?:19|20|21)\d{2})?[/-]${ABBREVIATION}$`, 'u');

/** The same shape inside running text, for cross-links ("Căn cứ Quyết định số 15/2026/QĐ-UBND…"). */
const NUMBER_IN_TEXT = new RegExp(String.raw`(?<![\p{L}\d/.-])\d+[a-z]?(?:/(?:19|20|21)\d{2})?/${ABBREVIATION}`, 'gu');

export function isDocumentNumber(value: string): boolean {
  return DOCUMENT_NUMBER_PATTERN.test(value.normalize('NFC').trim());
}

/**
 * The form two writings of one number share: NFC, no spaces, capitals (`246/kh-ubnd` and
 * `246 / KH-UBND` are the same document). `Đ` stays `Đ`: `QĐ` and `QD` are both in use, so `Đ` is
 * folded to `D` as well.
 */
export function documentNumberKey(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, '').toUpperCase().replace(/Đ/g, 'D');
}

/**
 * Every document number written in a text, in order. A line break right after a `/` or `-`
 * (a PDF line ending inside "21/2025/QĐ-⏎UBND") is closed up first.
 */
export function findDocumentNumbers(text: string): string[] {
  const joined = text.normalize('NFC').replace(/([/-])[ \t]*\r?\n[ \t]*/g, '$1');
  return [...joined.matchAll(NUMBER_IN_TEXT)].map((match) => match[0].replace(/[.-]+$/, ''));
}

/** The year of a number with one (`15/2026/QĐ-UBND` → 2026). */
export function yearOfNumber(value: string): number | undefined {
  const match = /^\d+[a-z]?\/((?:19|20|21)\d{2})\//.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}

export function fileKindOf(path: string): DocumentFileKind | undefined {
  const extension = path.split('.').pop()?.toLowerCase();
  return (DOCUMENT_FILE_EXTENSIONS as readonly string[]).includes(extension ?? '') ? (extension as DocumentFileKind) : undefined;
}

/**
 * Names the attached files get on the site: an ASCII slug of the name as written plus its
 * lower-case extension, unique within the document (`Kế hoạch số 1.PDF` → `ke-hoach-so-1.pdf`).
 * Editors' names may hold spaces, marks or `..`; none of that reaches a URL or the output folder.
 */
export function safeFileNames(paths: readonly string[]): string[] {
  const taken: string[] = [];
  return paths.map((path) => {
    const name = path.split(/[\\/]/).pop() ?? path;
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const extension = dot > 0 ? name.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, '') : '';
    const slug = uniqueSlug(slugify(stem) || 'tep', taken.map((n) => n.replace(/\.[^.]*$/, '')));
    const safe = extension ? `${slug}.${extension}` : slug;
    taken.push(safe);
    return safe;
  });
}

/** schema.org legislationLegalForce for a status. */
export const LEGAL_FORCE: Record<DocumentStatus, string> = {
  'con-hieu-luc': 'InForce',
  'het-hieu-luc-mot-phan': 'PartiallyInForce',
  'het-hieu-luc': 'NotInForce',
};

/** "1,2 MB", "48 KB": sizes as Vietnamese readers write them (decimal comma). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value >= 10 ? Math.round(value).toString() : value.toFixed(1).replace('.', ',').replace(/,0$/, '');
  return `${shown} ${units[unit]}`;
}
