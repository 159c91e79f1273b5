/** Feeds, embeds, published copies (serve, package) and the build's own messages. */
export const publishing = {
  feedTitle: (site: string) => `Tin cải cách hành chính – ${site}`,
  feedDescription: (site: string) => `Tin tức về cải cách hành chính của ${site}`,

  build: {
    content: (dir: string) => `Nội dung: ${dir}`,
    address: (url: string) => `Địa chỉ: ${url}`,
    error: 'LỖI',
    warning: 'Cảnh báo',
    stepCheck: 'Bước 1/4: kiểm tra nội dung…',
    stepAstro: 'Bước 2/4: tạo các trang…',
    stepSearch: 'Bước 3/4: tạo chỉ mục tìm kiếm…',
    stepSwap: 'Bước 4/4: thay trang cũ bằng trang mới…',
    astroFailed: (code: number) => `Bước tạo trang (Astro) dừng với mã lỗi ${code}.`,
    outputIncomplete: (missing: string) => `Trang vừa tạo thiếu tệp ${missing}.`,
    searchFailed: (detail: string) => `Không tạo được chỉ mục tìm kiếm: ${detail}`,
    swapFailed: (detail: string) => `Không thay được thư mục trang: ${detail}`,
    restored: (aside: string, dir: string) =>
      `Lần xây dựng trước bị dừng giữa lúc thay trang: đã đưa trang đã đăng từ ${aside} về lại ${dir}.`,
    badBasePath: (value: string, source: string) =>
      `Đường dẫn con không hợp lệ: "${value}" (${source}). Chỉ dùng chữ thường không dấu, số và dấu gạch ngang, các phần cách nhau bằng "/", ví dụ /cchc/ hoặc /so-noi-vu/cchc/.`,
    locked: (lock: string, pid: string) =>
      `Đang có một lần xây dựng khác ghi vào cùng thư mục (tiến trình ${pid}). Chờ lần đó xong rồi chạy lại; nếu chắc chắn không còn lần nào chạy, hãy xóa tệp ${lock}.`,
    interrupted: 'Đã dừng theo yêu cầu.',
    failed: 'Xây dựng trang không thành công.',
    kept: (dir: string) => `Trang đã đăng trước đó trong thư mục ${dir} vẫn được giữ nguyên, không có tệp nào bị thay đổi.`,
    nothingBefore: (dir: string) => `Thư mục ${dir} chưa có trang nào; không có gì bị thay đổi.`,
    ok: (pages: number, seconds: string, dir: string) => `Đã xây dựng xong ${pages} trang trong ${seconds} giây. Thư mục: ${dir}`,
    /** The fast publish of content-only changes (src/publish/, docs/fast-publish.md). */
    fast: {
      chosen: (files: number) => `Chỉ có tin bài thay đổi (${files} tệp): đăng nhanh, chỉ tạo lại những trang có tin đó.`,
      planned: (pages: number, removed: number) => `Đăng nhanh: tạo lại ${pages} trang/nhóm trang, gỡ ${removed} trang không còn.`,
      full: (reason: string) => `Xây dựng toàn bộ: ${reason}.`,
      reasons: {
        forced: 'theo yêu cầu (--toan-bo)',
        first: 'chưa có bản xây dựng trước để so sánh',
        output: 'thư mục trang không còn là bản của lần xây dựng trước',
        code: 'mã nguồn, cấu hình hoặc thư viện đã thay đổi',
        day: 'đã sang ngày mới (tin hẹn ngày đăng, hạn kế hoạch và trạng thái cuộc thi tính theo ngày)',
        settings: 'địa chỉ trang hoặc đường dẫn con đã thay đổi',
        otherContent: (file: string) => `tệp ${file} không phải tin bài`,
        categorySet: 'danh sách chuyên mục có tin đã thay đổi (menu chuyên mục ở mọi trang danh sách)',
        cover: 'ảnh đại diện của tin thay đổi',
        searchDelta: 'chỉ mục tìm kiếm bổ sung đã lớn, gộp lại vào chỉ mục chính',
      },
      done: (pages: number, seconds: string, dir: string) => `Đã đăng nhanh ${pages} trang trong ${seconds} giây. Thư mục: ${dir}`,
      /** Why the render kit hands a fast publish to Astro (src/publish/render-kit/). */
      kit: {
        mdx: (file: string) => `tin ${file} viết bằng MDX, cần Astro biên dịch`,
        cover: (file: string) => `tin ${file} có ảnh đại diện, cần Astro xử lý ảnh`,
        bodyImage: (file: string) => `tin ${file} có ảnh trong bài, cần Astro xử lý ảnh`,
        unreadable: (file: string) => `không đọc được phần đầu tin ${file}`,
        missingImage: (image: string) => `trang cần ảnh ${image} chưa có trong trang đã đăng`,
        redirect: (path: string) => `trang ${path} là trang chuyển hướng`,
        noRoute: (path: string) => `không tìm thấy trang ${path} trong bộ dựng trang`,
        everything: 'thay đổi này cần tạo lại mọi trang',
        missing: 'chưa có bộ dựng trang nhanh',
        failed: (code: number) => `bộ dựng trang nhanh gặp lỗi (mã ${code})`,
        handOver: (reason: string) => `Đăng nhanh bằng Astro: ${reason}.`,
        notKept: (message: string) => `(Không giữ được bộ dựng trang nhanh: ${message})`,
        rendered: (pages: number, seconds: string) => `Bộ dựng trang nhanh đã tạo ${pages} trang trong ${seconds} giây.`,
      },
      mismatch:
        'Bước kiểm tra nội dung đọc tin vừa thay đổi khác với bước đăng nhanh; trang chưa được thay. Hãy chạy lại "npm run build": lần sau sẽ xây dựng toàn bộ.',
    },
  },

  serve: {
    noSite: (dir: string) => `Chưa có trang đã xây dựng trong thư mục ${dir}. Hãy chạy "npm run build" trước.`,
    badPort: (value: string) => `Cổng không hợp lệ: "${value}". Cần một số từ 1 đến 65535, ví dụ --port 8080.`,
    portInUse: (port: number) => `Cổng ${port} đang được chương trình khác dùng. Hãy chọn cổng khác, ví dụ --port 8081.`,
    started: 'Trang cải cách hành chính đang chạy.',
    onThisPc: (url: string) => `  Trên máy này:        ${url}`,
    onLan: (url: string) => `  Trong mạng nội bộ:   ${url}`,
    lanHint: 'Máy khác trong cùng mạng mở địa chỉ "mạng nội bộ" bằng trình duyệt. Nhấn Ctrl+C để dừng.',
    localOnly: 'Chỉ máy này mở được trang (đang nghe trên địa chỉ nội bộ). Dùng --host 0.0.0.0 để các máy khác trong mạng cùng xem.',
    stopped: 'Đã dừng máy chủ trang.',
    help: [
      'Cách dùng: npm run serve -- [--host ĐỊA_CHỈ] [--port CỔNG] [--dir THƯ_MỤC] [--base ĐƯỜNG_DẪN]',
      '  --host   địa chỉ nghe (mặc định 0.0.0.0: mọi máy trong mạng nội bộ); biến môi trường HOST',
      '  --port   cổng (mặc định 8080); biến môi trường PORT',
      '  --dir    thư mục trang đã xây dựng (mặc định dist, hoặc OUT_DIR)',
      '  --base   đường dẫn con, ví dụ /cchc/ (mặc định lấy theo lần xây dựng)',
    ].join('\n'),
  },

  packaging: {
    noSite: (dir: string) => `Chưa có trang đã xây dựng trong thư mục ${dir}. Hãy chạy "npm run build" trước.`,
    done: (file: string, files: number, megabytes: string) => `Đã đóng gói ${files} tệp vào ${file} (${megabytes} MB).`,
    next: 'Chép tệp zip sang máy của xã, giải nén, rồi làm theo tệp HUONG-DAN.txt bên trong.',
    badBasePath: (value: string, file: string) =>
      `Đường dẫn con "${value}" ghi trong ${file} không hợp lệ (chỉ chữ thường không dấu, số, dấu gạch ngang và "/", ví dụ /cchc/). Không đóng gói; hãy xây dựng lại trang bằng "npm run build".`,
    outsideFolder: (entry: string) => `Tệp "${entry}" sẽ nằm ngoài thư mục của gói: không đóng gói.`,
    linkSkipped: (path: string) => `Bỏ qua liên kết tượng trưng ${path}: gói chỉ chứa tệp thật nằm trong thư mục trang.`,
  },

  embeds: {
    latestNews: 'Tin cải cách hành chính mới nhất',
    hotlines: 'Đường dây nóng',
    allNews: 'Xem tất cả tin',
    allHotlines: 'Xem tất cả đường dây nóng',
    noNews: 'Chưa có tin.',
    source: (site: string) => `Nguồn: ${site}`,
  },

  robots: {
    comment: 'Trang cải cách hành chính: cho phép mọi công cụ tìm kiếm; các khung nhúng không cần lập chỉ mục.',
  },
} as const;
