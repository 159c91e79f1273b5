/**
 * `npm run import` (`npm run nhap-thu-tuc`): bringing procedures in from the national procedure
 * database. Read by a commune's IT official in a terminal window: what was read, what changed,
 * and, when something is wrong, which file and which record to look at.
 */
export const importer = {
  usage: [
    'Cách dùng: npm run nhap-thu-tuc -- <tệp hoặc thư mục> [<tệp hoặc thư mục> …] [tùy chọn]',
    '',
    'Nhập thủ tục hành chính vào content/procedures/ từ:',
    '  • bản ghi JSON của Cổng Dịch vụ công quốc gia (một thư mục các tệp *.json, hoặc một tệp chứa danh sách);',
    '  • tệp Excel danh sách thủ tục xuất từ Cơ sở dữ liệu quốc gia (*.xlsx: Mã số | Tên | Cơ quan ban hành | Cơ quan thực hiện | Lĩnh vực).',
    '',
    'Tùy chọn:',
    '  --thu, --dry-run          chạy thử: chỉ báo cáo sẽ thêm, sửa gì, không ghi tệp nào',
    '  --noi-dung <thư mục>      thư mục nội dung (mặc định content/ hoặc biến CONTENT_DIR); cũng viết --content',
    '  --cap <tinh|xa>           cấp thực hiện cho dòng Excel mà cột "Cơ quan thực hiện" không cho biết cấp; cũng viết --level',
    '  --giup, --help            in hướng dẫn này',
    '',
    'Nhập lại nhiều lần vẫn an toàn: phần nội dung viết tay (sau dấu ---) và các trường ghi trong',
    '"local" của từng tệp được giữ nguyên; tệp không còn trong nguồn chỉ được liệt kê, không bị xóa.',
    '',
    'Ví dụ:',
    '  npm run nhap-thu-tuc -- ../du-lieu/dvcqg --thu',
    '  npm run nhap-thu-tuc -- ../du-lieu/dvcqg ../du-lieu/danh-sach-tthc.xlsx',
  ].join('\n'),
  errorPrefix: 'LỖI',
  nothingWritten: 'Chưa ghi tệp nào: hãy sửa lỗi rồi chạy lại lệnh.',
  noInput: 'chưa chỉ ra tệp hoặc thư mục cần nhập.',
  badLevel: (value: string) => `cấp "${value}" không hợp lệ; dùng tinh hoặc xa (có thể ghi cả hai: tinh,xa).`,
  unknownOption: (message: string) => `tùy chọn không hợp lệ (${message}).`,

  // Reading the sources.
  pathMissing: (path: string) => `không tìm thấy "${path}".`,
  folderEmpty: (path: string) => `thư mục "${path}" không có tệp .json hay .xlsx nào.`,
  unsupportedFile: (path: string) => `tệp "${path}" không phải .json hay .xlsx, không nhập được.`,
  brokenJson: (file: string, detail: string) => `tệp "${file}" không phải JSON hợp lệ (${detail}).`,
  noRecords: (file: string) =>
    `tệp "${file}" không chứa bản ghi thủ tục nào (cần một bản ghi có "code" và "name", hoặc một danh sách các bản ghi như vậy).`,
  notARecord: (where: string) => `${where}: không phải một bản ghi thủ tục (cần một đối tượng JSON).`,
  brokenXlsx: (file: string, detail: string) => `tệp "${file}" không đọc được như tệp Excel .xlsx (${detail}).`,
  noHeader: (file: string) =>
    `tệp "${file}" không có dòng tiêu đề "Mã số | Tên | Cơ quan ban hành | Cơ quan thực hiện | Lĩnh vực": không biết cột nào là cột nào.`,

  // Naming a record in messages.
  recordAt: (file: string, index: number | undefined, code: string | undefined) =>
    `tệp "${file}"${index === undefined ? '' : `, bản ghi thứ ${index + 1}`}${code ? ` (mã ${code})` : ''}`,
  rowAt: (file: string, row: number, code: string | undefined) =>
    `tệp "${file}", dòng ${row}${code ? ` (mã ${code})` : ''}`,
  missingCode: 'không có mã thủ tục ("code")',
  badCode: (code: string) => `mã thủ tục "${code}" không đúng dạng 1.001193 hoặc 1.000494.000.00.00.H29`,
  missingTitle: 'không có tên thủ tục',
  missingField: 'không có lĩnh vực',
  missingAgency: 'không có cơ quan thực hiện',
  missingResult: 'không có kết quả thực hiện',
  noDocuments: 'không có thành phần hồ sơ nào (chỉ có ghi chú hoặc để trống)',
  invalidOutput: (where: string, problems: readonly string[]) =>
    `${where}: bản ghi chuyển sang tệp thủ tục không hợp lệ:\n${problems.map((line) => `    - ${line}`).join('\n')}`,

  // Values written into the procedure files.
  timeUnits: { WORKING_DAY: 'ngày làm việc', DAY: 'ngày', HOUR: 'giờ', MONTH: 'tháng', YEAR: 'năm' } as Record<string, string>,
  free: 'Miễn phí',
  currency: 'đồng',

  // Notices shown in the report (not errors).
  timeFromDescription: (code: string) => `${code}: thời hạn giải quyết không có số ngày, lấy theo phần mô tả của cổng`,
  timeMissing: (code: string) => `${code}: cổng không ghi thời hạn giải quyết (cả số ngày lẫn mô tả)`,
  feeFromDescription: (code: string) => `${code}: lệ phí ghi 0 đồng nhưng phần mô tả nói khác, giữ nguyên lời mô tả`,
  duplicateRecord: (code: string, file: string) => `${code}: có nhiều bản ghi cùng mã, dùng bản ghi trong ${file}`,
  skippedLevel: (where: string) => `${where}: bỏ qua vì không thuộc cấp tỉnh hay cấp xã`,
  unreadableExisting: (file: string, message: string) =>
    `procedures/${file}: không đọc được (${message}); tệp này được để nguyên, không so khớp theo mã`,

  // The report.
  reportTitle: (dryRun: boolean) => (dryRun ? 'CHẠY THỬ — không ghi tệp nào. Nếu chạy thật sẽ:' : 'Kết quả nhập thủ tục:'),
  read: (records: number, rows: number) => `Đã đọc ${records} bản ghi chi tiết và ${rows} dòng danh sách.`,
  added: 'Thêm mới',
  changed: 'Thay đổi',
  unchanged: 'Không đổi',
  missing: 'Không còn trong nguồn (giữ nguyên, không xóa)',
  skipped: 'Bỏ qua',
  notices: 'Ghi chú',
  skippedHint:
    'Các dòng bị bỏ qua có cột "Cơ quan thực hiện" không nêu cấp tỉnh hay cấp xã (thường là thủ tục cấp trung ương). Nếu đó là thủ tục của đơn vị mình, chạy lại với --cap tinh hoặc --cap xa.',
  changedFields: (fields: readonly string[]) => `trường: ${fields.join(', ')}`,
  keptLocal: (fields: readonly string[]) => `giữ sửa tay: ${fields.join(', ')}`,
  summary: (added: number, changed: number, unchanged: number, missing: number) =>
    `Tổng: ${added} thêm mới, ${changed} thay đổi, ${unchanged} không đổi, ${missing} không còn trong nguồn.`,
  written: (count: number, dir: string) => `Đã ghi ${count} tệp vào ${dir}. Chạy "npm run check" để kiểm tra lại.`,
  dryRunDone: 'Chạy thử xong: chưa ghi gì. Bỏ --thu để nhập thật.',
  moreLines: (count: number) => `… và ${count} mục nữa`,
} as const;
