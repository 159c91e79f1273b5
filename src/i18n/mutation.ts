/** Words of `npm run mutation` (mutation testing of the modules that guard safety, issue 14). */
export const mutation = {
  unknownGroup: (name: string, known: string[]) => `Không có nhóm "${name}". Các nhóm: ${known.join(', ')}.`,
  running: (name: string, index: number, total: number) => `Nhóm ${index}/${total}: ${name}…`,
  nothingToMutate: (globs: string[]) => `Bỏ qua: chưa có tệp ${globs.join(', ')}.`,
  failed: (name: string, code: number | null) => `Stryker dừng với lỗi ở nhóm ${name} (mã ${code ?? 'không rõ'}). Xem nhật ký ở trên.`,
  noReport: (file: string) => `Không thấy báo cáo ${file}.`,
  title: (date: string, commit: string) => `Điểm kiểm thử đột biến, ${date}, commit ${commit}`,
  columns: ['Nhóm', 'Tệp', 'Điểm', 'Bị giết', 'Hết giờ', 'Sống sót', 'Không được chạy tới', 'Mục tiêu'],
  reached: 'đạt',
  below: 'CHƯA đạt',
  written: (file: string) => `Đã ghi bảng điểm: ${file} (báo cáo chi tiết từng nhóm: index.html trong cùng thư mục).`,
};
