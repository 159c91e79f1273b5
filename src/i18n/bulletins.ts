/** The weekly e-bulletin (bản tin điện tử CCHC): list, issue pages, email file, feed, errors. */
const dmy = (day: string) => day.split('-').reverse().join('/');

export const bulletins = {
  title: 'Bản tin điện tử cải cách hành chính',
  lead: 'Mỗi tuần có tin mới là một số bản tin, tổng hợp các tin, bài về cải cách hành chính đăng trong tuần (thứ Hai đến Chủ nhật). Có thể in, gửi qua thư điện tử hoặc theo dõi qua RSS.',
  issueName: (number: number, year: number) => `Bản tin CCHC số ${number}/${year}`,
  issueShort: (number: number, year: number) => `Số ${number}/${year}`,
  week: (start: string, end: string) => `Tuần từ ${dmy(start)} đến ${dmy(end)}`,
  articleCount: (count: number) => `${count} tin, bài`,
  current: 'Đang cập nhật',
  currentNote: (end: string) => `Tuần này chưa kết thúc: số bản tin sẽ có thêm tin, bài đăng đến hết Chủ nhật ${dmy(end)}.`,
  none: 'Chưa có số bản tin nào: bản tin được tạo từ các tuần có tin, bài đăng trên trang.',
  year: (year: number) => `Năm ${year}`,
  issueLead: (count: number, site: string) => `${count} tin, bài về cải cách hành chính của ${site} trong tuần.`,
  noteHeading: 'Lời ban biên tập',
  articlesHeading: 'Tin, bài trong số này',
  readMore: 'Đọc tiếp',
  emailLink: 'Bản để gửi thư điện tử (HTML)',
  emailHint: 'Mở tệp, chọn toàn bộ (Ctrl+A), sao chép rồi dán vào thư.',
  print: 'In bản tin (khổ A4)',
  previous: 'Số trước',
  next: 'Số sau',
  allIssues: 'Tất cả các số',
  feedTitle: (site: string) => `Bản tin điện tử CCHC – ${site}`,
  feedDescription: (site: string) => `Các số bản tin điện tử cải cách hành chính hằng tuần của ${site}.`,
  feedSummary: (count: number, start: string, end: string, titles: readonly string[]) =>
    `${count} tin, bài tuần từ ${dmy(start)} đến ${dmy(end)}: ${titles.join('; ')}`,
  feedLink: 'Theo dõi bản tin qua RSS',
  email: {
    from: (site: string) => `${site} gửi bản tin điện tử cải cách hành chính`,
    viewOnline: 'Xem bản tin trên trang',
    footer: (site: string, url: string) => `Bản tin do ${site} phát hành. Xem tất cả các số tại ${url}`,
  },
  errors: {
    noFields: (keys: readonly string[]) =>
      `lời ban biên tập chỉ gồm đoạn văn, không có trường nào ở phần đầu tệp; hãy bỏ ${keys.map((key) => `"${key}"`).join(', ')} (và hai dòng ---)`,
    noteName: (name: string) =>
      `tên tệp "${name}" phải là năm và số bản tin nối bằng dấu gạch, không có số 0 ở đầu số, ví dụ "2026-12" cho Bản tin số 12/2026`,
    noIssue: (number: number, year: number) =>
      `chưa có Bản tin số ${number}/${year} (tuần tương ứng chưa có tin, bài đã đăng); lời ban biên tập sẽ hiện khi số này có`,
  },
} as const;
