/**
 * Writes the attached files of the sample documents (content/documents/*.pdf|docx|xlsx) from the
 * texts below, written for the imaginary commune of Hòa An. Run again after changing a text:
 *
 *   node tests/helpers/make-sample-documents.ts
 *
 * One of them is a "scanned" PDF (a picture of the page, no text layer) so that the sample site
 * exercises OCR. Each file stays well under 100 KB.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/paths.ts';
import { docxFile, FixtureMaker, xlsxFile } from './pdf-fixtures.ts';

const dir = join(PROJECT_ROOT, 'content', 'documents');
const header = ['ỦY BAN NHÂN DÂN XÃ HÒA AN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc'];

const plan: string[][] = [
  [
    ...header,
    'Số: 12/KH-UBND — Hòa An, ngày 15 tháng 01 năm 2026',
    'KẾ HOẠCH Cải cách hành chính năm 2026',
    'Căn cứ Quyết định số 05/2026/QĐ-UBND ngày 08/01/2026 của Ủy ban nhân dân xã ban hành Quy chế hoạt động của Bộ phận Một cửa, Ủy ban nhân dân xã Hòa An ban hành Kế hoạch cải cách hành chính năm 2026 như sau.',
    'I. MỤC ĐÍCH, YÊU CẦU. Nâng cao chất lượng phục vụ người dân và doanh nghiệp; mỗi hồ sơ được giải quyết đúng hẹn, không để người dân phải đi lại nhiều lần.',
    'II. NHIỆM VỤ TRỌNG TÂM. 1. Cải cách thủ tục hành chính: rà soát, niêm yết đầy đủ thủ tục tại Bộ phận Một cửa; tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 70% trở lên.',
  ],
  [
    '2. Chính quyền số: 100% cán bộ, công chức sử dụng chữ ký số; số hóa kết quả giải quyết hồ sơ còn hiệu lực.',
    '3. Tuyên truyền: mỗi ấp tổ chức ít nhất một buổi đối thoại về dịch vụ công trực tuyến; Đoàn Thanh niên duy trì tổ "Thanh niên tình nguyện hỗ trợ dịch vụ công" tại Trung tâm Phục vụ hành chính công.',
    'III. TỔ CHỨC THỰC HIỆN. Văn phòng HĐND và UBND xã theo dõi, tổng hợp, báo cáo kết quả hằng quý.',
    'Nơi nhận: Các phòng, ban, đoàn thể xã; Ban nhân dân các ấp; Lưu: VT.',
    'TM. ỦY BAN NHÂN DÂN — CHỦ TỊCH — Trần Minh Khoa',
  ],
];

const decision: string[][] = [
  [
    ...header,
    'Số: 05/2026/QĐ-UBND — Hòa An, ngày 08 tháng 01 năm 2026',
    'QUYẾT ĐỊNH Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa xã Hòa An',
    'Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Bộ phận Một cửa xã Hòa An.',
    'Điều 2. Quyết định có hiệu lực kể từ ngày 20 tháng 01 năm 2026 và thay thế Quyết định số 21/2025/QĐ-UBND.',
    'Điều 3. Công chức tiếp nhận hồ sơ hướng dẫn người dân một lần, đầy đủ; phiếu hẹn ghi rõ ngày trả kết quả; hồ sơ trễ hẹn phải có thư xin lỗi gửi người dân.',
    'Điều 4. Chánh Văn phòng HĐND và UBND xã, Giám đốc Trung tâm Phục vụ hành chính công xã chịu trách nhiệm thi hành Quyết định này.',
    'TM. ỦY BAN NHÂN DÂN — CHỦ TỊCH — Trần Minh Khoa',
  ],
];

const report: string[][] = [
  [
    ...header,
    'Số: 87/BC-UBND — Hòa An, ngày 25 tháng 9 năm 2026',
    'BÁO CÁO Kết quả cải cách hành chính quý III năm 2026',
    'Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2026, Ủy ban nhân dân xã báo cáo kết quả quý III như sau.',
    'Bộ phận Một cửa tiếp nhận 1.284 hồ sơ, trong đó 912 hồ sơ nộp trực tuyến (71%); 99,2% hồ sơ giải quyết đúng hạn. Mười hồ sơ trễ hẹn đều đã có thư xin lỗi.',
    'Tổ thanh niên tình nguyện hướng dẫn 436 lượt người dân cài đặt ứng dụng định danh điện tử và thanh toán lệ phí trực tuyến.',
    'Tồn tại: đường truyền mạng tại ấp Hòa Thạnh còn chập chờn vào giờ cao điểm; một số hộ cao tuổi chưa quen nộp hồ sơ trên điện thoại.',
    'Phụ lục số liệu theo từng lĩnh vực kèm theo báo cáo này.',
  ],
];

/** The "scanned" one: a signed notice photographed as a picture, no text layer. */
const notice: string[][] = [
  [
    'ỦY BAN NHÂN DÂN XÃ HÒA AN',
    'Số: 31/TB-UBND',
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ năm 2026',
    'Chủ tịch Ủy ban nhân dân xã tiếp công dân vào sáng thứ Năm của tuần đầu tiên mỗi tháng tại phòng tiếp công dân, trụ sở Ủy ban nhân dân xã.',
    'Người dân có thể gửi trước nội dung cần trình bày qua Tổng đài 1022 hoặc hộp thư góp ý đặt tại Bộ phận Một cửa.',
    'Ngoài lịch định kỳ, lãnh đạo xã tiếp công dân đột xuất khi có vụ việc phức tạp, đông người.',
  ],
];

const oldDecision = [
  'ỦY BAN NHÂN DÂN XÃ HÒA AN',
  'Số: 21/2025/QĐ-UBND',
  'QUYẾT ĐỊNH Ban hành Quy chế làm việc của Bộ phận tiếp nhận và trả kết quả xã Hòa An',
  'Điều 1. Bộ phận tiếp nhận và trả kết quả làm việc tất cả các ngày trong tuần, trừ Chủ nhật; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch, chứng thực.',
  'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
];

const appendix = [
  ['Lĩnh vực', 'Hồ sơ tiếp nhận', 'Nộp trực tuyến', 'Đúng hạn'],
  ['Hộ tịch', '486', '402', '486'],
  ['Chứng thực', '371', '168', '369'],
  ['Đất đai', '212', '141', '205'],
  ['Đăng ký hộ kinh doanh', '215', '201', '214'],
];

const maker = new FixtureMaker();
try {
  writeFileSync(join(dir, 'ke-hoach-cai-cach-hanh-chinh-nam-2026.pdf'), await maker.textPdf(plan));
  writeFileSync(join(dir, 'quyet-dinh-quy-che-bo-phan-mot-cua.pdf'), await maker.textPdf(decision));
  writeFileSync(join(dir, 'bao-cao-cai-cach-hanh-chinh-quy-iii-nam-2026.pdf'), await maker.textPdf(report));
  writeFileSync(join(dir, 'phu-luc-so-lieu-quy-iii.xlsx'), xlsxFile('Quý III', appendix));
  writeFileSync(join(dir, 'thong-bao-lich-tiep-cong-dan-2026.pdf'), await maker.scannedPdf(notice, { quality: 55 }));
  writeFileSync(join(dir, 'quy-che-bo-phan-tiep-nhan-2025.docx'), docxFile(oldDecision));
} finally {
  await maker.close();
}
