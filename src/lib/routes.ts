/**
 * Every URL the site generates, in one place. Paths are relative to the base path and end with
 * a slash (the content model's routes); `withBase` adds the sub-path such as `/cchc/`.
 */
export const routes = {
  home: () => '',
  /** The newest news; `page` is an archive page, counted from the oldest (src/lib/news-paging.ts). */
  newsList: (page?: number) => (page === undefined ? 'tin-tuc/' : `tin-tuc/trang/${page}/`),
  newsCategory: (category: string, page?: number) =>
    page === undefined ? `tin-tuc/chuyen-muc/${category}/` : `tin-tuc/chuyen-muc/${category}/trang/${page}/`,
  newsArticle: (id: string) => `tin-tuc/${id}/`,
  procedureList: () => 'thu-tuc/',
  procedureField: (fieldSlug: string, page = 1) =>
    page <= 1 ? `thu-tuc/linh-vuc/${fieldSlug}/` : `thu-tuc/linh-vuc/${fieldSlug}/trang/${page}/`,
  /** Procedures by online level; fully online keeps its first URL `thu-tuc/truc-tuyen/`. */
  procedureOnline: (level = 'toan-trinh', page = 1) => {
    const base = level === 'toan-trinh' ? 'thu-tuc/truc-tuyen/' : `thu-tuc/truc-tuyen/${level}/`;
    return page <= 1 ? base : `${base}trang/${page}/`;
  },
  /** Procedures carried out at one level (`tinh`, `xa`). */
  procedureLevel: (level: string, page = 1) => (page <= 1 ? `thu-tuc/cap/${level}/` : `thu-tuc/cap/${level}/trang/${page}/`),
  procedure: (id: string) => `thu-tuc/${id}/`,
  hotlines: () => 'duong-day-nong/',
  hotlinePoster: () => 'duong-day-nong/in/',
  hotlineVCard: (id: string) => `duong-day-nong/${id}.vcf`,
  models: () => 'mo-hinh/',
  model: (id: string) => `mo-hinh/${id}/`,
  modelArea: (area: string) => `mo-hinh/linh-vuc/${area}/`,
  modelYear: (year: number) => `mo-hinh/nam/${year}/`,
  contests: () => 'cuoc-thi/',
  contest: (id: string) => `cuoc-thi/${id}/`,
  /** The contest's results in another order (`diem`, `ten`, `don-vi`); by prize is the contest page. */
  contestResults: (id: string, order: string) => `cuoc-thi/${id}/ket-qua/${order}/`,
  contestWinners: (id: string) => `cuoc-thi/${id}/danh-sach-doat-giai/`,
  indices: () => 'chi-so/',
  search: () => 'tim-kiem/',
  documents: (page = 1) => (page <= 1 ? 'van-ban/' : `van-ban/trang/${page}/`),
  /** One filtered list of documents: `loai`, `co-quan`, `nam` or `tinh-trang`, then its value. */
  documentFilter: (filter: string, value: string | number, page = 1) =>
    page <= 1 ? `van-ban/${filter}/${value}/` : `van-ban/${filter}/${value}/trang/${page}/`,
  document: (id: string) => `van-ban/${id}/`,
  /** An attached file (its safe name) or the first-page picture, inside the document's folder. */
  documentFile: (id: string, name: string) => `van-ban/${id}/${name}`,
  documentsRss: () => 'van-ban/rss.xml',
  documentsAtom: () => 'van-ban/atom.xml',
  /** The communication plan of the year in plan.yaml, one unit's share, and the table as CSV. */
  plan: () => 'ke-hoach/',
  planUnit: (unit: string) => `ke-hoach/don-vi/${unit}/`,
  planCsv: (year: number) => `ke-hoach/ke-hoach-${year}.csv`,
  /** The weekly e-bulletin: the list, one issue, its email-ready file and the feed of issues. */
  bulletins: () => 'ban-tin/',
  bulletin: (year: number, number: number) => `ban-tin/${year}/${number}/`,
  bulletinEmail: (year: number, number: number) => `ban-tin/${year}/${number}/email.html`,
  bulletinsRss: () => 'ban-tin/rss.xml',
  bulletinsAtom: () => 'ban-tin/atom.xml',
  rss: () => 'rss.xml',
  atom: () => 'atom.xml',
  jsonFeed: () => 'feed.json',
} as const;

/** Join the base path (`/` or `/cchc/`) and a route. */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** Absolute URL for feeds, sitemaps, canonical and Open Graph tags. */
export function absoluteUrl(siteUrl: string, base: string, path: string): string {
  return new URL(withBase(base, path), siteUrl).href;
}
