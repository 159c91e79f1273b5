/**
 * Synthetic content for the build benchmark: N entries in the content model's layout
 * (80 % news across 20 units and 10 years, 20 % procedures), written to a temporary folder.
 *
 * The text is assembled from a small set of Vietnamese phrases with a seeded generator, so two runs
 * produce the same files (figures stay comparable) while the vocabulary is varied enough for the
 * search index to do real work: numbers, place names and dates change from entry to entry.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NEWS_CATEGORIES } from '../../src/schemas/vocabulary.ts';

export interface GeneratedContent {
  dir: string;
  news: number;
  procedures: number;
  /** Markdown files only (the bare baseline builds exactly these). */
  markdownFiles: string[];
  /** Id of a unit of units.yaml (for an article written later, e.g. the fast-publish bench). */
  firstUnit: string;
}

/** Mulberry32: tiny deterministic PRNG; Math.random would make every run's content differ. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}


const PLACES = ['Hòa An', 'Tân Phú', 'Long Thạnh', 'Vĩnh Trinh', 'Thới Lai', 'Phong Điền', 'Mỹ Khánh', 'Đông Thuận', 'Trường Xuân', 'Định Môn'];
const HAMLETS = ['ấp Hòa Thạnh', 'ấp Đông Bình', 'ấp Thới Hưng', 'ấp Phú Lợi', 'ấp Mỹ Hòa', 'ấp Tân Long'];
const UNIT_KINDS = [
  'Văn phòng HĐND và UBND',
  'Trung tâm Phục vụ hành chính công',
  'Phòng Kinh tế',
  'Phòng Văn hóa - Xã hội',
  'Công an',
  'Đoàn Thanh niên',
  'Hội Liên hiệp Phụ nữ',
  'Ban Chỉ huy Quân sự',
  'Hội Nông dân',
  'Mặt trận Tổ quốc',
];

const SUBJECTS = [
  'UBND xã',
  'Trung tâm Phục vụ hành chính công',
  'Bộ phận Một cửa',
  'Tổ công nghệ số cộng đồng',
  'Công chức tư pháp - hộ tịch',
  'Đoàn viên thanh niên',
  'Công an xã',
  'Hội Liên hiệp Phụ nữ',
];
const ACTIONS = [
  'tổ chức hướng dẫn người dân nộp hồ sơ trực tuyến',
  'rà soát, đơn giản hóa thủ tục hành chính',
  'triển khai thanh toán lệ phí không dùng tiền mặt',
  'kiểm tra công tác cải cách hành chính',
  'lấy ý kiến đánh giá sự hài lòng của người dân',
  'số hóa hồ sơ, kết quả giải quyết thủ tục',
  'hỗ trợ kích hoạt tài khoản định danh điện tử',
  'công khai danh mục thủ tục tại trụ sở',
  'tập huấn kỹ năng giao tiếp cho cán bộ, công chức',
  'đối thoại với người dân về phản ánh, kiến nghị',
];
const DETAILS = [
  'tỷ lệ hồ sơ giải quyết đúng hạn đạt {p}%',
  '{n} hồ sơ được tiếp nhận trong tháng',
  'thời gian chờ trung bình giảm còn {n} phút',
  '{n} người dân được hướng dẫn trực tiếp',
  '{n} tài khoản VNeID được kích hoạt mức độ 2',
  'tiết kiệm khoảng {n} triệu đồng chi phí đi lại',
];
const CLOSINGS = [
  'Người dân có vướng mắc có thể gọi đường dây nóng trong giờ hành chính.',
  'Kết quả được báo cáo Chủ tịch UBND xã vào cuối quý.',
  'Đơn vị sẽ tiếp tục duy trì mô hình trong những tháng tiếp theo.',
  'Các ý kiến góp ý được tổng hợp và trả lời công khai trên trang thông tin.',
  'Cán bộ trực tại sảnh sẵn sàng hỗ trợ người cao tuổi và người khuyết tật.',
];

const FIELDS = [
  'Hộ tịch',
  'Chứng thực',
  'Cư trú',
  'Đất đai',
  'Xây dựng',
  'Hộ kinh doanh',
  'Bảo trợ xã hội',
  'Người có công',
  'Giáo dục',
  'Văn hóa',
  'Thi đua, khen thưởng',
  'Nông nghiệp',
  'Tài nguyên nước',
  'Giao thông',
  'Y tế',
];
const PROCEDURE_VERBS = ['Đăng ký', 'Cấp', 'Cấp lại', 'Điều chỉnh', 'Xác nhận', 'Thay đổi', 'Gia hạn', 'Thu hồi'];
const PROCEDURE_OBJECTS = [
  'giấy chứng nhận',
  'giấy phép',
  'thông tin hộ tịch',
  'hồ sơ trợ cấp',
  'sổ hộ khẩu điện tử',
  'văn bản xác nhận',
  'chứng chỉ hành nghề',
  'giấy xác nhận tình trạng',
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function sentence(random: () => number, place: string): string {
  const detail = pick(random, DETAILS)
    .replace('{n}', String(Math.floor(random() * 990) + 10))
    .replace('{p}', String(80 + Math.floor(random() * 21)));
  return `${pick(random, SUBJECTS)} ${place} ${pick(random, ACTIONS)}, ${detail}, tại ${pick(random, HAMLETS)}.`;
}

function paragraph(random: () => number, place: string, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random, place)).join(' ') + ' ' + pick(random, CLOSINGS);
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const yamlString = (value: string) => JSON.stringify(value);

function siteYaml(): string {
  return [
    'name: Ủy ban nhân dân xã Hòa An',
    'shortName: UBND xã Hòa An',
    'level: xa',
    'parent: UBND thành phố Cần Thơ',
    'province: Cần Thơ',
    'areaCode: "292"',
    'address: Số 18, đường Hòa An, xã Hòa An, thành phố Cần Thơ',
    'phone: "0292.3861.245"',
    'email: ubndxahoaan@cantho.gov.vn',
    'url: https://hoaan.cantho.gov.vn',
    '',
  ].join('\n');
}

function unitsYaml(count: number): { yaml: string; ids: string[] } {
  const ids: string[] = [];
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = `don-vi-${pad(i + 1, 2)}`;
    ids.push(id);
    lines.push(`- id: ${id}`, `  name: ${yamlString(`${UNIT_KINDS[i % UNIT_KINDS.length] ?? ''} xã ${PLACES[i % PLACES.length] ?? ''}`)}`);
  }
  return { yaml: lines.join('\n') + '\n', ids };
}

function hotlineYaml(name: string, phone: string, scope: string, order: number): string {
  return `name: ${yamlString(name)}\nphone: "${phone}"\nscope: ${scope}\nhours: Giờ hành chính các ngày làm việc\norder: ${order}\n`;
}

function newsFile(random: () => number, index: number, unitId: string, year: number): string {
  const place = pick(random, PLACES);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const title = `${pick(random, SUBJECTS)} ${place} ${pick(random, ACTIONS)} (số ${index + 1})`;
  const body = [
    paragraph(random, place, 4),
    `## Kết quả tại ${place}`,
    paragraph(random, place, 5),
    paragraph(random, place, 3),
    `- ${sentence(random, place)}\n- ${sentence(random, place)}\n- ${sentence(random, place)}`,
    paragraph(random, place, 4),
  ].join('\n\n');
  return [
    '---',
    `title: ${yamlString(title)}`,
    `date: ${year}-${pad(month, 2)}-${pad(day, 2)}`,
    `summary: ${yamlString(sentence(random, place))}`,
    `unit: ${unitId}`,
    `category: ${pick(random, NEWS_CATEGORIES)}`,
    `tags: [${yamlString(pick(random, FIELDS))}, ${yamlString(place)}]`,
    '---',
    '',
    body,
    '',
  ].join('\n');
}

function procedureFile(random: () => number, index: number): string {
  const field = FIELDS[index % FIELDS.length] as string;
  const online = pick(random, ['toan-trinh', 'mot-phan', 'khong']);
  const code = `1.${pad(100000 + index, 6)}`;
  const title = `${pick(random, PROCEDURE_VERBS)} ${pick(random, PROCEDURE_OBJECTS)} lĩnh vực ${field.toLowerCase()} (mã ${code})`;
  const days = 1 + Math.floor(random() * 20);
  const lines = [
    '---',
    `code: "${code}"`,
    `title: ${yamlString(title)}`,
    `field: ${yamlString(field)}`,
    `level: [${random() < 0.7 ? 'xa' : 'tinh'}]`,
    `onlineLevel: ${online}`,
    ...(online === 'khong' ? [] : [`onlineUrl: https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${code}`]),
    'methods:',
    '  - channel: truc-tiep',
    `    processingTime: ${yamlString(`${days} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ`)}`,
    '    fee: Miễn lệ phí',
    '  - channel: buu-chinh',
    `    processingTime: ${yamlString(`${days} ngày làm việc`)}`,
    '    fee: Người yêu cầu trả cước dịch vụ bưu chính',
    'documents:',
    `  - name: ${yamlString(`Tờ khai ${title.toLowerCase()} theo mẫu`)}`,
    '    original: 1',
    '    copy: 0',
    '  - name: Giấy tờ tùy thân có ảnh còn giá trị sử dụng',
    '    original: 0',
    '    copy: 1',
    'steps:',
    '  - Người yêu cầu nộp hồ sơ tại Trung tâm Phục vụ hành chính công hoặc trực tuyến.',
    '  - Công chức tiếp nhận kiểm tra hồ sơ, hướng dẫn bổ sung một lần nếu chưa đầy đủ.',
    `  - ${yamlString(`Cơ quan có thẩm quyền giải quyết trong ${days} ngày làm việc và trả kết quả.`)}`,
    `agency: ${yamlString(`Ủy ban nhân dân xã ${pick(random, PLACES)}`)}`,
    `result: ${yamlString(`Văn bản ${pick(random, PROCEDURE_OBJECTS)}`)}`,
    'legalBasis:',
    `  - code: ${pad(Math.floor(random() * 200) + 1, 2)}/20${pad(10 + Math.floor(random() * 15), 2)}/NĐ-CP`,
    `    title: ${yamlString(`Nghị định quy định chi tiết về ${field.toLowerCase()}`)}`,
    '    issuer: Chính phủ',
    '---',
    '',
    '## Lưu ý',
    '',
    paragraph(random, pick(random, PLACES), 3),
    '',
  ];
  return lines.join('\n');
}

/** Write a complete content folder with `total` entries under `root` (which must not exist yet). */
export function generateContent(root: string, total: number, seed = 20261122): GeneratedContent {
  const random = seeded(seed);
  const newsCount = Math.round(total * 0.8);
  const procedureCount = total - newsCount;
  for (const folder of ['news', 'procedures', 'hotlines']) mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, 'site.yaml'), siteYaml());
  const { yaml, ids } = unitsYaml(20);
  writeFileSync(join(root, 'units.yaml'), yaml);
  writeFileSync(join(root, 'hotlines', 'mot-cua-xa.yaml'), hotlineYaml('Trung tâm Phục vụ hành chính công xã', '0292 3861 246', 'xa', 1));
  writeFileSync(join(root, 'hotlines', 'tong-dai-1022.yaml'), hotlineYaml('Tổng đài 1022 thành phố Cần Thơ', '1022', 'tinh', 1));
  writeFileSync(join(root, 'hotlines', 'cong-dich-vu-cong-quoc-gia.yaml'), hotlineYaml('Tổng đài Cổng Dịch vụ công quốc gia', '18001096', 'quoc-gia', 1));

  const markdownFiles: string[] = [];
  for (let i = 0; i < newsCount; i += 1) {
    const file = join(root, 'news', `tin-${pad(i + 1, 5)}.md`);
    // Round-robin over units and years so every unit and every year has the same share.
    writeFileSync(file, newsFile(random, i, ids[i % ids.length] as string, 2016 + (i % 10)));
    markdownFiles.push(file);
  }
  for (let i = 0; i < procedureCount; i += 1) {
    const file = join(root, 'procedures', `thu-tuc-${pad(i + 1, 5)}.md`);
    writeFileSync(file, procedureFile(random, i));
    markdownFiles.push(file);
  }
  return { dir: root, news: newsCount, procedures: procedureCount, markdownFiles, firstUnit: ids[0] as string };
}
