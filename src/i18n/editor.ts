/**
 * Editorial tools: `npm run new`, `npm run check` (warnings), `npm run report`, `npm run cms`.
 * Civil servants read these in a terminal window or in the editor: plain words, the file and
 * the field named, and what to do next.
 */
const mb = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.round(bytes / 1024)} KB`;

/** Marks a value that `npm run new` filled in for the editor to replace. */
export const PLACEHOLDER_MARK = 'CẦN ĐIỀN';

export const editor = {
  check: {
    errorMark: 'LỖI',
    warningMark: 'Cảnh báo',
    ok: (files: number, dir: string) => `Nội dung hợp lệ: ${files} tệp đã kiểm tra trong ${dir}.`,
    warningSummary: (count: number) => `Có ${count} cảnh báo: trang vẫn xây dựng được, nhưng nên sửa.`,
    fixed: (files: readonly string[]) =>
      `Đã chuyển ${files.length} tệp sang dạng Unicode dựng sẵn (NFC): ${files.join(', ')}`,
    fixHint: 'Chạy "npm run check -- --fix" để tự chuyển các tệp này sang NFC.',
    seconds: (s: string) => `Thời gian kiểm tra: ${s} giây.`,
    /** What a Markdown/MDX body may not hold (src/lib/markdown-safety.ts), by kind of finding. */
    bodySafety: {
      forbiddenTag: (line: number, found: string) =>
        `dòng ${line}: thẻ ${found} không được dùng trong bài (có thể chạy mã hoặc nhúng trang khác vào trang công khai); hãy xóa thẻ này. Muốn dẫn tới trang khác, dùng liên kết [tên trang](https://…)`,
      eventAttribute: (line: number, found: string) =>
        `dòng ${line}: thuộc tính ${found} chạy mã JavaScript trên máy người đọc và không được dùng; hãy xóa thuộc tính này`,
      unsafeUrl: (line: number, found: string) =>
        `dòng ${line}: liên kết "${found}" không được dùng (chỉ dùng liên kết http://, https://, mailto:, tel: hoặc đường dẫn trong trang); ảnh phải là tệp đặt cạnh bài`,
      unsafeStyle: (line: number, found: string) =>
        `dòng ${line}: ${found} tải nội dung từ nơi khác hoặc chạy mã; hãy xóa thuộc tính style`,
      styleRemoved: (line: number, found: string) =>
        `dòng ${line}: ${found} sẽ bị bỏ khi đăng (trang dùng kiểu trình bày chung); có thể xóa đi`,
      tagRemoved: (line: number, found: string) =>
        `dòng ${line}: thẻ ${found} không nằm trong danh sách thẻ được dùng nên sẽ bị bỏ khi đăng (chữ bên trong vẫn giữ)`,
      mdxEsm: (line: number, found: string) =>
        `dòng ${line}: "${found}": tệp .mdx của Ban biên tập không được có dòng import/export (đó là mã chạy khi xây dựng trang); hãy xóa dòng này`,
      mdxExpression: (line: number, found: string) =>
        `dòng ${line}: "${found}": trong tệp .mdx, dấu { } là mã chạy khi xây dựng trang và không được dùng; muốn viết dấu ngoặc nhọn, hãy đổi tệp thành .md`,
      mdxComponent: (line: number, found: string) =>
        `dòng ${line}: thành phần ${found} không được dùng trong bài; chỉ dùng Markdown và các thẻ HTML thông thường`,
    },
    imageTooLarge: (path: string, bytes: number, limit: number) =>
      `ảnh "${path}" nặng ${mb(bytes)}, quá giới hạn ${mb(limit)}. Trang vẫn tự thu nhỏ ảnh khi xây dựng, nhưng tệp gốc lớn làm chậm việc lưu trữ và gửi bài: hãy thu nhỏ còn dưới ${mb(limit)} (ví dụ chiều rộng 1600 điểm ảnh).`,
    imageNoAlt: (line: number, path: string) =>
      `dòng ${line}: ảnh "${path}" chưa có mô tả (alt) cho người khiếm thị; viết ![mô tả ngắn nội dung ảnh](${path})`,
    htmlImageNoAlt: (line: number) => `dòng ${line}: thẻ <img> chưa có mô tả alt="…" cho người khiếm thị`,
    bodyImageMissing: (line: number, path: string) =>
      `dòng ${line}: không tìm thấy tệp ảnh "${path}" (đường dẫn tính từ thư mục chứa tệp nội dung)`,
    duplicateTitle: (title: string, others: readonly string[]) =>
      `tiêu đề "${title}" trùng với ${others.join(', ')}; người đọc sẽ không phân biệt được hai bài`,
    nfd: (line: number) =>
      `dòng ${line}: chữ tiếng Việt đang ở dạng tổ hợp (NFD, thường do bàn phím hoặc máy Mac tạo ra): tìm kiếm và sắp xếp sẽ sai. Chạy "npm run check -- --fix" để tự sửa.`,
    brokenLink: (line: number, target: string) =>
      `dòng ${line}: liên kết "${target}" trỏ tới trang không có trên trang thông tin`,
    linkToUnpublished: (line: number, target: string) =>
      `dòng ${line}: liên kết "${target}" trỏ tới bài chưa đăng (bản nháp hoặc hẹn ngày): người đọc sẽ gặp trang lỗi cho tới khi bài đó được đăng`,
    linkToSourceFile: (line: number, target: string, page: string) =>
      `dòng ${line}: liên kết "${target}" trỏ tới tệp nội dung, không phải trang; hãy dùng đường dẫn trang "${page}"`,
    brokenFileLink: (line: number, target: string) =>
      `dòng ${line}: không tìm thấy tệp "${target}" mà liên kết trỏ tới`,
    placeholderLeft: (line: number) =>
      `dòng ${line}: còn chỗ "${PLACEHOLDER_MARK}" do lệnh tạo bài để lại; hãy điền nội dung thật`,
  },
  newEntry: {
    usage: [
      'Cách dùng: npm run new -- <loại> "Tiêu đề"',
      '  loại: tin-tuc (tin tức), thu-tuc (thủ tục), duong-day-nong (đường dây nóng), mo-hinh (mô hình), cuoc-thi (cuộc thi), van-ban (văn bản)',
      '  tùy chọn: --don-vi <mã đơn vị>  --ngay YYYY-MM-DD',
      'Ví dụ: npm run new -- tin-tuc "Xã Hòa An ra mắt tổ công nghệ số cộng đồng"',
    ].join('\n'),
    unknownKind: (kind: string) => `không có loại nội dung "${kind}".`,
    titleMissing: 'thiếu tiêu đề bài (đặt trong dấu ngoặc kép).',
    badDate: (value: string) => `ngày "${value}" không hợp lệ; cần dạng YYYY-MM-DD, ví dụ 2026-03-15.`,
    unknownUnit: (value: string, known: readonly string[]) =>
      `không có đơn vị "${value}" trong units.yaml; các mã hiện có: ${known.join(', ') || '(chưa có)'}.`,
    created: (path: string) => `Đã tạo tệp ${path}`,
    nextSteps: (isDraft: boolean) =>
      [
        `Tiếp theo: mở tệp, thay các chỗ "${PLACEHOLDER_MARK}" bằng nội dung thật, rồi chạy "npm run check".`,
        isDraft
          ? 'Bài đang là bản nháp (draft: true): xem trước bằng "npm run dev"; khi duyệt xong, xóa dòng draft để đăng.'
          : 'Xem trước bằng "npm run dev".',
      ].join('\n'),
    errorPrefix: 'Lỗi',
    // Text placed in the new file. Comments explain the choices to the editor.
    fill: (what: string) => `${PLACEHOLDER_MARK}: ${what}`,
    summary: 'tóm tắt một hoặc hai câu (sapo)',
    body: 'nội dung bài viết. Dùng ## cho tiêu đề mục, - cho danh sách, `![mô tả ảnh](images/ten-anh.jpg)` để chèn ảnh.',
    categoryComment: 'Chuyên mục, chọn một',
    unitComment: 'Đơn vị đăng bài (tính vào chỉ tiêu của đơn vị), chọn một',
    draftComment: 'Bản nháp: chưa đăng lên trang. Xóa dòng này (hoặc ghi false) khi bài đã được duyệt.',
    dateComment: 'Ngày đăng: bài có ngày sau hôm nay sẽ tự đăng khi xây dựng trang vào ngày đó',
    procedure: {
      code: 'mã thủ tục trên Cổng Dịch vụ công quốc gia, ví dụ 1.001193',
      field: 'lĩnh vực, ví dụ Hộ tịch',
      agency: 'cơ quan thực hiện',
      result: 'kết quả thực hiện',
      processingTime: 'thời hạn giải quyết',
      fee: 'phí, lệ phí (ghi "Không" nếu miễn phí)',
      document: 'tên giấy tờ',
      step: 'bước thực hiện',
      body: 'hướng dẫn thêm cho người dân (không bắt buộc).',
      levelComment: 'Cấp thực hiện: tinh, xa',
      onlineComment: 'Mức trực tuyến: toan-trinh, mot-phan, khong (nếu trực tuyến thì thêm onlineUrl)',
      channelComment: 'Hình thức nộp: truc-tiep, truc-tuyen, buu-chinh',
    },
    hotline: {
      phone: 'số điện thoại, ví dụ 0292.3820.123',
      scopeComment: 'Phạm vi: xa, tinh, quoc-gia',
      hours: 'Giờ hành chính các ngày làm việc',
    },
    model: {
      unit: 'tên tập thể hoặc cá nhân điển hình',
      areaComment: 'Lĩnh vực cải cách, chọn một',
      body: 'mô tả cách làm và kết quả của mô hình.',
    },
    contest: {
      organizer: 'đơn vị tổ chức',
      summary: 'giới thiệu ngắn về cuộc thi',
      body: 'thể lệ, đối tượng, cách tham gia.',
      endComment: 'Ngày kết thúc (không trước ngày bắt đầu)',
    },
  },
  report: {
    usage: [
      'Cách dùng: npm run report -- --quy 2026-Q1 | --thang 2026-03 | --nam 2026',
      '  tùy chọn: --den-ngay YYYY-MM-DD (ngày lập báo cáo, mặc định hôm nay)  --thu-muc <thư mục lưu báo cáo>',
    ].join('\n'),
    badPeriod: (value: string) =>
      `kỳ báo cáo "${value}" không hợp lệ; ví dụ: --quy 2026-Q1, --thang 2026-03, --nam 2026.`,
    badDate: (value: string) => `ngày "${value}" không hợp lệ; cần dạng YYYY-MM-DD.`,
    noPlan: 'không có tệp content/plan.yaml (chỉ tiêu tin, bài của kế hoạch tuyên truyền): báo cáo chỉ đếm số tin đã đăng.',
    planOtherYear: (planYear: number, year: number) =>
      `content/plan.yaml là kế hoạch năm ${planYear}, không phải năm ${year}: báo cáo chỉ đếm số tin đã đăng.`,
    contentErrors: (count: number) =>
      `Nội dung có ${count} lỗi (chạy "npm run check" để xem); các tin bị lỗi không được tính.`,
    periodName: {
      month: (year: number, month: number) => `tháng ${month} năm ${year}`,
      quarter: (year: number, quarter: number) => `quý ${['I', 'II', 'III', 'IV'][quarter - 1]} năm ${year}`,
      year: (year: number) => `năm ${year}`,
    },
    title: (period: string) => `Báo cáo kết quả đăng tin, bài cải cách hành chính ${period}`,
    meta: (site: string, asOf: string) => `Đơn vị: ${site}. Số liệu tính đến ngày ${asOf}.`,
    basis:
      'Chỉ tính tin đã đăng (không tính bản nháp và tin hẹn ngày đăng sau ngày lập báo cáo). Chỉ tiêu theo content/plan.yaml.',
    columns: {
      unit: 'Đơn vị',
      target: 'Chỉ tiêu',
      published: 'Đã đăng',
      short: 'Còn thiếu',
      status: 'Đánh giá',
      month: (month: number) => `T${month}`,
    },
    total: 'Tổng cộng',
    noTarget: 'không giao',
    status: {
      met: 'Đạt',
      exceeded: 'Vượt chỉ tiêu',
      short: 'Chưa đạt',
      inProgress: 'Đang thực hiện',
      notDue: 'Chưa đến kỳ',
      noTarget: 'Không giao chỉ tiêu',
    },
    targetText: (perMonth: number | undefined, perQuarter: number | undefined) =>
      [perMonth !== undefined ? `${perMonth} tin/tháng` : '', perQuarter !== undefined ? `${perQuarter} tin/quý` : '']
        .filter(Boolean)
        .join(' và '),
    shortHeading: 'Đơn vị chưa đạt chỉ tiêu',
    shortLine: (unit: string, missing: number, where: string) => `${unit}: còn thiếu ${missing} tin (${where})`,
    noneShort: 'Không có đơn vị nào chưa đạt chỉ tiêu trong các kỳ đã kết thúc.',
    inProgressHeading: 'Kỳ chưa kết thúc',
    inProgressLine: (unit: string, missing: number, where: string) =>
      `${unit}: cần thêm ${missing} tin trước khi hết ${where}`,
    listHeading: 'Danh sách tin đã đăng',
    noNews: 'Chưa có tin nào được đăng trong kỳ.',
    unknownUnit: (id: string) => `${id} (không có trong units.yaml)`,
    written: (files: readonly string[]) => `Đã lưu báo cáo: ${files.join(', ')}`,
  },
  cms: {
    starting: 'Đang khởi động trình soạn thảo…',
    ready: (cmsUrl: string, previewUrl: string | undefined) =>
      [
        '',
        `Trình soạn thảo nội dung: ${cmsUrl}`,
        previewUrl ? `Xem trước trang (có bản nháp):  ${previewUrl}` : '',
        '',
        'Mở địa chỉ trên bằng Microsoft Edge hoặc Google Chrome, bấm "Làm việc với kho mã nguồn cục bộ"',
        'và chọn thư mục dự án (thư mục chứa content/). Nhấn Ctrl+C để dừng.',
      ]
        .filter((line, index, all) => line !== '' || index === 0 || all[index - 1] !== '')
        .join('\n'),
    noGit:
      'Thư mục dự án chưa là kho Git: trình soạn thảo cần thư mục .git. Chạy "git init" một lần trong thư mục dự án (hoặc cài Git for Windows rồi chạy lại).',
    exported: (dir: string) => `Đã xuất trình soạn thảo vào ${dir}`,
    exportNotEmpty: (dir: string, count: number) =>
      `thư mục ${dir} đã có ${count} tệp/thư mục và không phải bản xuất trình soạn thảo trước đây. ` +
      'Lệnh xuất sẽ XÓA hết nội dung trong đó. Hãy chọn một thư mục trống (hoặc chưa có), ' +
      'hoặc thêm --ghi-de nếu chắc chắn muốn xóa.',
    exportMarkerNote: 'Thư mục này do "npm run cms -- --xuat" tạo ra; lần xuất sau sẽ xóa và ghi lại toàn bộ.',
    exportNotFolder: (path: string) => `${path} là một tệp, không phải thư mục: hãy chọn một thư mục để xuất trình soạn thảo.`,
    portBusy: (port: number) => `cổng ${port} đang được dùng; đặt cổng khác bằng --cong <số>.`,
    pageTitle: 'Soạn thảo nội dung – Trang thông tin cải cách hành chính',
    noScript: 'Trình soạn thảo cần bật JavaScript và dùng Microsoft Edge hoặc Google Chrome.',
    appTitle: (site: string) => `Soạn thảo: ${site}`,
    collections: {
      news: ['Tin tức', 'Tin', 'Tin, bài về cải cách hành chính. Bài có ngày sau hôm nay sẽ tự đăng vào ngày đó.'],
      procedures: ['Thủ tục hành chính', 'Thủ tục', 'Theo Cơ sở dữ liệu quốc gia về thủ tục hành chính.'],
      hotlines: ['Đường dây nóng', 'Đường dây nóng', 'Số điện thoại tiếp nhận phản ánh, kiến nghị.'],
      models: ['Mô hình, điển hình', 'Mô hình', 'Mô hình, tập thể, cá nhân điển hình tiên tiến.'],
      contests: ['Cuộc thi', 'Cuộc thi', 'Cuộc thi tìm hiểu cải cách hành chính và kết quả.'],
      settings: ['Thông tin chung', 'Tệp', 'Đơn vị chủ quản, danh sách đơn vị, chỉ tiêu tin bài, chỉ số.'],
    },
    files: {
      site: 'Đơn vị chủ quản (site.yaml)',
      units: 'Các đơn vị đăng tin (units.yaml)',
      plan: 'Chỉ tiêu tin, bài (plan.yaml)',
      indices: 'Chỉ số cải cách hành chính (indices.yaml)',
    },
    fields: {
      title: 'Tiêu đề',
      date: 'Ngày đăng',
      summary: 'Tóm tắt (sapo)',
      unit: 'Đơn vị đăng',
      category: 'Chuyên mục',
      tags: 'Từ khóa',
      cover: 'Ảnh bìa',
      coverAlt: 'Mô tả ảnh bìa (cho người khiếm thị)',
      author: 'Tác giả',
      draft: 'Bản nháp (chưa đăng)',
      body: 'Nội dung',
      code: 'Mã thủ tục',
      procedureTitle: 'Tên thủ tục',
      field: 'Lĩnh vực',
      level: 'Cấp thực hiện',
      onlineLevel: 'Mức dịch vụ công trực tuyến',
      onlineUrl: 'Đường dẫn nộp trực tuyến',
      methods: 'Cách thức thực hiện',
      channel: 'Hình thức nộp',
      processingTime: 'Thời hạn giải quyết',
      fee: 'Phí, lệ phí',
      description: 'Mô tả',
      documents: 'Thành phần hồ sơ',
      documentName: 'Tên giấy tờ',
      original: 'Số bản chính',
      copy: 'Số bản sao',
      form: 'Mẫu đơn, tờ khai (đường dẫn)',
      cases: 'Thành phần hồ sơ theo trường hợp',
      caseName: 'Trường hợp',
      steps: 'Trình tự thực hiện',
      step: 'Bước',
      agency: 'Cơ quan thực hiện',
      result: 'Kết quả thực hiện',
      audience: 'Đối tượng thực hiện',
      requirements: 'Yêu cầu, điều kiện',
      legalBasis: 'Căn cứ pháp lý',
      legalCode: 'Số ký hiệu',
      legalTitle: 'Trích yếu',
      legalDate: 'Ngày ban hành',
      issuer: 'Cơ quan ban hành',
      decision: 'Số quyết định công bố',
      name: 'Tên',
      phone: 'Số điện thoại',
      scope: 'Phạm vi',
      topics: 'Nội dung tiếp nhận',
      topic: 'Nội dung',
      hours: 'Thời gian tiếp nhận',
      email: 'Thư điện tử',
      zalo: 'Zalo',
      web: 'Trang web',
      order: 'Thứ tự hiển thị',
      modelUnit: 'Tập thể, cá nhân',
      year: 'Năm',
      area: 'Lĩnh vực cải cách',
      recognition: 'Quyết định công nhận',
      organizer: 'Đơn vị tổ chức',
      startDate: 'Ngày bắt đầu',
      endDate: 'Ngày kết thúc',
      format: 'Hình thức thi',
      participants: 'Số người tham gia',
      officials: 'Cán bộ, công chức',
      citizens: 'Người dân',
      results: 'Kết quả',
      prize: 'Giải',
      group: 'Bảng, nhóm',
      score: 'Điểm',
      resultsFile: 'Tệp kết quả CSV (thay cho danh sách kết quả)',
      siteName: 'Tên đầy đủ của đơn vị',
      shortName: 'Tên viết tắt',
      siteLevel: 'Cấp',
      parent: 'Đơn vị cấp trên',
      province: 'Tỉnh, thành phố',
      areaCode: 'Mã vùng điện thoại (không có số 0)',
      address: 'Địa chỉ',
      url: 'Địa chỉ trang (https://…)',
      basePath: 'Đường dẫn con, ví dụ /cchc/',
      dvcPortal: 'Cổng dịch vụ công của tỉnh',
      feedbackUrl: 'Nơi gửi phản ánh, kiến nghị',
      logo: 'Biểu trưng',
      logoAlt: 'Mô tả biểu trưng',
      units: 'Đơn vị',
      id: 'Mã đơn vị (chữ thường không dấu, gạch nối)',
      targets: 'Chỉ tiêu theo đơn vị',
      perMonth: 'Số tin mỗi tháng',
      perQuarter: 'Số tin mỗi quý',
      indices: 'Kết quả chỉ số',
      index: 'Chỉ số',
      rank: 'Xếp hạng',
      of: 'Trên tổng số',
      note: 'Ghi chú',
    },
    hints: {
      date: 'Bài có ngày sau hôm nay chỉ được đăng khi trang được xây dựng vào ngày đó.',
      draft: 'Bật khi bài chưa duyệt: bản nháp chỉ hiện khi xem trước, không lên trang.',
      code: 'Ví dụ 1.001193 hoặc 1.000494.000.00.00.H29',
      onlineUrl: 'Bắt buộc khi thủ tục thực hiện trực tuyến toàn trình hoặc một phần.',
      phone: 'Ví dụ 0292.3820.123, 0913.456.789, 1022, 1800 1567',
      coverAlt: 'Bắt buộc khi có ảnh bìa.',
    },
    codePattern: 'Mã thủ tục chưa đúng dạng, ví dụ 1.001193 hoặc 1.000494.000.00.00.H29',
    slugPattern: 'Chỉ dùng chữ thường không dấu, số và dấu gạch nối',
    areaCodePattern: 'Mã vùng bắt đầu bằng 2, không có số 0 đầu, ví dụ 292',
    siteLevels: { tinh: 'Cấp tỉnh', xa: 'Cấp xã, phường', 'so-nganh': 'Sở, ban, ngành' },
    prizes: { nhat: 'Giải Nhất', nhi: 'Giải Nhì', ba: 'Giải Ba', 'khuyen-khich': 'Giải Khuyến khích' },
  },
} as const;
