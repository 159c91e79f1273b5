/** Reform indices (PAR Index, SIPAS, PAPI, PCI, DDCI). */
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
  year: 'Năm',
  score: 'Điểm',
  rank: 'Xếp hạng',
  rankOf: (rank: number, of?: number) => (of ? `${rank}/${of}` : `${rank}`),
  note: 'Ghi chú',
  latest: 'Kết quả mới nhất',
} as const;
