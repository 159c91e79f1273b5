/** Reform indices (PAR Index, SIPAS, PAPI, PCI, DDCI). */
const num = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
const rankText = (rank: number, of?: number) => (of ? `${rank}/${of}` : `${rank}`);

interface Point {
  year: number;
  score: number;
  rank?: number;
  of?: number;
}

export const indices = {
  title: 'Chỉ số cải cách hành chính',
  lead: 'Kết quả các chỉ số đánh giá cải cách hành chính, sự hài lòng và năng lực cạnh tranh qua các năm.',
  names: {
    'par-index': 'Chỉ số cải cách hành chính (PAR Index)',
    sipas: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)',
    papi: 'Chỉ số hiệu quả quản trị và hành chính công (PAPI)',
    pci: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
    ddci: 'Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI)',
  },
  shortNames: { 'par-index': 'PAR Index', sipas: 'SIPAS', papi: 'PAPI', pci: 'PCI', ddci: 'DDCI' },
  /** What each index measures and who publishes it: readers often do not know. */
  about: {
    'par-index': 'Do Bộ Nội vụ đánh giá hằng năm, đo kết quả thực hiện cải cách hành chính của các bộ, ngành và tỉnh, thành phố trên thang điểm 100.',
    sipas: 'Do Bộ Nội vụ khảo sát hằng năm, đo tỷ lệ phần trăm người dân, tổ chức hài lòng với sự phục vụ của cơ quan hành chính nhà nước.',
    papi: 'Do Chương trình Phát triển Liên hợp quốc (UNDP) và các đối tác khảo sát ý kiến người dân về hiệu quả quản trị và hành chính công cấp tỉnh.',
    pci: 'Do Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) khảo sát doanh nghiệp về chất lượng điều hành kinh tế của chính quyền cấp tỉnh, thang điểm 100.',
    ddci: 'Do tỉnh, thành phố tổ chức để doanh nghiệp đánh giá năng lực điều hành của các sở, ngành và địa phương trực thuộc.',
  },
  year: 'Năm',
  score: 'Điểm',
  rank: 'Xếp hạng',
  rankOf: rankText,
  note: 'Ghi chú',
  latest: 'Kết quả mới nhất',
  latestIn: (year: number) => `Kết quả năm ${year}`,
  yearAxis: 'Năm',
  scoreAxis: 'Điểm',
  rankAxis: 'Hạng (1 là cao nhất)',
  scoreChartTitle: (name: string) => `Điểm ${name} qua các năm`,
  rankChartTitle: (name: string) => `Xếp hạng ${name} qua các năm`,
  tableCaption: (name: string) => `Số liệu ${name} theo năm`,
  describeScores: (name: string, points: readonly Point[]) => {
    const list = points.map((p) => `năm ${p.year}: ${num(p.score)} điểm`).join('; ');
    const first = points[0];
    const last = points.at(-1);
    if (!first || !last || first === last) return `Điểm ${name}, ${list}.`;
    const change = Math.round((last.score - first.score) * 100) / 100;
    const trend =
      change > 0
        ? `tăng ${num(change)} điểm`
        : change < 0
          ? `giảm ${num(-change)} điểm`
          : 'không đổi';
    return `Biểu đồ cột điểm ${name} từ năm ${first.year} đến năm ${last.year}: ${list}. Cả giai đoạn ${trend}.`;
  },
  describeRanks: (name: string, points: readonly Point[]) => {
    const ranked = points.filter((p) => p.rank !== undefined);
    const list = ranked.map((p) => `năm ${p.year}: hạng ${rankText(p.rank!, p.of)}`).join('; ');
    const totals = new Set(ranked.map((p) => p.of));
    const caution = totals.size > 1 ? ' Số tỉnh, thành phố được xếp hạng thay đổi giữa các năm nên thứ hạng không so sánh trực tiếp được.' : '';
    return `Biểu đồ đường thứ hạng ${name}, hạng 1 ở trên cùng: ${list}.${caution}`;
  },
  scoreChange: (change: number, previousYear: number) =>
    change > 0
      ? `Tăng ${num(change)} điểm so với năm ${previousYear}`
      : change < 0
        ? `Giảm ${num(-change)} điểm so với năm ${previousYear}`
        : `Không đổi so với năm ${previousYear}`,
  rankChange: (places: number, previousYear: number) =>
    places > 0
      ? `tăng ${places} bậc so với năm ${previousYear}`
      : places < 0
        ? `giảm ${-places} bậc so với năm ${previousYear}`
        : `giữ nguyên thứ hạng so với năm ${previousYear}`,
  /** Arrows are decoration; the words above carry the meaning. */
  upArrow: '▲',
  downArrow: '▼',
  pointsUnit: 'điểm',
  outOf: (of: number) => `trên ${of} tỉnh, thành phố`,
  jumpTo: 'Chuyển nhanh đến chỉ số',
  noData: 'Chưa có số liệu chỉ số.',
  source: 'Nguồn: kết quả công bố chính thức hằng năm của cơ quan đánh giá.',
} as const;
