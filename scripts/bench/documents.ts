/**
 * Build time of the documents library (issue 15), on a small fixture site plus:
 *   A. N documents, each with a two-page text PDF (default 500), built with an empty documents
 *      cache (every PDF read by pdf.js) and again with the cache filled;
 *   B. M scanned one-page PDFs (default 50), built with an empty OCR cache (pdftoppm + Tesseract
 *      on every page) and again with it filled;
 * and, for comparison, the same fixture site with no documents at all.
 *
 *   node scripts/bench/documents.ts [--text 500] [--scanned 50] [--out /tmp/bench-documents]
 *
 * Generated folders already in --out with the right number of files are reused (making 500 PDFs
 * with Chromium takes minutes on a busy machine).
 *
 * Each build gets a fresh Astro cache (so the data store is cold in every run: what is measured
 * is the documents' own cache). The machine's load average is printed before each build: this
 * 2-core machine is shared, and a busy neighbour changes the figures.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../src/config/paths.ts';
import { FixtureMaker } from '../../tests/helpers/pdf-fixtures.ts';
import { measure } from './measure.ts';

const { values } = parseArgs({
  options: { text: { type: 'string', default: '500' }, scanned: { type: 'string', default: '50' }, out: { type: 'string', default: '/tmp/bench-documents' } },
});
const TEXT = Number(values.text);
const SCANNED = Number(values.scanned);
const OUT = values.out!;
const FIXTURE = join(PROJECT_ROOT, 'tests', 'fixtures', 'content-good');

const ISSUERS = ['UBND xã Hòa An', 'UBND xã Tân Phú', 'Ủy ban nhân dân thành phố Cần Thơ'];
const TYPES = [['ke-hoach', 'KH'], ['bao-cao', 'BC'], ['thong-bao', 'TB'], ['cong-van', 'CV']] as const;
const WORDS = ['hồ sơ', 'trực tuyến', 'một cửa', 'đúng hạn', 'chữ ký số', 'định danh', 'ấp', 'tuyên truyền', 'đường dây nóng', 'đối thoại', 'thanh toán', 'lệ phí'];

function sentence(seed: number): string {
  const pick = (i: number) => WORDS[(seed * 7 + i * 3) % WORDS.length];
  return `Nội dung số ${seed}: tăng cường ${pick(0)}, ${pick(1)} và ${pick(2)} tại ${pick(3)} ${seed % 17}, đạt ${seed % 100}% kế hoạch.`;
}

function entry(number: string, type: string, title: string, issuer: string, issued: string, file: string): string {
  return ['---', `number: ${number}`, `type: ${type}`, `title: ${JSON.stringify(title)}`, `issuer: ${issuer}`, `issued: ${issued}`, 'files:', `  - file: ${file}`, '---', ''].join('\n');
}

async function makeSite(name: string, text: number, scanned: number): Promise<string> {
  const dir = join(OUT, name);
  const docs = join(dir, 'documents');
  if (existsSync(docs) && readdirSync(docs).length === 2 * (text + scanned)) return dir;
  rmSync(dir, { recursive: true, force: true });
  cpSync(FIXTURE, dir, { recursive: true });
  mkdirSync(docs);
  const maker = new FixtureMaker();
  try {
    for (let i = 0; i < text; i += 1) {
      const [type, code] = TYPES[i % TYPES.length]!;
      const id = `van-ban-${i + 1}`;
      const pages = [[`Số: ${i + 1}/${code}-UBND`, sentence(i), sentence(i + 1000), sentence(i + 2000)], [sentence(i + 3000), sentence(i + 4000)]];
      writeFileSync(join(docs, `${id}.pdf`), await maker.textPdf(pages));
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      writeFileSync(join(docs, `${id}.md`), entry(`${i + 1}/${code}-UBND`, type, `Văn bản thử số ${i + 1} về cải cách hành chính`, ISSUERS[i % ISSUERS.length]!, `2026-${month}-${day}`, `${id}.pdf`));
    }
    for (let i = 0; i < scanned; i += 1) {
      const id = `ban-quet-${i + 1}`;
      writeFileSync(join(docs, `${id}.pdf`), await maker.scannedPdf([['THÔNG BÁO', `Số: ${i + 1}/TB-UBND`, sentence(i + 5000), sentence(i + 6000)]]));
      writeFileSync(join(docs, `${id}.md`), entry(`${i + 1}/TB-VP`, 'thong-bao', `Thông báo bản quét số ${i + 1}`, 'UBND xã Hòa An', '2026-05-01', `${id}.pdf`));
    }
  } finally {
    await maker.close();
  }
  return dir;
}

async function build(label: string, content: string, documentsCache: string): Promise<void> {
  const load = loadavg().map((n) => n.toFixed(2)).join(' / ');
  const astroCache = join(OUT, `astro-cache-${Date.now()}`);
  const result = await measure(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build.ts')], {
    cwd: PROJECT_ROOT,
    quiet: true,
    env: {
      ...process.env,
      // Astro's launcher runs on the first `node` of PATH: the project's Node 24, as npm scripts do.
      PATH: `${join(PROJECT_ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
      CONTENT_DIR: content,
      OUT_DIR: join(OUT, 'dist'),
      BUILD_DATE: '2026-11-22',
      ASTRO_CACHE_DIR: astroCache,
      DOCUMENTS_CACHE_DIR: documentsCache,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  rmSync(astroCache, { recursive: true, force: true });
  if (result.exitCode !== 0) throw new Error(`${label}: build failed\n${result.output.slice(-2000)}`);
  console.log(
    `| ${label} | ${result.wallSeconds.toFixed(1)} s | ${result.cpuSeconds?.toFixed(1) ?? '?'} s | ${(result.peakTreeRss / 1024 ** 3).toFixed(2)} GB | ${load} |`,
  );
}

mkdirSync(OUT, { recursive: true });
console.log(`Generating ${TEXT} text-PDF documents and ${SCANNED} scanned pages…`);
const empty = await makeSite('none', 0, 0);
const texts = await makeSite('text', TEXT, 0);
const scans = await makeSite('scanned', 0, SCANNED);
console.log('\n| build | wall | CPU (user+sys) | peak RSS (tree) | load avg 1/5/15 min before |\n|---|---|---|---|---|');
const fresh = (name: string) => {
  const dir = join(OUT, `cache-${name}`);
  rmSync(dir, { recursive: true, force: true });
  return dir;
};
await build('fixture site, no documents', empty, fresh('none'));
const textCache = fresh('text');
await build(`${TEXT} text PDFs, empty cache`, texts, textCache);
await build(`${TEXT} text PDFs, cache filled`, texts, textCache);
const ocrCache = fresh('scanned');
await build(`${SCANNED} scanned pages, empty OCR cache`, scans, ocrCache);
await build(`${SCANNED} scanned pages, OCR cache filled`, scans, ocrCache);
