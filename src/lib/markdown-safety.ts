/**
 * What an editor may put in a Markdown or MDX body, checked on the source before the build (the
 * rendered HTML is also cleaned, src/lib/sanitize-body.ts; this is the part that tells the editor).
 *
 * Allowed: Markdown itself (headings, lists, tables, images, links to web pages, e-mail and phone
 * numbers) and plain HTML for layout (tables, <br>, <sup>, <details>, <figure>…).
 * Refused (errors): anything that runs code in the reader's browser or on the build machine —
 * <script>, <iframe>, <object>, <embed>, <form> and its fields, <base>, <meta>, <link>, <style>,
 * <svg>, `on…=` attributes, links to javascript:/vbscript:/data:, `style` holding url() or
 * expression(); and in MDX, import/export lines, {…} expressions and components (<Ten />).
 * Removed with a warning: `style=` attributes and tags outside the allowed list (their text stays).
 *
 * The scan works on the source with code blocks and `code spans` blanked out, so a `<script>`
 * shown as code is fine; line numbers are those of the file.
 */

export type FindingKind =
  | 'forbiddenTag'
  | 'eventAttribute'
  | 'unsafeUrl'
  | 'unsafeStyle'
  | 'styleRemoved'
  | 'tagRemoved'
  | 'mdxEsm'
  | 'mdxExpression'
  | 'mdxComponent';

export interface Finding {
  kind: FindingKind;
  severity: 'error' | 'warning';
  /** 1-based line in the body. */
  line: number;
  /** What was found, as written (shortened). */
  found: string;
}

/** Tags that run code, load another page or document, or change how the page works. */
export const FORBIDDEN_TAGS = [
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button',
  'textarea', 'select', 'option', 'base', 'meta', 'link', 'style', 'svg', 'math', 'template',
  'noscript', 'portal', 'audio', 'video', 'source', 'track', 'canvas', 'dialog',
] as const;

/** Plain HTML an editor may use in a body: what Markdown produces, plus a few layout tags. */
export const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'img', 'figure', 'figcaption', 'ul', 'ol',
  'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'code', 'kbd', 'samp', 'em', 'strong', 'b', 'i', 'u',
  's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'abbr', 'cite', 'q', 'span', 'div', 'section',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'details',
  'summary', 'time',
] as const;

/** Link targets a reader can follow safely: web pages, e-mail, phone; relative paths and anchors. */
export const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'srcset', 'ping']);

/** Named references browsers decode inside URLs, used to hide "javascript:". */
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', lpar: '(', rpar: ')', sol: '/', amp: '&' };

/** The URL as a browser reads it: entities decoded, tabs, newlines and control characters dropped. */
export function normalizeUrl(raw: string): string {
  let text = raw.replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, code: string) =>
    String.fromCodePoint(code[0]?.toLowerCase() === 'x' ? Number.parseInt(code.slice(1), 16) : Number.parseInt(code, 10)),
  );
  text = text.replace(/&([a-z]+);/gi, (whole, name: string) => NAMED[name.toLowerCase()] ?? whole);
  try {
    text = decodeURIComponent(text);
  } catch {
    // A stray % is not an escape: keep the text as written.
  }
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0020\u007F-\u009F]/g, '').toLowerCase();
}

/** The scheme of a link if it is one a reader must not follow (javascript:, vbscript:, data:, file:…). */
export function unsafeScheme(url: string): string | undefined {
  const normalized = normalizeUrl(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(normalized)?.[1];
  if (!scheme) return undefined;
  return (SAFE_SCHEMES as readonly string[]).includes(scheme) ? undefined : scheme;
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** The body with fenced code blocks and code spans replaced by spaces (line breaks kept). */
export function blankCode(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  // CommonMark: a fence closes with the same character, at least as many of them, indented 0–3
  // spaces whatever the opening's indentation; an unclosed fence runs to the end. Recognising
  // fewer closings than Markdown does would hide real tags after the block as "code".
  let out = body.replace(/^ {0,3}((`|~)\2{2,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1\2*[ \t]*$|(?![\s\S]))/gm, blank);
  // A code span stays inside its paragraph: it never runs across a blank line.
  out = out.replace(/(`+)(?!`)(?:[^\n]|\n(?![ \t]*\n))*?[^`]\1(?!`)/g, blank);
  // Indented code blocks (4 spaces after a blank line) are left: editors rarely use them, and a
  // tag there is only a false alarm, never a missed one.
  return out;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+(?:[^>"']|"[^"]*"|'[^']*')*?)?)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

function scanTags(text: string, mdx: boolean, add: (kind: FindingKind, offset: number, found: string) => void): void {
  for (const match of text.matchAll(TAG)) {
    const [whole, closing, name = '', attributes = ''] = match;
    const offset = match.index;
    const lower = name.toLowerCase();
    if (closing) continue;
    if (mdx && /^[A-Z]|\./.test(name)) {
      add('mdxComponent', offset, `<${name}>`);
      continue;
    }
    if ((FORBIDDEN_TAGS as readonly string[]).includes(lower)) add('forbiddenTag', offset, `<${lower}>`);
    else if (!(ALLOWED_TAGS as readonly string[]).includes(lower)) add('tagRemoved', offset, `<${lower}>`);
    for (const attribute of attributes.matchAll(ATTRIBUTE)) {
      const key = (attribute[1] ?? '').toLowerCase();
      const value = (attribute[2] ?? '').replace(/^["']|["']$/g, '');
      if (key.startsWith('on')) add('eventAttribute', offset, `${key}=`);
      else if (key === 'style') {
        const css = normalizeUrl(value);
        if (/url\(|expression\(|javascript:|@import|behavior:|-moz-binding/.test(css)) add('unsafeStyle', offset, `style="${value}"`);
        else add('styleRemoved', offset, `style="${value}"`);
      } else if (URL_ATTRIBUTES.has(key)) {
        const urls = key === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
        for (const url of urls) if (unsafeScheme(url)) add('unsafeUrl', offset, `${key}="${url}"`);
      } else if (mdx && attribute[2]?.startsWith('{')) {
        add('mdxExpression', offset, `${key}={…}`);
      }
    }
    if (whole.includes('{') && mdx && !/=\s*\{/.test(whole)) add('mdxExpression', offset, shorten(whole));
  }
}

function scanMarkdownLinks(text: string, add: (kind: FindingKind, offset: number, found: string) => void): void {
  // [text](url), ![alt](url)
  for (const match of text.matchAll(/\]\(\s*<?([^\s)>]+)/g)) {
    if (unsafeScheme(match[1] ?? '')) add('unsafeUrl', match.index, match[1] ?? '');
  }
  // [id]: url (reference definitions), also inside a quote (`> `) or a list item (`- `, `1. `)
  for (const match of text.matchAll(/^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t])))*[ \t]*\[[^\]\n]+\]:\s*<?(\S+?)>?(?=\s|$)/gm)) {
    if (unsafeScheme(match[1] ?? '')) add('unsafeUrl', match.index, match[1] ?? '');
  }
  // <scheme:…> autolinks
  for (const match of text.matchAll(/<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g)) {
    if (unsafeScheme(match[1] ?? '')) add('unsafeUrl', match.index, match[1] ?? '');
  }
}

function scanMdx(text: string, add: (kind: FindingKind, offset: number, found: string) => void): void {
  for (const match of text.matchAll(/^(?:import|export)\b[^\n]*/gm)) add('mdxEsm', match.index, shorten(match[0]));
  // Outside tags (those were looked at above), a { starts an expression in MDX.
  const outsideTags = text.replace(TAG, (tag) => tag.replace(/[^\n]/g, ' '));
  for (const match of outsideTags.matchAll(/\{[^}\n]*\}?/g)) add('mdxExpression', match.index, shorten(match[0]));
}

const SEVERITY: Record<FindingKind, Finding['severity']> = {
  forbiddenTag: 'error',
  eventAttribute: 'error',
  unsafeUrl: 'error',
  unsafeStyle: 'error',
  styleRemoved: 'warning',
  tagRemoved: 'warning',
  mdxEsm: 'error',
  mdxExpression: 'error',
  mdxComponent: 'error',
};

/** Everything in a body that is refused or will be removed, in the order of the file. */
export function scanBody(body: string, options: { mdx: boolean }): Finding[] {
  const text = blankCode(body);
  const findings: Finding[] = [];
  const add = (kind: FindingKind, offset: number, found: string) =>
    findings.push({ kind, severity: SEVERITY[kind], line: lineAt(text, offset), found: shorten(found) });
  scanTags(text, options.mdx, add);
  scanMarkdownLinks(text, add);
  if (options.mdx) scanMdx(text, add);
  return findings.sort((a, b) => a.line - b.line);
}
