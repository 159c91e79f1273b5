/**
 * The content folder of the search-quality benchmark: the 1,601 real national-portal procedures
 * (unpacked from ../shared/real-data, never copied into the repository), the sample site's
 * settings, units, hotlines and news, and generated news of two kinds:
 * - news about real procedures ("Hướng dẫn người dân đăng ký khai sinh trực tuyến"), dated in the
 *   last two years so they sit in the primary bundle beside the procedures they name: the
 *   competition a citizen's query meets on a real site (issue 13: three news above "đăng ký khai
 *   sinh");
 * - the build benchmark's generic reform news (scripts/bench/generate.ts), spread over ten years.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/config/paths.ts';
import { generateContent, seeded } from './generate.ts';

export const REAL_PROCEDURES = resolve(PROJECT_ROOT, '..', 'shared', 'real-data', 'procedures-national-portal.tar.gz');

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Subjects citizens ask about most: news about these procedures are the hardest competition. */
const POPULAR = ['khai sinh', 'khai tử', 'kết hôn', 'cư trú', 'thường trú', 'tạm trú', 'căn cước', 'hộ chiếu', 'chứng thực', 'hộ kinh doanh', 'đất', 'xây dựng', 'lái xe', 'hộ tịch'];
const PLACES = ['Hòa An', 'Tân Phú', 'Long Thạnh', 'Thới Lai', 'Phong Điền', 'Đông Thuận'];
const TITLES = [
  (name: string, place: string) => `Hướng dẫn người dân ${name} trực tuyến tại xã ${place}`,
  (name: string, place: string) => `Xã ${place} đẩy mạnh ${name} qua Cổng Dịch vụ công`,
  (name: string) => `Tuyên truyền, hỗ trợ người dân về ${name}`,
  (name: string, place: string) => `${place}: rút ngắn thời gian ${name}`,
];
const SENTENCES = [
  'Bộ phận Một cửa bố trí công chức hướng dẫn người dân chuẩn bị hồ sơ, tránh đi lại nhiều lần.',
  'Người dân có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử.',
  'Trong tháng, xã tiếp nhận hơn 120 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 100%.',
  'Tổ công nghệ số cộng đồng hỗ trợ người cao tuổi thao tác trên điện thoại.',
  'Lãnh đạo UBND xã yêu cầu công khai quy trình, thời gian và lệ phí tại trụ sở.',
];

function procedureName(title: string): string {
  const name = title.replace(/^Thủ tục\s+/i, '');
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function topicalNews(titles: string[], count: number, seed = 13): { file: string; text: string }[] {
  const random = seeded(seed);
  const popular = titles.filter((title) => POPULAR.some((word) => title.toLowerCase().includes(word)));
  const out: { file: string; text: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = procedureName(random() < 0.7 ? pick(random, popular) : pick(random, titles));
    const place = pick(random, PLACES);
    const title = pick(random, TITLES)(name, place);
    const month = 1 + Math.floor(random() * 22);
    const date = `${2025 + Math.floor((month - 1) / 12)}-${pad(((month - 1) % 12) + 1, 2)}-${pad(1 + Math.floor(random() * 28), 2)}`;
    const body = [
      `Thời gian qua, xã ${place} tập trung hướng dẫn người dân ${name}. ${pick(random, SENTENCES)}`,
      `## Kết quả`,
      `${pick(random, SENTENCES)} ${pick(random, SENTENCES)} Việc ${name} được thực hiện đúng quy định.`,
      pick(random, SENTENCES),
    ].join('\n\n');
    out.push({
      file: `tin-thu-tuc-${pad(i + 1, 4)}.md`,
      text: ['---', `title: ${JSON.stringify(title)}`, `date: ${date}`, `summary: ${JSON.stringify(`Xã ${place} hướng dẫn người dân ${name}.`)}`, 'unit: trung-tam-phuc-vu-hcc', 'category: cai-cach-tthc', '---', '', body, ''].join('\n'),
    });
  }
  return out;
}

export interface QualityCorpus {
  dir: string;
  procedures: number;
  news: number;
}

/**
 * Write the benchmark's content folder into `dir` (which must not exist). `procedureFilter`
 * keeps only the procedures it accepts (the browser test uses 'Hộ tịch' and 'Cư trú').
 */
export function writeQualityCorpus(
  dir: string,
  options: { topicalNews?: number; genericNews?: number; procedureFilter?: (field: string) => boolean } = {},
): QualityCorpus {
  const { topicalNews: topical = 300, genericNews: generic = 400, procedureFilter } = options;
  const sample = join(PROJECT_ROOT, 'content');
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(sample)) {
    // Models and contests are not what the queries look for; the real procedures replace the sample's.
    if (['procedures', 'models', 'contests'].includes(entry)) continue;
    cpSync(join(sample, entry), join(dir, entry), { recursive: true });
  }
  // Cover images play no part in search; without them the corpus builds whatever the pages
  // around it do with images (the e-bulletin's e-mail page failed on a sample cover here).
  for (const file of readdirSync(join(dir, 'news')).filter((name) => name.endsWith('.md'))) {
    const path = join(dir, 'news', file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^cover(Alt)?:.*\n/gm, ''));
  }
  const unpacked = spawnSync('tar', ['xzf', REAL_PROCEDURES, '-C', dir], { stdio: 'inherit' });
  if (unpacked.status !== 0) throw new Error(`Không giải nén được ${REAL_PROCEDURES}`);
  const titles: string[] = [];
  for (const file of readdirSync(join(dir, 'procedures'))) {
    const text = readFileSync(join(dir, 'procedures', file), 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { title?: string; field?: string };
    if (procedureFilter && !procedureFilter(data.field ?? '')) {
      rmSync(join(dir, 'procedures', file));
      continue;
    }
    if (data.title) titles.push(data.title);
  }
  for (const { file, text } of topicalNews(titles, topical)) writeFileSync(join(dir, 'news', file), text);
  if (generic > 0) {
    const generated = join(dir, '.generated');
    generateContent(generated, Math.round(generic / 0.8));
    for (const file of readdirSync(join(generated, 'news'))) {
      // The generator's units are not the sample's: its news are published by the sample's office.
      const text = readFileSync(join(generated, 'news', file), 'utf8').replace(/^unit: .*$/m, 'unit: van-phong');
      writeFileSync(join(dir, 'news', `chung-${file}`), text);
    }
    rmSync(generated, { recursive: true, force: true });
  }
  return { dir, procedures: titles.length, news: readdirSync(join(dir, 'news')).length };
}

export const hasRealProcedures = () => existsSync(REAL_PROCEDURES);
