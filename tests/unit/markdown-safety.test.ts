/**
 * Editor input that would publish scripts (issue 14, item 3): found in the source with the line,
 * and removed from the rendered HTML whatever the check said.
 */
import { describe, expect, it } from 'vitest';
import { blankCode, scanBody, unsafeScheme } from '../../src/lib/markdown-safety.ts';
import { sanitizeBodyHtml } from '../../src/lib/sanitize-body.ts';

const kinds = (body: string, mdx = false) => scanBody(body, { mdx }).map((f) => `${f.line}:${f.kind}:${f.severity}`);

describe('scanning a body', () => {
  it('finds scripts, frames, forms, base, meta, svg and event attributes, with their lines', () => {
    const body = [
      'Đoạn mở đầu.',
      '<script>alert(1)</script>',
      '<IFRAME src="https://x.invalid"></IFRAME>',
      '<object data="x.swf"></object><embed src="x.swf">',
      '<form action="https://x.invalid"><input name="a"></form>',
      '<base href="https://x.invalid/"><meta http-equiv="refresh" content="0;url=https://x.invalid">',
      '<img src="a.png" alt="a" onerror="alert(1)"> <b ONCLICK="x()">b</b>',
      '<svg onload="x()"></svg>',
    ].join('\n');
    expect(kinds(body)).toEqual([
      '2:forbiddenTag:error',
      '3:forbiddenTag:error',
      '4:forbiddenTag:error',
      '4:forbiddenTag:error',
      '5:forbiddenTag:error',
      '5:forbiddenTag:error',
      '6:forbiddenTag:error',
      '6:forbiddenTag:error',
      '7:eventAttribute:error',
      '7:eventAttribute:error',
      '8:forbiddenTag:error',
      '8:eventAttribute:error',
    ]);
  });

  it('finds javascript:, vbscript: and data: links however they are written', () => {
    const body = [
      '[bấm](javascript:alert(1))',
      '[bấm](  JaVaScRiPt:alert(1))',
      '[bấm](java&#x09;script:alert(1))',
      '[bấm](jav&#97;script:alert(1))',
      '[bấm](javascript&colon;alert(1))',
      '![ảnh](data:image/svg+xml;base64,PHN2Zz4=)',
      '<vbscript:msgbox(1)>',
      '[tham khảo]: vbscript:msgbox',
      '<a href="  javascript:alert(1)">x</a>',
      '<img src="data:text/html,<script>" alt="x">',
    ].join('\n');
    expect(kinds(body).filter((k) => k.endsWith('unsafeUrl:error'))).toHaveLength(10);
  });

  it('finds style that loads or runs something (error) and plain style that will be removed (warning)', () => {
    expect(kinds('<p style="background:url(https://x.invalid/a.png)">a</p>\n<span style="color:red">b</span>')).toEqual([
      '1:unsafeStyle:error',
      '2:styleRemoved:warning',
    ]);
    expect(kinds('<p style="width: expression(alert(1))">a</p>')).toEqual(['1:unsafeStyle:error']);
  });

  it('accepts what bodies really hold: tables, images, links to pages, phone and e-mail, layout HTML', () => {
    const body = [
      '## Hồ sơ gồm',
      '| Giấy tờ | Số lượng |',
      '|---|---:|',
      '| Tờ khai | 1 |',
      '![Quầy một cửa](./images/quay.jpg)',
      '[Cổng Dịch vụ công](https://dichvucong.gov.vn) · [gọi](tel:02923861246) · <mailto:ubnd@example.vn>',
      '[thủ tục](../thu-tuc/dang-ky-khai-sinh/) [mục](#ho-so)',
      '<table><caption>Lịch</caption><tr><th scope="col">Ngày</th></tr><tr><td colspan="2">Thứ Hai</td></tr></table>',
      'Dòng một<br>dòng hai, H<sub>2</sub>O, x<sup>2</sup>',
      '<details><summary>Xem thêm</summary>Nội dung</details>',
      '<figure><img src="./images/a.jpg" alt="Ảnh"><figcaption>Chú thích</figcaption></figure>',
      'Lệ phí: 50.000 đồng; thời hạn {3 ngày} trong tệp .md là chữ thường.',
    ].join('\n');
    expect(scanBody(body, { mdx: false })).toEqual([]);
  });

  it('ignores tags shown as code', () => {
    const body = 'Ví dụ `<script>` là mã.\n\n```html\n<script>alert(1)</script>\n<iframe src="x">\n```\n\nHết.';
    expect(scanBody(body, { mdx: false })).toEqual([]);
    expect(blankCode(body).split('\n')).toHaveLength(body.split('\n').length);
  });

  it('in MDX, refuses import/export, {expressions}, components and expression attributes', () => {
    const body = ["import fs from 'node:fs'", 'export const x = 1', '', 'Có {fs.readFileSync("/etc/passwd")} và <Canh />', '<b title={x}>b</b>'].join('\n');
    expect(kinds(body, true)).toEqual([
      '1:mdxEsm:error',
      '2:mdxEsm:error',
      '4:mdxComponent:error',
      '4:mdxExpression:error',
      '5:mdxExpression:error',
    ]);
  });

  it('names only unsafe schemes', () => {
    expect(unsafeScheme('https://dichvucong.gov.vn')).toBeUndefined();
    expect(unsafeScheme('tel:1022')).toBeUndefined();
    expect(unsafeScheme('./images/a.jpg')).toBeUndefined();
    expect(unsafeScheme('/cchc/thu-tuc/')).toBeUndefined();
    expect(unsafeScheme('javascript:x')).toBe('javascript');
    expect(unsafeScheme('file:///etc/passwd')).toBe('file');
  });
});

describe('cleaning the rendered HTML', () => {
  it('removes scripts, frames, forms, event attributes and unsafe links, and keeps the text', () => {
    const html = sanitizeBodyHtml(
      '<p>Xin <b onclick="x()">chào</b> <a href="javascript:alert(1)">bấm</a><script>alert(1)</script></p>' +
        '<iframe src="https://x.invalid">khung</iframe><form action="x"><input name="a"><button>Gửi</button></form>' +
        '<p style="background:url(x)">nền</p><a href="https://x.invalid" target="_blank">ngoài</a><base href="https://x.invalid/">' +
        '<img src="data:image/svg+xml;base64,AAA" alt="d"><svg onload="x()"><circle/></svg>',
    );
    expect(html).not.toMatch(/<script|<iframe|<form|<input|<button|<base|<svg|onclick|onload|javascript:|data:|url\(|target=/i);
    expect(html).toContain('<b>chào</b>');
    expect(html).toContain('<a>bấm</a>');
    expect(html).toContain('<p>nền</p>');
    expect(html).toContain('Gửi');
    expect(html).not.toContain('alert(1)');
  });

  it('keeps tables, alignment, images Astro will optimize, headings with ids, footnotes and safe links as they were', () => {
    const safe =
      '<h2 id="ho-so">Hồ sơ</h2><table><thead><tr><th style="text-align:right">Số</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>' +
      '<p><img __ASTRO_IMAGE_="{&quot;src&quot;:&quot;./images/a.jpg&quot;,&quot;alt&quot;:&quot;Ảnh&quot;,&quot;index&quot;:0}"></p>' +
      '<p><a href="tel:+842923861246">0292.3861.246</a> <a href="mailto:a@b.vn">thư</a> <a href="../thu-tuc/">thủ tục</a><sup><a href="#fn-1" id="fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup></p>' +
      '<ul><li><input type="checkbox" disabled> việc</li></ul><p>Dòng<br>hai</p>';
    expect(sanitizeBodyHtml(safe)).toBe(safe);
  });
});
