/** News (tin tức) lists and articles. */
export const news = {
  title: 'Tin tức cải cách hành chính',
  latest: 'Tin mới',
  categories: 'Chuyên mục',
  allCategories: 'Tất cả chuyên mục',
  /** The control that unfolds the categories on a phone, naming the one shown. */
  categoryToggle: (name: string) => `Chuyên mục: ${name}`,
  category: 'Chuyên mục',
  unit: 'Đơn vị đăng',
  author: 'Tác giả',
  tags: 'Từ khóa',
  related: 'Tin cùng chuyên mục',
  empty: 'Chưa có tin nào trong chuyên mục này.',
  /** Archive pages are counted from the oldest article (src/lib/news-paging.ts). */
  archive: {
    label: 'Các trang tin',
    newer: 'Tin mới hơn',
    older: 'Tin cũ hơn',
    latest: 'Tin mới nhất',
    page: (n: number) => `Trang ${n}`,
    heading: (n: number) => `trang ${n}`,
    span: (from: string, to: string) => (from === to ? `Tin đăng ngày ${from}.` : `Tin đăng từ ngày ${from} đến ngày ${to}.`),
    order: 'Trang 1 là những tin cũ nhất.',
  },
  categoryNames: {
    'chi-dao-dieu-hanh': 'Chỉ đạo, điều hành',
    'cai-cach-the-che': 'Cải cách thể chế',
    'cai-cach-tthc': 'Cải cách thủ tục hành chính',
    'cai-cach-bo-may': 'Cải cách tổ chức bộ máy',
    'cai-cach-cong-vu': 'Cải cách chế độ công vụ',
    'cai-cach-tai-chinh-cong': 'Cải cách tài chính công',
    'chinh-phu-so': 'Chính phủ điện tử, Chính phủ số',
  },
  draftBadge: 'Bản nháp',
  scheduledBadge: 'Chưa đăng',
} as const;
