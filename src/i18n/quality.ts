/** Words of the developer tools of issue 8: the build benchmark and the quality-gate reports. */
export const quality = {
  bench: {
    generating: (total: number, dir: string) => `Tạo ${total} mục nội dung mẫu trong ${dir}…`,
    generated: (news: number, procedures: number) => `Đã tạo ${news} tin tức và ${procedures} thủ tục.`,
    runningOurs: (run: number, runs: number) => `Lần ${run}/${runs}: xây dựng đầy đủ của trang-cchc (trang + chỉ mục tìm kiếm)…`,
    runningBaseline: (run: number, runs: number) => `Lần ${run}/${runs}: xây dựng tối giản Astro + Pagefind (đường cơ sở)…`,
    failed: (what: string, code: number) => `${what} thất bại (mã ${code}). Xem nhật ký ở trên.`,
    ours: 'trang-cchc',
    baseline: 'Astro + Pagefind tối giản',
    columns: ['Bản dựng', 'Thời gian thực (s)', 'CPU (s)', 'RAM đỉnh cả cây tiến trình', 'RAM đỉnh một tiến trình', 'Số trang', 'Dung lượng dist', 'Chỉ mục tìm kiếm'],
    ratio: (ratio: string, target: string) => `Tỷ lệ thời gian so với đường cơ sở: ${ratio}× (mục tiêu ≤ ${target}×)`,
    ratioCpu: (ratio: string) => `Tỷ lệ thời gian CPU so với đường cơ sở: ${ratio}× (ít bị ảnh hưởng khi máy đang bận việc khác)`,
    memory: (peak: string, target: string) => `RAM đỉnh của bản dựng: ${peak} (mục tiêu < ${target})`,
    verdictOk: 'Đạt mục tiêu.',
    verdictFail: 'CHƯA đạt mục tiêu.',
    kept: (dir: string) => `Giữ lại thư mục thử: ${dir}`,
    written: (file: string) => `Đã ghi kết quả: ${file}`,
  },
  weight: {
    title: 'Dung lượng truyền tải mỗi loại trang (gzip, không tính ảnh và chỉ mục tìm kiếm)',
    columns: ['Loại trang', 'Đường dẫn', 'HTML', 'CSS', 'JS', 'Tổng'],
  },
};
