/** Contests (cuộc thi) and results. */
const count = (value: number) => value.toLocaleString('vi-VN');

export const contests = {
  title: 'Cuộc thi tìm hiểu cải cách hành chính',
  lead: 'Các cuộc thi tìm hiểu, sáng tác về cải cách hành chính dành cho cán bộ, công chức và Nhân dân, cùng kết quả đã công bố.',
  current: 'Cuộc thi đang diễn ra',
  past: 'Cuộc thi đã kết thúc',
  upcoming: 'Cuộc thi sắp diễn ra',
  status: { current: 'Đang diễn ra', upcoming: 'Sắp diễn ra', past: 'Đã kết thúc' },
  organizer: 'Đơn vị tổ chức',
  period: 'Thời gian',
  from: 'Từ',
  to: 'đến',
  until: 'Hạn cuối',
  format: 'Hình thức',
  formats: { 'truc-tuyen': 'Thi trực tuyến', 'truc-tiep': 'Thi trực tiếp' },
  participants: 'Số người tham gia',
  participantsTotal: (total: number) => `${count(total)} người tham gia`,
  officials: 'Cán bộ, công chức, viên chức',
  citizens: 'Người dân',
  total: 'Tổng cộng',
  audience: 'Đối tượng',
  headcount: 'Số người',
  share: 'Tỷ lệ',
  people: 'người',
  participationChartTitle: 'Số người tham gia theo đối tượng',
  describeParticipation: (officials: number, citizens: number) => {
    const total = officials + citizens;
    const pct = (part: number) => (total > 0 ? Math.round((part / total) * 1000) / 10 : 0).toLocaleString('vi-VN');
    return `Biểu đồ cột: ${count(officials)} cán bộ, công chức, viên chức (${pct(officials)}%) và ${count(citizens)} người dân (${pct(citizens)}%), tổng cộng ${count(total)} người.`;
  },
  percent: (part: number, total: number) =>
    `${(total > 0 ? Math.round((part / total) * 1000) / 10 : 0).toLocaleString('vi-VN')}%`,
  results: 'Kết quả',
  resultsOf: (title: string) => `Kết quả: ${title}`,
  winnersCount: (n: number) => `${count(n)} giải`,
  hasResults: 'Đã công bố kết quả',
  prize: 'Giải',
  name: 'Họ và tên',
  unit: 'Đơn vị',
  group: 'Bảng',
  score: 'Điểm',
  allGroups: 'Tất cả',
  prizes: { nhat: 'Giải Nhất', nhi: 'Giải Nhì', ba: 'Giải Ba', 'khuyen-khich': 'Giải Khuyến khích' },
  noResults: 'Chưa công bố kết quả.',
  noContests: 'Chưa có cuộc thi nào.',
  sortBy: 'Sắp xếp bảng kết quả theo',
  sortHint: 'Bấm vào tên cột để sắp xếp lại bảng.',
  sortOrders: {
    giai: 'giải (mặc định)',
    diem: 'điểm, cao đến thấp',
    ten: 'tên, theo thứ tự chữ cái',
    'don-vi': 'đơn vị, theo thứ tự chữ cái',
  },
  sortedBy: (order: string) => `Đang sắp xếp theo ${order}`,
  backToContest: 'Quay lại trang cuộc thi',
  printWinners: 'Danh sách đoạt giải để in',
  printHint: 'Dùng lệnh In của trình duyệt (Ctrl + P, hoặc Chia sẻ → In trên điện thoại) để in danh sách này trên khổ A4.',
  certificate: {
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    heading: 'DANH SÁCH CÁ NHÂN, TẬP THỂ ĐOẠT GIẢI',
    organizedBy: (organizer: string) => `Ban Tổ chức: ${organizer}`,
    congratulations: 'Ban Tổ chức trân trọng chúc mừng các cá nhân, tập thể đoạt giải.',
    pageTitle: (title: string) => `Danh sách đoạt giải – ${title}`,
  },
  latestContest: 'Cuộc thi mới nhất',
  csv: {
    empty: 'tệp CSV trống, cần dòng tiêu đề prize,name,unit,group,score và ít nhất một dòng kết quả',
    unreadable: 'không đọc được tệp CSV',
    quoteNotClosed: 'có dấu ngoặc kép (") mở mà chưa đóng; ô có dấu phẩy phải đặt trong cặp ngoặc kép',
    badQuote: 'dấu ngoặc kép (") đặt sai chỗ; ô có dấu phẩy phải đặt trọn trong cặp ngoặc kép',
    unknownColumn: (name: string, position: number) =>
      `cột thứ ${position} "${name}" không có trong mẫu; các cột hợp lệ: prize, name, unit, group, score`,
    duplicateColumn: (name: string) => `cột "${name}" bị lặp lại`,
    missingColumn: (name: string) => `thiếu cột bắt buộc "${name}"`,
    tooManyCells: (expected: number, got: number) =>
      `cần ${expected} cột, dòng này có ${got} cột (ô có dấu phẩy phải đặt trong ngoặc kép, ví dụ "Cán bộ, công chức")`,
    unknownPrize: (got: string, known: readonly string[], suggestion?: string) =>
      `giải "${got}" không có trong danh sách (${known.join(', ')})` +
      (suggestion ? `; có phải là "${suggestion}"?` : '') +
      '. Giải khác thì ghi rõ bằng tiếng Việt, ví dụ "Giải Triển vọng"',
    negativeScore: (got: string) => `điểm không được âm, nhận được "${got}"`,
  },
} as const;
