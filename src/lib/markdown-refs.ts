/**
 * Images and links written in a Markdown body, with their line numbers, for the content check.
 * A regular-expression scan is enough here: the check only warns, and editors write plain
 * CommonMark. Code is blanked out first so that examples inside ``` blocks are not reported.
 */

export interface MarkdownImage {
  alt: string;
  target: string;
  line: number;
}

export interface HtmlImage {
  hasAlt: boolean;
  line: number;
}

export interface MarkdownLink {
  target: string;
  line: number;
}

export interface MarkdownRefs {
  images: MarkdownImage[];
  htmlImages: HtmlImage[];
  links: MarkdownLink[];
}

/** Replace every character except line breaks, so offsets and line numbers stay the same. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

function withoutCode(body: string): string {
  return body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm, blank)
    .replace(/`[^`\n]+`/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank);
}

/** `![alt](target "title")` and `[text](target)`; the target may be wrapped in <…>. */
const IMAGE = /!\[([^\]]*)\]\(\s*(?:<([^>]*)>|([^\s)]+))(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const LINK = /(?<![!\]\\])\[(?:[^\]]*)\]\(\s*(?:<([^>]*)>|([^\s)]+))(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const HTML_IMG = /<img\b[^>]*>/gi;
const ALT_ATTR = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * @param firstLine the line number (1-based) of the body's first line in the file, so that
 *   messages point at the line the editor sees.
 */
export function findMarkdownRefs(body: string, firstLine = 1): MarkdownRefs {
  const text = withoutCode(body);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return firstLine + low;
  };

  const images: MarkdownImage[] = [];
  for (const match of text.matchAll(IMAGE)) {
    images.push({ alt: (match[1] ?? '').trim(), target: (match[2] ?? match[3] ?? '').trim(), line: lineOf(match.index) });
  }
  const links: MarkdownLink[] = [];
  for (const match of text.matchAll(LINK)) {
    links.push({ target: (match[1] ?? match[2] ?? '').trim(), line: lineOf(match.index) });
  }
  const htmlImages: HtmlImage[] = [];
  for (const match of text.matchAll(HTML_IMG)) {
    const alt = ALT_ATTR.exec(match[0]);
    const value = alt ? (alt[1] ?? alt[2] ?? alt[3] ?? '') : '';
    htmlImages.push({ hasAlt: value.trim() !== '', line: lineOf(match.index) });
  }
  return { images, htmlImages, links };
}

/** Links that leave the site (or only jump within the page) are not checked. */
export function isExternalTarget(target: string): boolean {
  return target === '' || target.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}
