/**
 * A content folder written by an attacker (or a careless copy-paste) built for real (issue 14,
 * item 3): `npm run build` refuses it with Vietnamese errors naming the file and what was found;
 * and Astro run directly on it (no check, as `astro dev` or a hand-made build would) publishes
 * none of it, while tables, images and ordinary links in the same body still work.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { copyContent, type ContentCopy } from '../helpers/content-fixture.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';

const HOSTILE_TITLE = 'Thông báo <script>alert("tieu-de")</script> mới';
const HOSTILE_BODY = [
  'Đoạn mở đầu của bài.',
  '',
  '<script>alert("the-script")</script>',
  '',
  '<iframe src="https://x.invalid/khung"></iframe>',
  '',
  '<img src="./images/hop.png" alt="Ảnh họp" onerror="alert(\'onerror\')">',
  '',
  '[Bấm vào đây](javascript:alert("lien-ket")) và [ảnh nhúng](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '',
  '<a href="jav&#x09;ascript:alert(\'che-giau\')">liên kết che giấu</a>',
  '',
  '<p style="background:url(https://x.invalid/theo-doi.png)">Đoạn có nền</p>',
  '',
  '<form action="https://x.invalid/thu"><input name="mat-khau"><button>Gửi</button></form>',
  '',
  '<object data="https://x.invalid/a.swf"></object><embed src="https://x.invalid/b.swf">',
  '',
  '<base href="https://x.invalid/"><meta http-equiv="refresh" content="0;url=https://x.invalid">',
  '',
  '| Giấy tờ | Số lượng |',
  '|---|---:|',
  '| Tờ khai | 1 |',
  '',
  '![Quang cảnh buổi họp](./images/hop.png)',
  '',
  '[Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn) · [Gọi một cửa](tel:02773851234)',
  '',
].join('\n');

const article = (title: string, body: string) =>
  `---\ntitle: '${title.replace(/'/g, "''")}'\ndate: 2026-10-05\nsummary: Bài có nội dung độc hại để kiểm thử.\nunit: van-phong\ncategory: cai-cach-tthc\n---\n${body}`;

let content: ContentCopy;
let scratch: string;
afterAll(() => {
  content?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});
beforeAll(() => {
  content = copyContent();
  content.write('news/bai-doc-hai.md', article(HOSTILE_TITLE, HOSTILE_BODY));
  scratch = mkdtempSync(join(tmpdir(), 'cchc-hostile-'));
});

describe('npm run build refuses a body that would publish scripts', () => {
  it('stops with Vietnamese errors naming the file and each thing found', () => {
    content.write('news/bai-mdx.mdx', `${article('Bài MDX', '')}import fs from 'node:fs'\n\nNội dung {fs.readFileSync('/etc/passwd', 'utf8')}\n`);
    try {
      const result = buildSite({ CONTENT_DIR: content.dir, OUT_DIR: join(scratch, 'npm-build'), BUILD_DATE: '2026-11-22', BASE_PATH: '/', ASTRO_CACHE_DIR: join(scratch, 'cache-1') });
      expect(result.status, result.output).not.toBe(0);
      const errors = result.output.split('\n').filter((line) => line.includes('news/bai-doc-hai.md'));
      for (const found of ['<script>', '<iframe>', 'onerror=', 'javascript:alert("lien-ket"', 'data:text/html', 'jav&#x09;ascript', 'style="background:url(', '<form>', '<input>', '<object>', '<embed>', '<base>', '<meta>']) {
        expect(errors.some((line) => line.includes(found)), `${found}\n${errors.join('\n')}`).toBe(true);
      }
      expect(errors.join('\n')).toMatch(/dòng 10: thẻ <script> không được dùng/);
      const mdx = result.output.split('\n').filter((line) => line.includes('news/bai-mdx.mdx'));
      expect(mdx.join('\n')).toMatch(/import\/export/);
      expect(mdx.join('\n')).toMatch(/dấu \{ \} là mã/);
    } finally {
      rmSync(join(content.dir, 'news', 'bai-mdx.mdx'), { force: true });
    }
  }, 300_000);
});

describe('Astro without the check (the second line): nothing of it reaches the page', () => {
  let page: ReturnType<typeof parse>;
  let html = '';
  let atom = '';
  let mdxHtml = '';
  const SECRET = `bi-mat-may-xay-dung-${process.pid}`;
  const secretFile = join(tmpdir(), `cchc-bi-mat-${process.pid}.txt`);
  afterAll(() => rmSync(secretFile, { force: true }));
  beforeAll(() => {
    // MDX compiles to code: without the plugin, this import would read a file of the build machine.
    writeFileSync(secretFile, SECRET);
    content.write(
      'news/bai-mdx-doc-hai.mdx',
      `${article('Bài MDX độc hại', '')}import { readFileSync } from 'node:fs'\nexport const bi_mat = readFileSync(${JSON.stringify(secretFile)}, 'utf8')\n\n` +
        'Mở đầu {bi_mat} và <Canh>chữ thành phần</Canh> <b onClick={() => alert("mdx-click")}>đậm</b>\n\n' +
        '<script>{"alert(\'mdx-script\')"}</script>\n\n<iframe src="https://x.invalid/mdx"></iframe>\n\n' +
        '[bấm](javascript:alert("mdx-link")) [Cổng](https://dichvucong.gov.vn)\n\n| Cột | Số |\n|---|---|\n| A | 1 |\n',
    );
    const out = join(scratch, 'astro-only');
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: PROJECT_ROOT,
      env: { ...env, NODE_ENV: 'production', CONTENT_DIR: content.dir, ASTRO_OUT_DIR: out, ASTRO_CACHE_DIR: join(scratch, 'cache-2'), BUILD_DATE: '2026-11-22', BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 300_000,
    });
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}${result.stderr}`);
    html = readFileSync(join(out, 'tin-tuc', 'bai-doc-hai', 'index.html'), 'utf8');
    mdxHtml = readFileSync(join(out, 'tin-tuc', 'bai-mdx-doc-hai', 'index.html'), 'utf8');
    atom = readFileSync(join(out, 'atom.xml'), 'utf8');
    page = parse(html);
  }, 300_000);

  it('has no script, frame, form, object, base or meta refresh from the body, and no event attribute', () => {
    const body = page.querySelector('main article')!;
    expect(body.querySelectorAll('script, iframe, form, input, button, object, embed, base, svg')).toHaveLength(0);
    expect(page.querySelectorAll('base')).toHaveLength(0);
    expect(page.querySelectorAll('meta[http-equiv]').map((meta) => meta.getAttribute('http-equiv')?.toLowerCase())).not.toContain('refresh');
    // The only scripts are the page's own JSON-LD data; the hostile title in it is escaped text.
    for (const script of page.querySelectorAll('script')) {
      expect(script.getAttribute('type')).toBe('application/ld+json');
      expect(script.textContent).not.toContain('<');
    }
    expect(html).not.toContain('the-script');
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:|data:text\/html|x\.invalid/i);
    for (const marker of ['lien-ket', 'che-giau', 'onerror', 'mat-khau', 'theo-doi']) expect(html).not.toContain(marker);
  });

  it('keeps the table, the images (optimized) and the ordinary links of the same body', () => {
    const main = page.querySelector('main article')!;
    expect(main.querySelectorAll('table td').map((td) => td.textContent)).toEqual(['Tờ khai', '1']);
    // The Markdown image goes through Astro's image pipeline as usual (raw <img> tags never did).
    const image = main.querySelector('img[alt="Quang cảnh buổi họp"]');
    expect(image?.getAttribute('src')).toMatch(/^\/_astro\/hop\..+\.webp$/);
    expect(main.querySelector('a[href="https://dichvucong.gov.vn"]')?.textContent).toBe('Cổng Dịch vụ công quốc gia');
    expect(main.querySelector('a[href="tel:02773851234"]')).not.toBeNull();
    expect(main.textContent).toContain('Đoạn có nền');
    expect(main.textContent).toContain('liên kết che giấu');
  });

  it('an MDX body runs no code at build and publishes no script, component or unsafe link', () => {
    const body = parse(mdxHtml).querySelector('main article')!;
    expect(body.querySelectorAll('script, iframe')).toHaveLength(0);
    expect(mdxHtml).not.toMatch(/onclick|javascript:|x\.invalid/i);
    expect(mdxHtml).not.toContain(SECRET);
    expect(body.textContent).toContain('chữ thành phần');
    expect(body.querySelector('a[href="https://dichvucong.gov.vn"]')).not.toBeNull();
    expect(body.querySelectorAll('table td').map((td) => td.textContent)).toEqual(['A', '1']);
  });

  it('shows a title holding <script> as text, on the page and in the feed', () => {
    expect(page.querySelector('h1')?.textContent).toBe(HOSTILE_TITLE);
    expect(atom).not.toContain('<script');
    expect(atom).toContain('<title type="text">Thông báo &lt;script&gt;alert(&quot;tieu-de&quot;)&lt;/script&gt; mới</title>');
  });
});
