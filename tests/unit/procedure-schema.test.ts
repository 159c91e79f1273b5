import { describe, expect, it } from 'vitest';
import { procedureSchema } from '../../src/schemas/collections.ts';
import { errors as E } from '../../src/i18n/errors.ts';

const full = {
  code: '1.001193',
  title: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  level: ['xa'],
  onlineLevel: 'khong',
  methods: [{ channel: 'truc-tiep', processingTime: 'Trong ngày', fee: 'Miễn lệ phí' }],
  documents: [{ name: 'Tờ khai', original: 1, copy: 0 }],
  steps: ['Nộp hồ sơ'],
  agency: 'UBND cấp xã',
  result: 'Giấy khai sinh',
};
const portal = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193';

const issues = (input: unknown) => {
  const result = procedureSchema().safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('procedure schema: fields for national-portal records', () => {
  it('accepts notes, case notes, popular, local, updated and portalUrl', () => {
    const result = procedureSchema().parse({
      ...full,
      documents: undefined,
      cases: [{ name: 'Cha mẹ đã đăng ký kết hôn', documents: full.documents, notes: ['Xuất trình bản chính giấy tờ tùy thân'] }],
      notes: ['Trường hợp trẻ bị bỏ rơi thì nộp thêm biên bản'],
      popular: true,
      local: ['title', 'steps'],
      updated: '2025-03-01',
      portalUrl: portal,
    });
    expect(result.cases?.[0]?.notes).toEqual(['Xuất trình bản chính giấy tờ tùy thân']);
    expect(result.notes).toHaveLength(1);
    expect(result.updated).toBeInstanceOf(Date);
    expect(result.popular).toBe(true);
  });

  it('still requires methods, documents, steps, agency and result for an ordinary record', () => {
    const { methods: _m, steps: _s, agency: _a, result: _r, documents: _d, onlineLevel: _o, ...bare } = full;
    const found = issues(bare);
    for (const field of ['onlineLevel', 'methods', 'steps', 'agency', 'result']) expect(found).toContain(`${field}: ${E.detailRequired}`);
    expect(found).toContain(`documents: ${E.documentsOrCases}`);
  });

  it('lets a list-export entry go without details when it links to the portal, and asks for the link otherwise', () => {
    // No onlineLevel: the official list does not say whether a procedure is online.
    const entry = { code: full.code, title: full.title, field: full.field, level: full.level, detailsOnPortal: true };
    expect(issues({ ...entry, portalUrl: portal })).toEqual([]);
    expect(issues(entry)).toEqual([`portalUrl: ${E.portalUrlRequired}`]);
    expect(issues({ ...entry, portalUrl: portal, onlineLevel: 'mot-phan' })).toEqual([`onlineUrl: ${E.onlineUrlRequired}`]);
  });

  it('rejects a popular flag that is not true/false and a portal link that is not a web address', () => {
    const found = issues({ ...full, popular: 'có', portalUrl: 'dichvucong.gov.vn' });
    expect(found.some((line) => line.startsWith('popular:'))).toBe(true);
    expect(found.some((line) => line.startsWith('portalUrl:'))).toBe(true);
  });
});
