/**
 * plan.yaml's `activities`: what an editor may write, and the Vietnamese errors that name the
 * activity (by id in the message, by row in the checker's field path) and the field.
 */
import { describe, expect, it } from 'vitest';
import { fieldPath } from '../../src/content-check/problems.ts';
import { planSchema } from '../../src/schemas/collections.ts';
import { activitySchema, measureSchema } from '../../src/schemas/plan-activities.ts';
import { activityCmsField } from '../../src/plan/cms.ts';

const unitIds = ['van-phong', 'cong-an-xa', 'doan-thanh-nien'];
const schema = planSchema({ unitIds });

const activity = (extra: Record<string, unknown> = {}) => ({
  id: 'tin-bai-van-phong',
  title: 'Đăng tin, bài về CCHC trên trang',
  form: 'tin-bai',
  lead: 'van-phong',
  target: 12,
  ...extra,
});

/** Every issue as "field: message", the way the checker prints it. */
function problems(plan: unknown): string[] {
  const result = schema.safeParse(plan);
  return result.success ? [] : result.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
}

describe('plan.yaml activities', () => {
  it('keeps a plan with quotas only valid, with no activities', () => {
    const parsed = schema.parse({ year: 2026, targets: [{ unit: 'van-phong', perMonth: 1 }] });
    expect(parsed.activities).toEqual([]);
    expect(parsed.targets).toHaveLength(1);
  });

  it('accepts each kind of deadline, partners, a measure, a hand-entered count, a note and a link', () => {
    const parsed = schema.parse({
      year: 2026,
      activities: [
        activity({ due: '2026-06-30', measure: { collection: 'news', unit: 'van-phong', category: 'cai-cach-tthc' } }),
        activity({ id: 'ban-tin', form: 'ban-tin', due: '2026-12', target: 52, measure: { collection: 'bulletins' } }),
        activity({ id: 'hoi-nghi', form: 'hoi-nghi', due: '2026-Q2', target: 1, done: 1, partners: ['cong-an-xa'] }),
        activity({ id: 'ke-hoach', form: 'khac', target: 1, measure: { collection: 'documents', type: 'ke-hoach' }, link: '/van-ban/' }),
        activity({ id: 'video', form: 'video', target: 4, note: 'Phát trên trang Facebook của xã', link: 'https://example.gov.vn/video' }),
      ],
    });
    expect(parsed.activities.map((a) => a.due)).toEqual(['2026-06-30', '2026-12', '2026-Q2', undefined, undefined]);
  });

  it('reads an unquoted YAML date as the day it names', () => {
    const parsed = schema.parse({ year: 2026, activities: [activity({ due: new Date(Date.UTC(2026, 5, 30)) })] });
    expect(parsed.activities[0]?.due).toBe('2026-06-30');
  });

  it('refuses measure and done together, naming the activity', () => {
    const found = problems({ year: 2026, activities: [activity({ measure: { collection: 'news' }, done: 3 })] });
    expect(found).toEqual(['activities[1].done: hoạt động "tin-bai-van-phong": chỉ dùng một trong hai, measure (đếm từ nội dung) hoặc done (đơn vị tự ghi số đã thực hiện)']);
  });

  it('allows measure.type only when counting documents, and measure.unit only for news', () => {
    const found = problems({
      year: 2026,
      activities: [
        activity({ measure: { collection: 'news', type: 'ke-hoach' } }),
        activity({ id: 'cuoc-thi', measure: { collection: 'contests', unit: 'van-phong' } }),
        activity({ id: 'ban-tin', measure: { collection: 'bulletins', category: 'cai-cach-tthc' } }),
      ],
    });
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^activities\[1\]\.measure\.type: hoạt động "tin-bai-van-phong": measure\.type .*documents/);
    expect(found[1]).toMatch(/^activities\[2\]\.measure\.unit: hoạt động "cuoc-thi"/);
    expect(found[2]).toMatch(/^activities\[3\]\.measure\.category: hoạt động "ban-tin"/);
  });

  it('refuses duplicate ids, a deadline outside the plan year, and badly written deadlines', () => {
    const found = problems({
      year: 2026,
      activities: [activity(), activity({ due: '2027-Q1' }), activity({ id: 'a', due: '2026-Q5' }), activity({ id: 'b', due: '30/06/2026' }), activity({ id: 'c', due: '2026-02-30' })],
    });
    expect(found).toContain('activities[2].id: mã hoạt động "tin-bai-van-phong" bị trùng với một hoạt động khác trong kế hoạch');
    expect(found).toContain('activities[2].due: hoạt động "tin-bai-van-phong": thời hạn phải nằm trong năm 2026 của kế hoạch');
    expect(found.filter((line) => line.includes('cần thời hạn dạng YYYY-MM-DD'))).toEqual([
      expect.stringMatching(/^activities\[3\]\.due: .*"2026-Q5"/),
      expect.stringMatching(/^activities\[4\]\.due: .*"30\/06\/2026"/),
      expect.stringMatching(/^activities\[5\]\.due: .*"2026-02-30"/),
    ]);
  });

  it('names the field for an unknown form, unit, target and an unknown field', () => {
    const found = problems({
      year: 2026,
      activities: [activity({ form: 'tờ rơi', lead: 'ubnd', target: 0, partners: ['xyz'], dueDate: '2026-06' })],
    });
    expect(found.some((line) => line.startsWith('activities[1].form: cần một trong các giá trị: tin-bai'))).toBe(true);
    expect(found.some((line) => line.startsWith('activities[1].lead: không có đơn vị "ubnd"'))).toBe(true);
    expect(found.some((line) => line.startsWith('activities[1].partners[1]: không có đơn vị "xyz"'))).toBe(true);
    expect(found.some((line) => line.startsWith('activities[1].target: cần một số nguyên lớn hơn 0'))).toBe(true);
    expect(found.some((line) => line.startsWith('activities[1]: ') && line.includes('"dueDate"'))).toBe(true);
  });

  it('refuses a measure on something it cannot count and a link that is neither a URL nor a site path', () => {
    const found = problems({ year: 2026, activities: [activity({ measure: { collection: 'videos' }, link: 'van-ban/abc' })] });
    expect(found.some((line) => line.startsWith('activities[1].measure.collection: cần một trong các giá trị: news, bulletins, contests, documents'))).toBe(true);
    expect(found.some((line) => line.startsWith('activities[1].link: cần một địa chỉ web đầy đủ'))).toBe(true);
  });

  it('lets the CMS edit every activity field and no other', () => {
    const field = activityCmsField([{ value: 'van-phong', label: 'Văn phòng' }]) as { fields: { name: string; fields?: { name: string }[] }[] };
    expect(field.fields.map((f) => f.name).sort()).toEqual(Object.keys(activitySchema(unitIds).shape).sort());
    const measure = field.fields.find((f) => f.name === 'measure');
    expect(measure?.fields?.map((f) => f.name).sort()).toEqual(Object.keys(measureSchema(unitIds).shape).sort());
  });
});

describe('bulletin notes (bulletins/*.md)', () => {
  it('accepts a body-only note or empty front matter, and names the file when the name or a field is wrong', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { bulletinNoteProblems } = await import('../../src/plan/bulletin-notes.ts');
    const dir = mkdtempSync(join(tmpdir(), 'ban-tin-'));
    try {
      mkdirSync(join(dir, 'bulletins'));
      writeFileSync(join(dir, 'bulletins', '2026-12.md'), 'Lời ban biên tập.\n');
      writeFileSync(join(dir, 'bulletins', '2026-13.md'), '---\n---\nLời ban biên tập.\n');
      writeFileSync(join(dir, 'bulletins', '2026-05.md'), 'Số có số 0 ở đầu.\n');
      writeFileSync(join(dir, 'bulletins', 'so-14.md'), 'Tên không theo năm-số.\n');
      writeFileSync(join(dir, 'bulletins', '2026-14.md'), '---\ntitle: Lời chào\n---\nNội dung.\n');
      const found = bulletinNoteProblems(dir).map((p) => `${p.file}: ${p.message}`);
      expect(found).toEqual([
        expect.stringMatching(/^bulletins\/2026-05\.md: tên tệp "2026-05" phải là năm và số bản tin/),
        'bulletins/2026-14.md: lời ban biên tập chỉ gồm đoạn văn, không có trường nào ở phần đầu tệp; hãy bỏ "title" (và hai dòng ---)',
        expect.stringMatching(/^bulletins\/so-14\.md: tên tệp "so-14"/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
