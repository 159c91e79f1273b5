/**
 * The body scan of src/lib/markdown-safety.ts in the corners where a mistake hides a script from
 * the editor or reports code as an error: which fences Markdown closes, reference definitions,
 * srcset lists, entity-hidden schemes, the exact text and line of a finding, MDX rules. Written from
 * the survivors of a mutation run (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest';
import { blankCode, normalizeUrl, scanBody, unsafeScheme } from '../../src/lib/markdown-safety.ts';
import { sanitizeBodyHtml } from '../../src/lib/sanitize-body.ts';

const scan = (lines: string[], mdx = false) => scanBody(lines.join('\n'), { mdx }).map((f) => `${f.line}:${f.kind}:${f.found}`);

describe('code fences are recognised as Markdown recognises them', () => {
  it('a closing fence indented up to three spaces, with trailing spaces, ends the block: the script after it is found', () => {
    expect(scan(['```', '<b>mã</b>', '   ```   ', '<script>alert(1)</script>'])).toEqual(['4:forbiddenTag:<script>']);
    expect(scan(['  ```html', '<iframe src="x">', ' ```', '<iframe src="y">'])).toEqual(['4:forbiddenTag:<iframe>']);
  });

  it('a longer closing fence ends the block; a shorter one or one of the other character does not', () => {
    expect(scan(['```', 'mã', '`````', '<script>x</script>'])).toEqual(['4:forbiddenTag:<script>']);
    expect(scan(['````', '```', '<script>x</script>', '````', '<embed src="a">'])).toEqual(['5:forbiddenTag:<embed>']);
    expect(scan(['~~~', '```', '<script>x</script>', '~~~', '<object data="a"></object>'])).toEqual(['5:forbiddenTag:<object>']);
    expect(scan(['```', '<script>x</script>', '```js', '<form></form>'])).toEqual([]);
  });

  it('an unclosed fence runs to the end of the body, and a line indented four spaces opens none', () => {
    expect(scan(['Văn bản', '```', '<script>x</script>', '', '<iframe src="x">'])).toEqual([]);
    expect(scan(['Đoạn', '', '    ```', '', '<script>x</script>', '', '    ```'])).toEqual(['5:forbiddenTag:<script>']);
  });

  it('a closing fence is a line of its own; a code span may run over a line break inside its paragraph', () => {
    expect(scan(['```', 'mã ```', '<script>x</script>'])).toEqual([]);
    expect(scan(['Ví dụ `<iframe', 'src=x>`', 'là mã.'])).toEqual([]);
  });

  it('blanks code spans and blocks character for character, leaving the rest untouched', () => {
    expect(blankCode('a `<b>` c ``x`y`` d')).toBe('a       c         d');
    expect(blankCode('x\n~~~\n<s>\n~~~\ny')).toBe('x\n   \n   \n   \ny');
    expect(blankCode('`<script>` và ``<iframe>``')).toBe(' '.repeat(10) + ' và ' + ' '.repeat(12));
    // A code span ends with its paragraph: backticks on either side of a blank line hide nothing.
    expect(scan(['giá ` 5', '', '<script>x</script>', '', '`'])).toEqual(['3:forbiddenTag:<script>']);
    expect(scan(['giá ` 5', '<b>x</b> `'])).toEqual([]);
  });
});

describe('reference-style link definitions', () => {
  it('finds javascript: in every form a definition can take, with the URL as found', () => {
    expect(scan(['[a]: javascript:alert(1)'])).toEqual(['1:unsafeUrl:javascript:alert(1)']);
    expect(scan(['Đoạn.', '', '[b]: <javascript:alert(1)> "tiêu đề"']).filter((f) => f.startsWith('3:unsafeUrl:javascript:alert(1)'))).not.toHaveLength(0);
    expect(scan(['[c]:', '   javascript:alert(1)'])).toEqual(['1:unsafeUrl:javascript:alert(1)']);
    expect(scan(['   [d]: JAVASCRIPT:alert(1)'])).toEqual(['1:unsafeUrl:JAVASCRIPT:alert(1)']);
  });

  it('inside a quote or a list item too (Markdown turns those into links as well)', () => {
    expect(scan(['> [a]: javascript:alert(1)'])).toEqual(['1:unsafeUrl:javascript:alert(1)']);
    expect(scan(['>[a]: javascript:alert(1)'])).toEqual(['1:unsafeUrl:javascript:alert(1)']);
    expect(scan(['- [a]: javascript:alert(1)'])).toEqual(['1:unsafeUrl:javascript:alert(1)']);
    expect(scan(['Mục', '1. [a]: data:text/html,x'])).toEqual(['2:unsafeUrl:data:text/html,x']);
    expect(scan(['> - [a]: vbscript:x'])).toEqual(['1:unsafeUrl:vbscript:x']);
  });

  it('counts list numbers of any length, and reads a definition only at the start of a line', () => {
    expect(scan(['10. [a]: javascript:x'])).toEqual(['1:unsafeUrl:javascript:x']);
    expect(scan(['Xem [a]: javascript:x là chữ thường'])).toEqual([]);
  });

  it('accepts definitions pointing to pages, e-mail and files', () => {
    expect(scan(['[a]: https://dichvucong.gov.vn', '> [b]: ./tep.pdf', '- [c]: mailto:a@b.vn "Thư"'])).toEqual([]);
  });
});

describe('URLs in attributes', () => {
  it('checks every candidate of a srcset, not only the first', () => {
    expect(scan(['<img alt="a" srcset="a.png 1x, javascript:alert(1) 2x">'])).toEqual(['1:unsafeUrl:srcset="javascript:alert(1)"']);
    expect(scan(['<img alt="a" srcset="  b.png 480w,vbscript:x 800w">'])).toEqual(['1:unsafeUrl:srcset="vbscript:x"']);
    expect(scan(['<img alt="a" srcset="a.png 1x, b.png 2x">'])).toEqual([]);
  });

  it('splits only srcset on commas; an autolink is quoted as written', () => {
    expect(scan(['<a href="https://a.vn/?q=a, javascript:x">a</a>'])).toEqual([]);
    expect(scan(['Xem <vbscript:msgbox(1)>'])).toContain('1:unsafeUrl:vbscript:msgbox(1)');
    expect(scan(['<b onClick="x()">b</b>'])).toEqual(['1:eventAttribute:onclick=']);
  });

  it('reads single-quoted and unquoted values without their quotes', () => {
    expect(scan(["<a href='javascript:x()'>a</a>"])).toEqual(['1:unsafeUrl:href="javascript:x()"']);
    expect(scan(['<a href=vbscript:x>a</a>'])).toEqual(['1:unsafeUrl:href="vbscript:x"']);
    expect(scan(['<a title="javascript:x" href="https://a.vn">a</a>'])).toEqual([]);
  });

  it('decodes what a browser decodes before it reads the scheme', () => {
    for (const hidden of ['&#106;avascript:x', '&#x6A;avascript:x', '&#106avascript:x', 'java&Tab;script:x', 'java&NewLine;script:x', '%6Aavascript:x', 'java\u0000script:x', ' \u0085javascript:x']) {
      expect(unsafeScheme(hidden), hidden).toBe('javascript');
    }
    expect(normalizeUrl('javascript&colon;alert&lpar;1&rpar;')).toBe('javascript:alert(1)');
    expect(normalizeUrl('a&unknown;b&amp;c')).toBe('a&unknown;b&c');
    // A stray % is not an escape: the rest is still read.
    expect(unsafeScheme('javascript:alert("100%")')).toBe('javascript');
    expect(unsafeScheme('HTTPS://dichvucong.gov.vn')).toBeUndefined();
    expect(unsafeScheme('mailto:a@b.vn')).toBeUndefined();
    expect(unsafeScheme('tep:1:2')).toBe('tep');
    expect(unsafeScheme('1tep:x')).toBeUndefined();
  });

  it('style: each way of loading or running something is an error', () => {
    for (const css of ['background:u&#114;l(a.png)', 'x:expression(1)', 'background:javascript:x', '@import "a.css"', 'behavior:url(a)', '-moz-binding:x']) {
      expect(scan([`<p style="${css}">a</p>`])[0], css).toMatch(/^1:unsafeStyle:style=/);
    }
    expect(scan(['<p style="color:red">a</p>'])).toEqual(['1:styleRemoved:style="color:red"']);
    expect(scan([`<p style="font-family:'Times New Roman'">a</p>`])).toEqual([`1:styleRemoved:style="font-family:'Times New Roman'"`]);
  });
});

describe('what a finding says', () => {
  it('names the tag in lower case, skips closing tags, and warns about unknown tags', () => {
    expect(scan(['<SCRIPT>x</SCRIPT>', '</iframe>', '<marquee>chạy</marquee>'])).toEqual(['1:forbiddenTag:<script>', '3:tagRemoved:<marquee>']);
  });

  it('gives errors for refused input and warnings for what is only removed', () => {
    const found = scanBody('<script></script>\n<p style="color:red">a</p>\n<font>x</font>', { mdx: false });
    expect(found.map((f) => f.severity)).toEqual(['error', 'warning', 'warning']);
  });

  it('lists findings in the order of the file, whatever the kind', () => {
    expect(scan(['[a](javascript:x)', '<script></script>', '[b]: javascript:y'])).toEqual([
      '1:unsafeUrl:javascript:x',
      '2:forbiddenTag:<script>',
      '3:unsafeUrl:javascript:y',
    ]);
  });

  it('shortens what it quotes to 60 characters', () => {
    const long = `import x from '${'a'.repeat(80)}'`;
    const [finding] = scanBody(long, { mdx: true });
    expect(finding?.found).toHaveLength(58);
    expect(finding?.found).toBe(`${long.slice(0, 57)}…`);
    const exact = `export const a = '${'b'.repeat(60 - 19)}'`;
    expect(exact).toHaveLength(60);
    expect(scanBody(exact, { mdx: true })[0]?.found).toBe(exact);
  });
});

describe('MDX', () => {
  it('refuses import/export only as whole words at the start of a line', () => {
    expect(scan(['importance của việc', 'exported', 'Xem import x'], true)).toEqual([]);
    expect(scan(['Đoạn', 'export default 1'], true)).toEqual(['2:mdxEsm:export default 1']);
  });

  it('refuses spread attributes and components with a dot; in .md the same tags are plain HTML', () => {
    expect(scan(['<b {...props}>x</b>'], true)).toEqual(['1:mdxExpression:<b {...props}>']);
    expect(scan(['<ui.Nut />'], true)).toEqual(['1:mdxComponent:<ui.Nut>']);
    expect(scan(['<nut />'], true)).toEqual(['1:tagRemoved:<nut>']);
    expect(scan(['<Canh />', '<b title={x}>b</b>'])).toEqual(['1:tagRemoved:<canh>']);
    expect(scan(['<b title="{x}">b</b>'], true)).toEqual(['1:mdxExpression:<b title="{x}">']);
    expect(scan(['<b title={x}>b</b>'], true)).toEqual(['1:mdxExpression:title={…}']);
  });

  it('finds an expression outside tags, up to the end of its line', () => {
    expect(scan(['Có {ab} và {cd', 'e}'], true)).toEqual(['1:mdxExpression:{ab}', '1:mdxExpression:{cd']);
    // Line numbers stay those of the file when a tag before the expression runs over two lines.
    expect(scan(['<b', 'title="một tiêu đề dài">a</b>', '{y}'], true)).toEqual(['3:mdxExpression:{y}']);
    expect(scan(['<myTag>x</myTag>'], true)).toEqual(['1:tagRemoved:<mytag>']);
  });
});

describe('cleaning rendered HTML', () => {
  it('drops srcset, keeps void elements in the pages\' <br> style, and keeps only checkbox inputs', () => {
    expect(sanitizeBodyHtml('<img src="a.png" alt="a" srcset="javascript:alert(1) 1x">')).toBe('<img src="a.png" alt="a">');
    expect(sanitizeBodyHtml('<hr><p>a<br/>b</p><table><colgroup><col span="2"></colgroup></table>')).toBe(
      '<hr><p>a<br>b</p><table><colgroup><col span="2"></colgroup></table>',
    );
    expect(sanitizeBodyHtml('<p><input type="text" value="x"><input type="checkbox" checked disabled></p>')).toBe(
      '<p><input type="checkbox" checked disabled></p>',
    );
  });
});
