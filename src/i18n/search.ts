/** Search page and results. */
export const search = {
  title: 'Tìm kiếm',
  lead: 'Tìm thủ tục, đường dây nóng, tin tức. Có thể gõ có dấu hoặc không dấu, gõ số điện thoại hoặc mã thủ tục.',
  noScript:
    'Trang tìm kiếm cần JavaScript. Bạn vẫn có thể xem danh sách thủ tục, đường dây nóng và tin tức qua các liên kết dưới đây.',
  types: {
    news: 'Tin tức',
    procedure: 'Thủ tục',
    hotline: 'Đường dây nóng',
    model: 'Mô hình',
    contest: 'Cuộc thi',
    document: 'Văn bản',
    page: 'Trang',
  },
  // Before the page of an attached file where the words are: "Có trong: Trang 3".
  foundIn: 'Có trong',
  filtersTitle: 'Lọc kết quả',
  // The line that unfolds the filters; says how many are in use (type, field, year, sort, archive).
  filtersSummary: (active: number) => (active > 0 ? `Lọc kết quả (đang dùng ${active})` : 'Lọc kết quả'),
  // Filters apply as soon as a menu changes; the button is for keyboard and screen-reader users who expect one.
  applyFilters: 'Áp dụng bộ lọc',
  filters: {
    type: 'Loại nội dung',
    field: 'Lĩnh vực thủ tục',
    category: 'Chuyên mục',
    unit: 'Đơn vị',
    year: 'Năm',
  },
  any: 'Tất cả',
  sort: 'Sắp xếp',
  sortRelevance: 'Phù hợp nhất',
  sortNewest: 'Mới nhất trước',
  clearFilters: 'Bỏ lọc',
  resultsLabel: 'Kết quả tìm kiếm',
  loading: 'Đang tìm…',
  count: (n: number, query: string) =>
    query ? `Tìm thấy ${n} kết quả cho “${query}”.` : `Có ${n} kết quả theo bộ lọc đã chọn.`,
  none: (query: string) =>
    query
      ? `Không tìm thấy kết quả nào cho “${query}”. Hãy thử gõ ít từ hơn, bỏ bớt bộ lọc, hoặc xem danh sách thủ tục và đường dây nóng.`
      : 'Không có kết quả nào theo bộ lọc đã chọn.',
  showing: (shown: number, total: number) => `Đang hiển thị ${shown}/${total} kết quả.`,
  more: 'Xem thêm kết quả',
  // Near-universal words are not used to narrow the results (planQuery in src/search/search-text.ts).
  skippedWords: (words: string[]) =>
    `Không dùng ${words.map((word) => `“${word}”`).join(', ')} để lọc kết quả vì ${words.length > 1 ? 'các từ này' : 'từ này'} có ở gần như mọi trang; các trang có đủ các từ bạn gõ được xếp trước.`,
  loadFailed:
    'Không tải được công cụ tìm kiếm. Hãy kiểm tra kết nối và tải lại trang, hoặc xem danh sách thủ tục, đường dây nóng và tin tức.',
  published: 'Ngày đăng',
  started: 'Bắt đầu',
  code: 'Mã thủ tục',
  call: 'Gọi',
  // The archive bundle (older news) is loaded only on request: a first search stays light on 3G.
  archiveBox: (day: string) => `Tìm cả tin đăng trước ngày ${day} (tải thêm dữ liệu)`,
  archiveHint: (day: string) => `Kết quả trên chưa gồm tin đăng trước ngày ${day}.`,
  archiveButton: 'Tìm cả tin cũ',
} as const;
