/**
 * Controlled vocabularies of the content model. Values are the ASCII ids editors type;
 * the Vietnamese labels live in src/i18n.
 */

/** The six reform areas of NQ 76/NQ-CP (2021–2030) plus "Chỉ đạo, điều hành". */
export const NEWS_CATEGORIES = [
  'chi-dao-dieu-hanh',
  'cai-cach-the-che',
  'cai-cach-tthc',
  'cai-cach-bo-may',
  'cai-cach-cong-vu',
  'cai-cach-tai-chinh-cong',
  'chinh-phu-so',
] as const;
export type NewsCategory = (typeof NEWS_CATEGORIES)[number];

export const SITE_LEVELS = ['tinh', 'xa', 'so-nganh'] as const;
/** Two-level local government since 1 July 2025: province and commune. */
export const PROCEDURE_LEVELS = ['tinh', 'xa'] as const;
export const ONLINE_LEVELS = ['toan-trinh', 'mot-phan', 'khong'] as const;
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];
export const CHANNELS = ['truc-tiep', 'truc-tuyen', 'buu-chinh'] as const;
export type Channel = (typeof CHANNELS)[number];
export const HOTLINE_SCOPES = ['xa', 'tinh', 'quoc-gia'] as const;
export type HotlineScope = (typeof HOTLINE_SCOPES)[number];
export const CONTEST_FORMATS = ['truc-tuyen', 'truc-tiep'] as const;
export const KNOWN_PRIZES = ['nhat', 'nhi', 'ba', 'khuyen-khich'] as const;
export const INDEX_KINDS = ['par-index', 'sipas', 'papi', 'pci', 'ddci'] as const;
export type IndexKind = (typeof INDEX_KINDS)[number];

/** Mã thủ tục: national `1.001193` or localized `1.000494.000.00.00.H29`. */
export const PROCEDURE_CODE_PATTERN = /^\d\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})?$/;

/** Default place for phản ánh, kiến nghị: the national public-service portal's feedback page. */
export const NATIONAL_FEEDBACK_URL = 'https://dichvucong.gov.vn/p/phananhkiennghi/pakn-gui-pakn.html';

/** News ids that would collide with list routes under /tin-tuc/. */
export const RESERVED_NEWS_IDS = ['trang', 'chuyen-muc'] as const;
export const RESERVED_PROCEDURE_IDS = ['linh-vuc', 'truc-tuyen', 'cap'] as const;
/** Model ids that would collide with the filter pages /mo-hinh/linh-vuc/… and /mo-hinh/nam/…. */
export const RESERVED_MODEL_IDS = ['linh-vuc', 'nam'] as const;
