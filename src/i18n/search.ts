/** Search page and results. */
export const search = {
  title: 'Tìm kiếm',
  lead: 'Tìm thủ tục, đường dây nóng, tin tức. Có thể gõ có dấu hoặc không dấu.',
  noScript:
    'Trang tìm kiếm cần JavaScript. Bạn vẫn có thể xem danh sách thủ tục, đường dây nóng và tin tức qua các liên kết dưới đây.',
  types: {
    news: 'Tin tức',
    procedure: 'Thủ tục',
    hotline: 'Đường dây nóng',
    model: 'Mô hình',
    contest: 'Cuộc thi',
    page: 'Trang',
  },
} as const;
