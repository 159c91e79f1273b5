/** Hotlines (đường dây nóng) and feedback. */
export const hotlines = {
  title: 'Đường dây nóng',
  lead: 'Số điện thoại tiếp nhận phản ánh, kiến nghị và hỗ trợ về thủ tục hành chính.',
  blockTitle: 'Cần hỗ trợ? Gọi đường dây nóng',
  scopes: { xa: 'Cấp xã', tinh: 'Cấp tỉnh, thành phố', 'quoc-gia': 'Toàn quốc' },
  call: 'Gọi',
  callNumber: (name: string, number: string) => `Gọi ${name}: ${number}`,
  hours: 'Thời gian',
  topics: 'Tiếp nhận',
  otherChannels: 'Kênh khác',
  email: 'Thư điện tử',
  zalo: 'Zalo',
  web: 'Trang web',
  allHotlines: 'Tất cả đường dây nóng',
  fromMobile: 'Gọi từ điện thoại di động:',
  feedbackTitle: 'Gửi phản ánh, kiến nghị',
  feedbackLead:
    'Bạn có thể phản ánh, kiến nghị về quy định hành chính và việc giải quyết thủ tục hành chính qua Cổng Dịch vụ công. Hệ thống cấp mã số để bạn theo dõi kết quả xử lý.',
  feedbackLink: 'Gửi phản ánh, kiến nghị trực tuyến',
} as const;
