/**
 * Messages for content errors. An editor reads them: each says what the field should hold,
 * in plain Vietnamese, and shows what was found so the typo can be spotted.
 */
const show = (value: unknown): string => {
  if (value === undefined) return 'không có';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

export const errors = {
  show,
  required: 'thiếu trường bắt buộc',
  expectedText: (got: unknown) => `cần một đoạn văn bản, nhận được ${show(got)}`,
  emptyText: 'không được để trống',
  expectedNumber: (got: unknown) => `cần một số, nhận được ${show(got)}`,
  expectedInteger: (got: unknown) => `cần một số nguyên không âm, nhận được ${show(got)}`,
  expectedYear: (got: unknown) => `cần một năm có 4 chữ số, ví dụ 2025, nhận được ${show(got)}`,
  expectedBoolean: (got: unknown) => `cần true hoặc false, nhận được ${show(got)}`,
  expectedList: (got: unknown) => `cần một danh sách (mỗi mục một dòng bắt đầu bằng "- "), nhận được ${show(got)}`,
  emptyList: 'danh sách không được để trống',
  // synonyms.yaml (src/schemas/synonyms.ts)
  synonymsTooFew: 'cần ít nhất 2 từ hoặc cụm từ được coi là như nhau khi tìm kiếm',
  synonymsGroup: (got: unknown) => `mỗi nhóm cần dạng "- words: [từ 1, từ 2]", nhận được ${show(got)}`,
  synonymsUnknownKey: 'mỗi nhóm chỉ có trường "words" (danh sách các từ đồng nghĩa)',
  expectedObject: (got: unknown) => `cần một nhóm trường, nhận được ${show(got)}`,
  /** Unknown field names, each with the known name it is closest to (a misspelling), if any. */
  unknownFields: (found: readonly (readonly [string, string | undefined])[], known: readonly string[]) => {
    const each = found.map(([name, nearest]) => (nearest ? `"${name}" (có phải là "${nearest}"?)` : `"${name}"`));
    const guessed = found.every(([, nearest]) => nearest !== undefined);
    return (
      `${found.length > 1 ? 'các trường' : 'trường'} ${each.join(', ')} không có trong mẫu nội dung; ` +
      (guessed ? 'hãy sửa lại tên trường' : `các trường dùng được ở đây: ${known.join(', ')}`)
    );
  },
  expectedDate: (got: unknown) => `cần ngày dạng YYYY-MM-DD, ví dụ 2025-07-15, nhận được ${show(got)}`,
  expectedOneOf: (allowed: readonly string[], got: unknown) =>
    `cần một trong các giá trị: ${allowed.join(', ')}; nhận được ${show(got)}`,
  expectedUrl: (got: unknown) => `cần một địa chỉ web đầy đủ bắt đầu bằng https:// hoặc http://, nhận được ${show(got)}`,
  expectedEmail: (got: unknown) => `cần một địa chỉ thư điện tử, ví dụ tiepnhan@cantho.gov.vn, nhận được ${show(got)}`,
  expectedAreaCode: (got: unknown) => `cần mã vùng điện thoại cố định không có số 0 đầu, ví dụ "292", nhận được ${show(got)}`,
  expectedProcedureCode: (got: unknown) =>
    `cần mã thủ tục theo Cơ sở dữ liệu quốc gia, ví dụ 1.001193 hoặc 1.000494.000.00.00.H29, nhận được ${show(got)}`,
  expectedPhone: (got: unknown) =>
    `số điện thoại không hợp lệ: ${show(got)}. Cần số cố định 11 chữ số (ví dụ 0292.3820.123), số di động 10 chữ số (ví dụ 0913.456.789), 1022, 1800/1900 kèm 4 hoặc 6 chữ số, hoặc 111–115`,
  unknownUnit: (got: unknown, known: readonly string[]) =>
    `không có đơn vị ${show(got)} trong units.yaml; các mã đơn vị hiện có: ${known.join(', ') || '(chưa có)'}`,
  unknownKey: (key: string) => `trường "${key}" không có trong mẫu nội dung (kiểm tra chính tả tên trường)`,
  coverAltRequired: 'có ảnh bìa (cover) thì phải có mô tả ảnh (coverAlt) cho người khiếm thị',
  onlineUrlRequired: 'thủ tục có thực hiện trực tuyến (toan-trinh hoặc mot-phan) thì cần đường dẫn onlineUrl tới Cổng Dịch vụ công',
  documentsOrCases: 'cần thành phần hồ sơ: trường documents (danh sách giấy tờ) hoặc cases (theo từng trường hợp)',
  detailRequired:
    'thiếu trường bắt buộc (nếu chi tiết thủ tục chỉ có trên Cổng Dịch vụ công quốc gia, ghi detailsOnPortal: true và portalUrl)',
  portalUrlRequired: 'thủ tục ghi detailsOnPortal: true thì cần đường dẫn portalUrl tới trang thủ tục trên Cổng Dịch vụ công quốc gia',
  endBeforeStart: 'ngày kết thúc (endDate) phải sau hoặc trùng ngày bắt đầu (startDate)',
  resultsAndFile: 'chỉ dùng một trong hai: results (ghi trong tệp) hoặc resultsFile (tệp CSV)',
  fileNameNotSlug: (name: string, suggestion: string) =>
    `tên tệp "${name}" phải là chữ thường không dấu, số và dấu gạch nối (ví dụ "${suggestion}")`,
  notSlug: (got: string, suggestion: string, example: string) =>
    `mã "${got}" phải là chữ thường không dấu, số và dấu gạch nối, ví dụ "${suggestion || example}"`,
  reservedFileName: (name: string) => `tên tệp "${name}" trùng với một đường dẫn của trang; hãy đặt tên khác`,
  duplicateId: (id: string) => `mã "${id}" bị trùng với một mục khác`,
  imageMissing: (path: string) => `không tìm thấy tệp ảnh "${path}" (đường dẫn tính từ thư mục chứa tệp nội dung)`,
  imageUnreadable: (path: string) => `tệp ảnh "${path}" hỏng hoặc không phải ảnh (cần JPEG, PNG, WebP, AVIF hoặc GIF)`,
  yamlSyntax: (detail: string) => `lỗi cú pháp YAML: ${detail}`,
  yamlAliasBomb:
    'tệp dùng quá nhiều bí danh YAML (dấu & và *) lồng nhau: khi mở rộng sẽ thành hàng triệu giá trị (kiểu tấn công làm treo máy). ' +
    'Hãy viết thẳng giá trị, không dùng & và *',
  frontMatterMissing: 'thiếu phần thông tin đầu tệp (front matter) nằm giữa hai dòng ---',
  fileMissing: 'thiếu tệp bắt buộc',
  csvMissing: (path: string) => `không tìm thấy tệp kết quả "${path}" cạnh tệp cuộc thi`,
  csvHeader: (expected: string, got: string) => `dòng tiêu đề của tệp CSV phải là "${expected}", nhận được "${got}"`,
  csvRow: (line: number, detail: string) => `dòng ${line}: ${detail}`,
  summary: (count: number) =>
    count === 1 ? 'Có 1 lỗi trong nội dung. Hãy sửa rồi chạy lại.' : `Có ${count} lỗi trong nội dung. Hãy sửa rồi chạy lại.`,
  fieldLabel: 'trường',
} as const;
