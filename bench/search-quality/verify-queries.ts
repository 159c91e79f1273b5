/**
 * Checks the search-quality query set (`queries.json` beside this file) against the corpus it is
 * meant for: every expected procedure `code` must exist in the real national-portal procedures
 * (`../shared/real-data/procedures-national-portal.tar.gz`, read in memory, never copied into the
 * repository) and every expected `path` must be a page of the sample content (`content/`, or
 * `CONTENT_DIR`). Titles written beside codes and paths (for people reading the set) must still
 * match the corpus, so a renamed page is noticed.
 *
 *   npm exec -- node bench/search-quality/verify-queries.ts
 *   QUERIES=path/to/queries.json REAL_DATA=path/to/procedures.tar.gz CONTENT_DIR=… (optional)
 *
 * Exits with 1 and a Vietnamese message per problem when something is wrong.
 * The helpers are exported so the benchmark runner can read the same files the same way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { contentDir as configuredContentDir, PROJECT_ROOT } from '../../src/config/paths.ts';

export const QUERY_KINDS = [
  'khong-dau',
  'co-dau',
  'thong-tuc',
  'viet-tat',
  'mot-phan-ten',
  'dinh-liem',
  'ma-thu-tuc',
  'so-dien-thoai',
  'loi-go',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** One expected answer: a procedure by its code, or a page of the sample site by its path. */
export type ExpectedAnswer = { code: string; title?: string } | { path: string; title?: string };

export interface BenchQuery {
  q: string;
  kind: QueryKind;
  /** Everyday wording or an abbreviation that only the citizens' vocabulary can connect to the page. */
  colloquial: boolean;
  /** Any of these in the top 3 counts as a hit. */
  expect: ExpectedAnswer[];
  note: string;
}

export const QUERIES_FILE = fileURLToPath(new URL('./queries.json', import.meta.url));
export const REAL_PROCEDURES_TARBALL = resolve(PROJECT_ROOT, '..', 'shared', 'real-data', 'procedures-national-portal.tar.gz');

/** The files of a .tar.gz archive (regular files only), read in memory. */
export function readTarGz(file: string): Map<string, Buffer> {
  const tar = gunzipSync(readFileSync(file));
  const files = new Map<string, Buffer>();
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start: number, length: number) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const body = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      // GNU long name: the next header's name is in this entry's body.
      longName = body.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    if (type === 'x') {
      // POSIX pax header: take its `path=` record when there is one.
      const path = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
      if (path) longName = path;
      continue;
    }
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = undefined;
    if (type === '0' || type === '' || type === '\0') files.set(name, Buffer.from(body));
  }
  return files;
}

/** Front matter of a Markdown file as plain data (empty object when there is none). */
function frontMatter(text: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match?.[1]) return {};
  const data: unknown = parse(match[1]);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

export interface RealProcedure {
  code: string;
  title: string;
  field: string;
  /** File name without `.md`: the page is `/thu-tuc/<id>/` once unpacked into a content folder. */
  id: string;
}

/** The real procedures of the tarball, by code. */
export function readRealProcedures(tarball = REAL_PROCEDURES_TARBALL): Map<string, RealProcedure> {
  const procedures = new Map<string, RealProcedure>();
  for (const [name, body] of readTarGz(tarball)) {
    if (!name.endsWith('.md')) continue;
    const data = frontMatter(body.toString('utf8'));
    const code = String(data.code ?? '').trim();
    if (!code) continue;
    procedures.set(code, { code, title: String(data.title ?? ''), field: String(data.field ?? ''), id: basename(name, '.md') });
  }
  return procedures;
}

/** Pages of the sample content that a query may expect, by path, with their titles. */
export function readSamplePages(dir = configuredContentDir()): Map<string, string> {
  const pages = new Map<string, string>();
  pages.set('/duong-day-nong/', 'Đường dây nóng');
  const markdown = (folder: string, route: string, titleKey: string) => {
    const path = join(dir, folder);
    if (!existsSync(path)) return;
    for (const file of readdirNames(path)) {
      const id = file.replace(/\.mdx?$/, '');
      if (id === file) continue;
      const data = frontMatter(readFileSync(join(path, file), 'utf8'));
      if (data.draft === true) continue;
      pages.set(`/${route}/${id}/`, String(data[titleKey] ?? ''));
    }
  };
  markdown('news', 'tin-tuc', 'title');
  markdown('procedures', 'thu-tuc', 'title');
  markdown('models', 'mo-hinh', 'title');
  markdown('contests', 'cuoc-thi', 'title');
  const hotlines = join(dir, 'hotlines');
  if (existsSync(hotlines)) {
    for (const file of readdirNames(hotlines)) {
      if (!file.endsWith('.yaml')) continue;
      const data: unknown = parse(readFileSync(join(hotlines, file), 'utf8'));
      const name = data && typeof data === 'object' ? String((data as Record<string, unknown>).name ?? '') : '';
      pages.set(`/duong-day-nong/#${basename(file, '.yaml')}`, name);
    }
  }
  return pages;
}

function readdirNames(dir: string): string[] {
  return readdirSync(dir).sort();
}

export function loadQuerySet(file = QUERIES_FILE): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

const sameText = (a: string, b: string) => a.normalize('NFC').replace(/\s+/g, ' ').trim() === b.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Every problem of the set, in Vietnamese, one line each (an empty list when the set is good).
 * Checks the shape of each query as well as its answers, so a hand-edited file is caught.
 */
export function verifyQuerySet(raw: unknown, procedures: Map<string, RealProcedure>, pages: Map<string, string>): string[] {
  const problems: string[] = [];
  if (!Array.isArray(raw)) return ['queries.json: cần một danh sách (mảng JSON) các truy vấn.'];
  if (raw.length < 80) problems.push(`queries.json: có ${raw.length} truy vấn, cần ít nhất 80.`);
  const seen = new Set<string>();
  raw.forEach((item: unknown, index) => {
    const where = `truy vấn số ${index + 1}`;
    if (!item || typeof item !== 'object') {
      problems.push(`${where}: cần một đối tượng { q, kind, colloquial, expect, note }.`);
      return;
    }
    const query = item as Record<string, unknown>;
    const q = typeof query.q === 'string' ? query.q : '';
    const label = q ? `${where} («${q}»)` : where;
    if (!q.trim()) problems.push(`${label}: trường "q" phải là chuỗi không rỗng.`);
    else if (q !== q.trim() || q !== q.normalize('NFC')) problems.push(`${label}: trường "q" phải ở dạng NFC, không có khoảng trắng ở đầu hay cuối.`);
    if (seen.has(q)) problems.push(`${label}: truy vấn bị lặp lại.`);
    seen.add(q);
    if (!QUERY_KINDS.includes(query.kind as QueryKind)) problems.push(`${label}: trường "kind" phải là một trong ${QUERY_KINDS.join(', ')}; gặp ${JSON.stringify(query.kind)}.`);
    if (typeof query.colloquial !== 'boolean') problems.push(`${label}: trường "colloquial" phải là true hoặc false.`);
    if (typeof query.note !== 'string' || !query.note.trim()) problems.push(`${label}: trường "note" phải giải thích vì sao đó là câu trả lời đúng.`);
    if (!Array.isArray(query.expect) || query.expect.length === 0) {
      problems.push(`${label}: trường "expect" phải là danh sách không rỗng các { code } hoặc { path }.`);
      return;
    }
    for (const answer of query.expect as unknown[]) {
      const entry = (answer && typeof answer === 'object' ? answer : {}) as Record<string, unknown>;
      const title = typeof entry.title === 'string' ? entry.title : undefined;
      if (typeof entry.code === 'string' && entry.path === undefined) {
        const procedure = procedures.get(entry.code);
        if (!procedure) problems.push(`${label}: mã thủ tục ${entry.code} không có trong ${basename(REAL_PROCEDURES_TARBALL)}.`);
        else if (title !== undefined && !sameText(title, procedure.title)) problems.push(`${label}: mã ${entry.code} có tên «${procedure.title}», không phải «${title}».`);
      } else if (typeof entry.path === 'string' && entry.code === undefined) {
        const pageTitle = pages.get(entry.path);
        if (pageTitle === undefined) problems.push(`${label}: không có trang ${entry.path} trong nội dung mẫu.`);
        else if (title !== undefined && !sameText(title, pageTitle)) problems.push(`${label}: trang ${entry.path} có tiêu đề «${pageTitle}», không phải «${title}».`);
      } else {
        problems.push(`${label}: mỗi mục của "expect" phải có đúng một trong hai trường "code" hoặc "path"; gặp ${JSON.stringify(answer)}.`);
      }
    }
  });
  return problems;
}

/** Counts per kind and colloquial flag, for the console and the README. */
export function countKinds(queries: readonly BenchQuery[]): Map<string, { total: number; colloquial: number }> {
  const counts = new Map<string, { total: number; colloquial: number }>();
  for (const kind of QUERY_KINDS) counts.set(kind, { total: 0, colloquial: 0 });
  for (const query of queries) {
    const count = counts.get(query.kind) ?? { total: 0, colloquial: 0 };
    count.total += 1;
    if (query.colloquial) count.colloquial += 1;
    counts.set(query.kind, count);
  }
  return counts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const queriesFile = process.env.QUERIES ? resolve(process.env.QUERIES) : QUERIES_FILE;
  const tarball = process.env.REAL_DATA ? resolve(process.env.REAL_DATA) : REAL_PROCEDURES_TARBALL;
  if (!existsSync(tarball)) {
    console.error(`Không tìm thấy dữ liệu thật ${tarball} (đặt REAL_DATA=… để chỉ tới tệp .tar.gz).`);
    process.exit(1);
  }
  const raw = loadQuerySet(queriesFile);
  const procedures = readRealProcedures(tarball);
  const pages = readSamplePages();
  const problems = verifyQuerySet(raw, procedures, pages);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`✗ ${problem}`);
    console.error(`${problems.length} lỗi trong ${queriesFile}.`);
    process.exit(1);
  }
  const queries = raw as BenchQuery[];
  const answers = queries.reduce((sum, query) => sum + query.expect.length, 0);
  console.log(`✓ ${queries.length} truy vấn, ${answers} câu trả lời mong đợi, đều có trong ${procedures.size} thủ tục thật và ${pages.size} trang mẫu.`);
  for (const [kind, count] of countKinds(queries)) {
    const share = ((count.total / queries.length) * 100).toFixed(0);
    console.log(`  ${kind.padEnd(14)} ${String(count.total).padStart(3)} (${share} %)${count.colloquial ? `, ${count.colloquial} cần từ vựng (colloquial)` : ''}`);
  }
}
