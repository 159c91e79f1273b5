/** Model units (mô hình, điển hình tiên tiến). */
export const models = {
  title: 'Mô hình, điển hình tiên tiến',
  lead: 'Những cách làm hay trong cải cách hành chính được ghi nhận và nhân rộng.',
  unit: 'Đơn vị, cá nhân',
  year: 'Năm',
  area: 'Lĩnh vực cải cách',
  recognition: 'Quyết định công nhận',
} as const;
