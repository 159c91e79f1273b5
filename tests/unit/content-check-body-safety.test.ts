/**
 * What `npm run check` tells an editor about a body that would publish a script (issue 14, item 3):
 * the file, the line of the file (front matter counted), error or warning, and MDX rules only for
 * .mdx files. In process, so a mutation run sees it (the command-line test runs in a child process).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { bodySafetyProblems } from '../../src/content-check/body-safety.ts';
import { checkContent, type CheckedEntry } from '../../src/content-check/check-content.ts';
import { editor } from '../../src/i18n/editor.ts';
import { copyContent, type ContentCopy } from '../helpers/content-fixture.ts';

const M = editor.check.bodySafety;

/** An entry as the checker reads it: the raw file and the body after the front matter. */
function entry(file: string, frontMatter: string[], body: string): CheckedEntry {
  return { collection: 'news', file, id: 'x', raw: ['---', ...frontMatter, '---', body].join('\n'), body };
}

describe('body safety problems', () => {
  it('reports a script with the line of the file, counting the front matter', () => {
    const problems = bodySafetyProblems([entry('news/a.md', ['title: A', 'date: 2026-10-02'], 'Đoạn một.\n\n<script>alert(1)</script>\n')]);
    expect(problems).toEqual([{ file: 'news/a.md', message: M.forbiddenTag(7, '<script>'), severity: 'error' }]);
    expect(problems[0]?.message).toMatch(/^dòng 7: thẻ <script>/);
  });

  it('counts from the first line when a file has no front matter lines before its body', () => {
    const bare: CheckedEntry = { collection: 'news', file: 'news/b.md', id: 'b', raw: '<iframe src="x">', body: '<iframe src="x">' };
    expect(bodySafetyProblems([bare]).map((p) => p.message)).toEqual([M.forbiddenTag(1, '<iframe>')]);
  });

  it('keeps each finding\'s kind and severity, file by file, and skips empty bodies', () => {
    const problems = bodySafetyProblems([
      entry('news/c.md', ['title: C'], ''),
      entry('news/d.md', ['title: D'], '[bấm](javascript:alert(1))\n<p style="color:red">x</p>'),
      entry('procedures/e.md', ['title: E', 'code: 1'], '<b onclick="x()">b</b>'),
    ]);
    expect(problems).toEqual([
      { file: 'news/d.md', message: M.unsafeUrl(4, 'javascript:alert(1'), severity: 'error' },
      { file: 'news/d.md', message: M.styleRemoved(5, 'style="color:red"'), severity: 'warning' },
      { file: 'procedures/e.md', message: M.eventAttribute(5, 'onclick='), severity: 'error' },
    ]);
  });

  it('applies the MDX rules to .mdx files only', () => {
    const body = "import fs from 'node:fs'\n\n{fs}";
    expect(bodySafetyProblems([entry('news/f.md', ['title: F'], body)])).toEqual([]);
    expect(bodySafetyProblems([entry('news/f.mdx', ['title: F'], body)])).toEqual([
      { file: 'news/f.mdx', message: M.mdxEsm(4, "import fs from 'node:fs'"), severity: 'error' },
      { file: 'news/f.mdx', message: M.mdxExpression(6, '{fs}'), severity: 'error' },
    ]);
  });
});

describe('the content check on a folder', () => {
  let copy: ContentCopy | undefined;
  afterEach(() => copy?.remove());

  it('stops on a news body holding a script, naming the file and line', async () => {
    copy = copyContent();
    const file = 'news/huong-dan-dang-ky-tam-tru.md';
    copy.write(file, `${copy.read(file).trimEnd()}\n\n<script>alert(1)</script>\n`);
    const report = await checkContent(copy.dir);
    expect(report.errorCount).toBe(1);
    expect(report.problems).toContainEqual({ file, message: M.forbiddenTag(10, '<script>'), severity: 'error' });
  });
});
