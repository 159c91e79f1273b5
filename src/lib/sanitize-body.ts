/**
 * The second line behind the check (src/lib/markdown-safety.ts): the HTML rendered from a Markdown
 * body is cleaned before it is stored, so even a file the check never saw (`astro dev`, a build
 * run by hand) cannot put a script on a public page. `sanitize-html` keeps an allow-list: the tags
 * Markdown produces and a few layout tags, their harmless attributes, and links to http(s), mailto
 * and tel only. Everything else is dropped; the text inside a dropped tag stays, except for tags
 * whose content is code (script, style…), which go entirely.
 */
import sanitizeHtml from 'sanitize-html';
import { ALLOWED_TAGS, SAFE_SCHEMES } from './markdown-safety.ts';

/**
 * Astro marks local images in rendered Markdown with this attribute and swaps it for the optimized
 * <img> (a case-sensitive match): attribute names keep their case, so the allow-list is exact.
 */
const ASTRO_IMAGE_ATTRIBUTE = '__ASTRO_IMAGE_';

const OPTIONS: sanitizeHtml.IOptions = {
  parser: { lowerCaseAttributeNames: false },
  // GFM task lists render a disabled checkbox: the only <input> allowed.
  allowedTags: [...ALLOWED_TAGS, 'input'],
  allowedAttributes: {
    '*': ['id', 'class', 'title', 'lang', 'dir', 'aria-*', 'data-footnote-ref', 'data-footnote-backref', 'data-footnotes'],
    a: ['href', 'name', 'rel', 'hreflang'],
    img: ['src', 'alt', 'width', 'height', 'loading', 'decoding', ASTRO_IMAGE_ATTRIBUTE],
    th: ['align', 'colspan', 'rowspan', 'scope', 'style'],
    td: ['align', 'colspan', 'rowspan', 'style'],
    col: ['span'],
    colgroup: ['span'],
    ol: ['start', 'reversed', 'type'],
    time: ['datetime'],
    details: ['open'],
    input: ['type', 'checked', 'disabled'],
    pre: ['style', 'tabindex', 'data-language'],
    span: ['style'],
  },
  // Only what tables (alignment) and code highlighting write; values are checked by pattern, so
  // url() and expression() cannot pass.
  allowedStyles: {
    '*': {
      'text-align': [/^(?:left|right|center|justify)$/],
      color: [/^#[0-9a-f]{3,8}$/i, /^rgba?\([\d\s.,%]+\)$/i],
      'background-color': [/^#[0-9a-f]{3,8}$/i, /^rgba?\([\d\s.,%]+\)$/i],
      'font-style': [/^(?:normal|italic)$/],
      'font-weight': [/^(?:normal|bold|\d{3})$/],
      'text-decoration': [/^(?:none|underline|line-through)$/],
    },
  },
  allowedSchemes: [...SAFE_SCHEMES],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  // The text of these is code or a separate document, never reading matter.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template', 'svg', 'math'],
  exclusiveFilter: (frame) => frame.tag === 'input' && frame.attribs.type !== 'checkbox',
  transformTags: {
    // A link that opens in a new window could script the page that opened it.
    a: (tagName, attribs) => {
      const { target: _target, ...rest } = attribs;
      return { tagName, attribs: rest };
    },
  },
};

/** The rendered body with anything outside the allow-list removed. */
export function sanitizeBodyHtml(html: string): string {
  // sanitize-html writes void elements as `<br />`; the pages write `<br>` (html-validate's void-style).
  // Attribute values come out escaped, so no `<` or `>` can hide inside the matched tag.
  return sanitizeHtml(html, OPTIONS).replace(/<(img|br|hr|col|input)(\s[^<>]*)?\/>/g, (_, tag: string, attributes = '') => `<${tag}${attributes.trimEnd()}>`);
}
