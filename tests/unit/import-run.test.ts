/**
 * The importer end to end on temporary content folders: the list export (an .xlsx built here),
 * re-import over an editor's work, the report, the dry run, and bad input that must stop the run
 * with a Vietnamese message naming the file and record while writing nothing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/config/paths.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { importer as T } from '../../src/i18n/importer.ts';
import { planImport, type ImportPlan } from '../../src/import/plan.ts';
import { formatReport } from '../../src/import/report.ts';
import { ImportError, readSources } from '../../src/import/sources.ts';
import { applyPlan } from '../../src/import/write.ts';
import { buildXlsx } from '../helpers/xlsx.ts';

const DVCQG = join(PROJECT_ROOT, '../shared/real-data/dvcqg');
const HEADER = ['Mã số', 'Tên', 'Cơ quan ban hành', 'Cơ quan thực hiện', 'Lĩnh vực'];
const BANNER = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n\nDANH SÁCH THỦ TỤC HÀNH CHÍNH', null, null, null, null];

let work: string;
let content: string;
let sources: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'nhap-thu-tuc-'));
  content = join(work, 'content');
  sources = join(work, 'nguon');
  mkdirSync(content);
  mkdirSync(sources);
  for (const file of ['site.yaml', 'units.yaml']) copyFileSync(join(PROJECT_ROOT, 'content', file), join(content, file));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const copyRecords = (...codes: string[]) => {
  for (const code of codes) copyFileSync(join(DVCQG, `${code}.json`), join(sources, `${code}.json`));
};
const procedures = () => (existsSync(join(content, 'procedures')) ? readdirSync(join(content, 'procedures')).sort() : []);
const readProcedure = (file: string) => readFileSync(join(content, 'procedures', file), 'utf8');
const frontMatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readProcedure(file))?.[1] ?? '') as Record<string, unknown>;

async function run(paths: string[] = [sources], options = {}): Promise<ImportPlan> {
  const plan = planImport(await readSources(paths), content, options);
  applyPlan(plan);
  return plan;
}

async function importError(paths: string[]): Promise<string> {
  try {
    planImport(await readSources(paths), content);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('no error');
}

function cli(...args: string[]) {
  return spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/import.ts'), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: work },
  });
}

describe('importer: list export (.xlsx)', () => {
  it('makes entries that point to the portal, reads the level from the agency and skips central procedures', async () => {
    const xlsx = join(sources, 'danh-sach.xlsx');
    writeFileSync(
      xlsx,
      buildXlsx([
        BANNER,
        HEADER,
        ['3.000323', 'Đăng ký giám sát việc giám hộ', 'Bộ Tư pháp', 'Ủy ban nhân dân cấp xã\nỦy ban nhân dân cấp xã', 'Hộ tịch'],
        ['1.002099', 'Đăng ký hoạt động của chi nhánh của tổ chức hành nghề luật sư', 'Bộ Tư pháp', 'Sở Tư Pháp', 'Luật sư'],
        ['2.002195', 'Giải quyết yêu cầu bồi thường (cấp trung ương)', 'Bộ Tư pháp', 'Bộ Tư pháp', 'Bồi thường nhà nước'],
        [null, null, null, null, null],
        ['1.000802', 'Cấp lại Chứng chỉ hành nghề đấu giá', 'Bộ Tư pháp', 'Sở Tư pháp', 'Đấu giá tài sản'],
      ]),
    );
    copyRecords('1.000802');
    const plan = await run([xlsx, join(sources, '1.000802.json')]);
    expect(plan.rows).toBe(4);
    expect(plan.skipped).toEqual([T.skippedLevel(T.rowAt(xlsx, 5, '2.002195'))]);
    expect(procedures()).toEqual([
      'cap-lai-chung-chi-hanh-nghe-dau-gia.md',
      'dang-ky-giam-sat-viec-giam-ho.md',
      'dang-ky-hoat-dong-cua-chi-nhanh-cua-to-chuc-hanh-nghe-luat.md',
    ]);
    expect(frontMatter('dang-ky-giam-sat-viec-giam-ho.md')).toEqual({
      code: '3.000323',
      title: 'Đăng ký giám sát việc giám hộ',
      field: 'Hộ tịch',
      level: ['xa'],
      portalUrl: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh?keyword=3.000323',
      detailsOnPortal: true,
      agency: 'Ủy ban nhân dân cấp xã',
    });
    expect(frontMatter('dang-ky-hoat-dong-cua-chi-nhanh-cua-to-chuc-hanh-nghe-luat.md').level).toEqual(['tinh']);
    // The detail record wins over the list row of the same code.
    const auction = frontMatter('cap-lai-chung-chi-hanh-nghe-dau-gia.md');
    expect(auction.detailsOnPortal).toBeUndefined();
    expect(auction.cases).toHaveLength(2);
    // The whole folder passes the content check used by npm run check and the build.
    const report = await checkContent(content, { warnings: false });
    expect(report.problems).toEqual([]);
  });

  it('reads the real list export of the Ministry of Justice (banner, multi-line cells) into valid entries', async () => {
    const real = join(PROJECT_ROOT, '../shared/real-data/danh-sach-tthc-bo-tu-phap.xlsx');
    const plan = await run([real]);
    expect(plan.rows).toBe(271);
    expect(plan.entries.length + plan.skipped.length).toBe(271);
    expect(plan.entries.length).toBeGreaterThan(100);
    expect(plan.entries.every((e) => e.status === 'added')).toBe(true);
    // "Chủ tịch ủy ban nhân dân cấp tỉnh\nSở Tư Pháp" is one agency line per body, at province level.
    const quanTaiVien = plan.entries.find((e) => e.code === '1.014966');
    expect(frontMatter(quanTaiVien!.file)).toMatchObject({
      level: ['tinh'],
      agency: 'Chủ tịch ủy ban nhân dân cấp tỉnh, Sở Tư Pháp',
      field: 'Quản tài viên',
      detailsOnPortal: true,
    });
    const report = await checkContent(content, { warnings: false });
    expect(report.problems).toEqual([]);
  });

  it('turns a list entry into a full one when the detail record arrives, keeping its file and the editor\'s popular', async () => {
    const xlsx = join(sources, 'danh-sach.xlsx');
    writeFileSync(xlsx, buildXlsx([HEADER, ['1.010039', 'Điều chỉnh thông tin về cư trú', 'Bộ Công an', 'Công an cấp xã', 'Cư trú']]));
    await run([xlsx]);
    const [file] = procedures();
    writeFileSync(join(content, 'procedures', file!), readProcedure(file!).replace(/^---\n/, '---\npopular: true\n'));
    copyRecords('1.010039');
    const plan = await run([join(sources, '1.010039.json')]);
    expect(plan.entries.map((e) => [e.file, e.status])).toEqual([[file, 'changed']]);
    const after = frontMatter(file!);
    expect(after.detailsOnPortal).toBeUndefined();
    expect(after.popular).toBe(true);
    expect(after.portalUrl).toBe('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7-7efc-770c-b60b-dcb21433cea1');
    expect(after.documents).toHaveLength(2);
    // The list row later again: the full entry keeps its details, only title and field follow the list.
    const again = await run([xlsx]);
    expect(again.entries[0]).toMatchObject({ status: 'changed', changed: ['title', 'field'] });
    expect(frontMatter(file!).documents).toHaveLength(2);
    expect(frontMatter(file!).detailsOnPortal).toBeUndefined();
  });

  it('takes the level from --cap for rows whose agency names none', async () => {
    const xlsx = join(sources, 'danh-sach.xlsx');
    writeFileSync(xlsx, buildXlsx([HEADER, ['2.002195', 'Giải quyết yêu cầu bồi thường', 'Bộ Tư pháp', null, 'Bồi thường nhà nước']]));
    const plan = await run([xlsx], { fallbackLevels: ['tinh'] });
    expect(plan.skipped).toEqual([]);
    expect(frontMatter(procedures()[0]!).level).toEqual(['tinh']);
  });

  it('refuses a workbook without the header row, naming the file', async () => {
    const xlsx = join(sources, 'sai.xlsx');
    writeFileSync(xlsx, buildXlsx([BANNER, ['Mã', 'Tên thủ tục'], ['1.000802', 'Cấp lại']]));
    expect(await importError([xlsx])).toBe(T.noHeader(xlsx));
  });
});

describe('importer: re-import', () => {
  it('updates what came from the source and keeps the body, local fields and popular', async () => {
    copyRecords('1.000802', '1.010039');
    await run();
    const file = 'cap-lai-chung-chi-hanh-nghe-dau-gia.md';
    const original = frontMatter(file);
    // The editor: a guidance body, a shorter title marked local, popular, and a careless edit of steps.
    const edited = readProcedure(file)
      .replace(/^title: .*$/m, 'title: Cấp lại chứng chỉ đấu giá viên')
      .replace(/^steps:\n/m, 'steps:\n  - Bước do biên tập viên thêm\n')
      .replace(/^---\n/, '---\npopular: true\nlocal:\n  - title\n')
      .concat('\nHướng dẫn của xã: mang theo bản chính để đối chiếu.\n');
    writeFileSync(join(content, 'procedures', file), edited);

    const plan = await run();
    const entry = plan.entries.find((e) => e.file === file);
    expect(entry).toMatchObject({ status: 'changed', changed: ['steps'], keptLocal: ['title'] });
    const after = frontMatter(file);
    expect(after.title).toBe('Cấp lại chứng chỉ đấu giá viên');
    expect(after.popular).toBe(true);
    expect(after.local).toEqual(['title']);
    expect(after.steps).toEqual(original.steps);
    expect(readProcedure(file).endsWith('\nHướng dẫn của xã: mang theo bản chính để đối chiếu.\n')).toBe(true);
    // Only the changed field was rewritten: the editor's lines above stay where they were.
    expect(readProcedure(file).startsWith('---\npopular: true\nlocal:\n  - title\ncode: "1.000802"\ntitle: Cấp lại chứng chỉ đấu giá viên\n')).toBe(true);
    expect(procedures()).toHaveLength(2);
  });

  it('matches files by procedure code, not by name', async () => {
    copyRecords('1.010039');
    await run();
    const [first] = procedures();
    const renamed = 'dieu-chinh-cu-tru.md';
    writeFileSync(join(content, 'procedures', renamed), readProcedure(first!));
    rmSync(join(content, 'procedures', first!));
    const plan = await run();
    expect(plan.entries.map((e) => [e.file, e.status])).toEqual([[renamed, 'unchanged']]);
    expect(procedures()).toEqual([renamed]);
  });

  it('reports added, changed, unchanged and no longer in the source (never deleting)', async () => {
    copyRecords('1.000802', '1.010039', '1.013442');
    await run();
    rmSync(join(sources, '1.013442.json'));
    const changed = JSON.parse(readFileSync(join(DVCQG, '1.010039.json'), 'utf8'));
    changed.executionMethods[0].processingTime = 5;
    writeFileSync(join(sources, '1.010039.json'), JSON.stringify(changed));
    copyRecords('1.116907');

    const plan = await run();
    const by = (status: string) => plan.entries.filter((e) => e.status === status).map((e) => e.code);
    expect(by('added')).toEqual(['1.116907']);
    expect(by('changed')).toEqual(['1.010039']);
    expect(by('unchanged')).toEqual(['1.000802']);
    expect(plan.missing.map((m) => m.code)).toEqual(['1.013442']);
    expect(procedures()).toContain('khai-bao-vu-khi-tho-so-la-hien-vat-trung-bay-trien-lam-lam.md');

    const text = formatReport(plan, { dryRun: false });
    expect(text).toContain(`${T.added} (1):`);
    expect(text).toContain(`${T.changed} (1):`);
    expect(text).toContain(`procedures/dieu-chinh-thong-tin-ve-cu-tru-trong-co-so-du-lieu-ve-cu-tru.md — 1.010039 Điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu về cư trú (${T.changedFields(['methods'])})`);
    expect(text).toContain(`${T.unchanged} (1):`);
    expect(text).toContain(`${T.missing} (1):`);
    expect(text).toContain(T.summary(1, 1, 1, 1));
  });

  it('accepts one file holding an array and the portal\'s { data: … } envelopes', async () => {
    const a = JSON.parse(readFileSync(join(DVCQG, '1.000802.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(DVCQG, '1.010039.json'), 'utf8'));
    const c = JSON.parse(readFileSync(join(DVCQG, '1.116907.json'), 'utf8'));
    writeFileSync(join(sources, 'mang.json'), JSON.stringify([a, b]));
    writeFileSync(join(sources, 'bao.json'), JSON.stringify({ success: true, data: { items: [c] } }));
    const plan = await run();
    expect(plan.entries.map((e) => e.code).sort()).toEqual(['1.000802', '1.010039', '1.116907']);
  });
});

describe('importer: dry run and bad input', () => {
  it('--thu prints the same report and writes nothing', () => {
    copyRecords('1.000802', '1.010039');
    const result = cli('nguon', '--thu', '--noi-dung', 'content');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(T.reportTitle(true));
    expect(result.stdout).toContain(`${T.added} (2):`);
    expect(result.stdout).toContain(T.dryRunDone);
    expect(procedures()).toEqual([]);
    // The real run then writes exactly what the dry run announced.
    const real = cli('nguon', '--noi-dung', 'content');
    expect(real.status).toBe(0);
    expect(procedures()).toHaveLength(2);
  });

  it('names the file of broken JSON and writes nothing of the good files beside it', () => {
    copyRecords('1.000802');
    writeFileSync(join(sources, 'hong.json'), '{"code": "1.000001", "name": ');
    const result = cli('nguon', '--noi-dung', 'content');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('tệp "nguon/hong.json" không phải JSON hợp lệ');
    expect(result.stderr).toContain(T.nothingWritten);
    expect(procedures()).toEqual([]);
  });

  it('names the record without a code by its position in the file', async () => {
    const good = JSON.parse(readFileSync(join(DVCQG, '1.000802.json'), 'utf8'));
    const bad = { ...good, code: '', codeNotation: '' };
    writeFileSync(join(sources, 'mang.json'), JSON.stringify([good, bad]));
    expect(await importError([sources])).toBe(`${T.recordAt(join(sources, 'mang.json'), 1, undefined)}: ${T.missingCode}.`);
  });

  it('stops on a record the content schema rejects and leaves existing files byte for byte', async () => {
    copyRecords('1.000802');
    await run();
    const [file] = procedures();
    const before = readProcedure(file!);
    const changed = JSON.parse(readFileSync(join(DVCQG, '1.000802.json'), 'utf8'));
    changed.executionMethods[0].processingTime = 99;
    writeFileSync(join(sources, '1.000802.json'), JSON.stringify(changed));
    const broken = JSON.parse(readFileSync(join(DVCQG, '1.116907.json'), 'utf8'));
    broken.executionSteps = [];
    writeFileSync(join(sources, '1.116907.json'), JSON.stringify(broken));

    const message = await importError([sources]);
    expect(message).toContain(`tệp "${join(sources, '1.116907.json')}" (mã 1.116907): bản ghi chuyển sang tệp thủ tục không hợp lệ`);
    expect(message).toContain('steps:');
    const result = cli('nguon', '--noi-dung', 'content');
    expect(result.status).toBe(1);
    expect(readProcedure(file!)).toBe(before);
    expect(procedures()).toEqual([file]);
    expect(readdirSync(join(content, 'procedures'), { withFileTypes: true }).map((e) => e.name)).toEqual([file]);
  });
});
