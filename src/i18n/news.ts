/** News (tin tức) lists and articles. */
export const news = {
  title: 'Tin tức cải cách hành chính',
  latest: 'Tin mới',
  categories: 'Chuyên mục',
  allCategories: 'Tất cả chuyên mục',
  category: 'Chuyên mục',
  unit: 'Đơn vị đăng',
  author: 'Tác giả',
  tags: 'Từ khóa',
  related: 'Tin cùng chuyên mục',
  empty: 'Chưa có tin nào trong chuyên mục này.',
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
