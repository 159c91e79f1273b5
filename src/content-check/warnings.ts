/**
 * Problems that do not stop the build but that an editor should fix: heavy images, images
 * without alt text, duplicate titles, decomposed (NFD) Vietnamese, broken internal links.
 * Placeholders left by `npm run new` are errors outside drafts: they would be published as is.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, posix, relative, resolve } from 'node:path';
import { editor, PLACEHOLDER_MARK } from '../i18n/editor.ts';
import { isPublishedBy } from '../lib/dates.ts';
import { findMarkdownRefs, isExternalTarget, type MarkdownRefs } from '../lib/markdown-refs.ts';
import { routes } from '../lib/routes.ts';
import { slugify } from '../lib/slug.ts';
import { foldVietnamese } from '../lib/vietnamese.ts';
import { NEWS_CATEGORIES, ONLINE_LEVELS, PROCEDURE_LEVELS } from '../schemas/vocabulary.ts';
import type { CheckedEntry } from './check-content.ts';
import { noMemo, type Memo } from './check-cache.ts';
import type { ContentProblem } from './problems.ts';

const W = editor.check;

/** Originals above this size slow down the repository and the editors' uploads. */
export const DEFAULT_IMAGE_LIMIT_BYTES = 1024 * 1024;

export interface WarningOptions {
  imageLimitBytes?: number;
  /** `YYYY-MM-DD`: news dated after it are not published yet. */
  today: string;
  /** The deployment's sub-path, stripped from links written as `/cchc/tin-tuc/…`. */
  basePath?: string;
  /** Keeps what depends on a file's text alone between runs (check-cache.ts). */
  memo?: Memo;
  /** Texts already read, by path relative to the content folder; other files are read here. */
  texts?: ReadonlyMap<string, string>;
}

const PAGE_OF: Record<CheckedEntry['collection'], ((id: string) => string) | undefined> = {
  news: routes.newsArticle,
  procedures: routes.procedure,
  models: routes.model,
  contests: routes.contest,
  hotlines: undefined,
  documents: routes.document,
};

const FOLDER_OF: Record<string, CheckedEntry['collection']> = {
  news: 'news',
  procedures: 'procedures',
  models: 'models',
  contests: 'contests',
  documents: 'documents',
};

const NO_REFS: MarkdownRefs = { images: [], htmlImages: [], links: [] };

const TEXT_EXTENSIONS = ['.md', '.mdx', '.yaml', '.yml', '.csv'];

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text[i] === '\n') line += 1;
  return line;
}

/** Every text file of the content folder, as paths relative to it (POSIX separators). */
export function contentTextFiles(contentDir: string, sub = ''): string[] {
  const dir = join(contentDir, sub);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : contentTextFiles(contentDir, path);
    return TEXT_EXTENSIONS.includes(extname(entry.name).toLowerCase()) ? [path] : [];
  });
}

/** The first line that changes under NFC normalisation, or undefined when the text is NFC. */
export function firstNfdLine(text: string): number | undefined {
  if (text === text.normalize('NFC')) return undefined;
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line !== line.normalize('NFC'));
  return index + 1;
}

/** Titles that read the same: folded, so "hoà"/"hòa" and stray spaces still match. */
const titleKey = (title: string) => foldVietnamese(title).toLowerCase().replace(/\s+/g, ' ').trim();

/** Line of the first placeholder left by `npm run new`, or undefined. */
function placeholderLine(raw: string): number | undefined {
  const text = raw.normalize('NFC');
  const at = text.indexOf(PLACEHOLDER_MARK);
  return at >= 0 ? lineOfOffset(text, at) : undefined;
}

/** Pages the site has, as paths relative to the base path (`tin-tuc/abc/`). */
function sitePages(entries: readonly CheckedEntry[], today: string): { pages: Set<string>; unpublished: Set<string> } {
  const pages = new Set<string>([
    routes.home(),
    routes.newsList(),
    routes.procedureList(),
    ...ONLINE_LEVELS.map((level) => routes.procedureOnline(level)),
    ...PROCEDURE_LEVELS.map((level) => routes.procedureLevel(level)),
    routes.hotlines(),
    routes.models(),
    routes.contests(),
    routes.indices(),
    routes.search(),
    routes.documents(),
    routes.rss(),
    routes.atom(),
    routes.jsonFeed(),
    ...NEWS_CATEGORIES.map((category) => routes.newsCategory(category)),
  ]);
  const unpublished = new Set<string>();
  for (const entry of entries) {
    const page = PAGE_OF[entry.collection];
    if (!page || !entry.data) continue;
    const path = page(entry.id);
    const date = entry.data.date;
    if (entry.collection === 'news' && (entry.data.draft === true || (date instanceof Date && !isPublishedBy(date, today)))) {
      unpublished.add(path);
    } else {
      pages.add(path);
    }
    if (entry.collection === 'procedures' && typeof entry.data.field === 'string') {
      pages.add(routes.procedureField(slugify(entry.data.field)));
    }
  }
  return { pages, unpublished };
}

/** Paged lists exist as long as there is something to page; the check does not count them. */
const PAGED = /^(?:tin-tuc\/(?:chuyen-muc\/[a-z0-9-]+\/)?|thu-tuc\/(?:linh-vuc\/[a-z0-9-]+|cap\/[a-z]+|truc-tuyen(?:\/[a-z-]+)?)\/)trang\/\d+\/$/;

export function contentWarnings(
  contentDir: string,
  entries: readonly CheckedEntry[],
  options: WarningOptions,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const warn = (file: string, message: string, field?: string) =>
    problems.push({ file, message, severity: 'warning', ...(field !== undefined && { field }) });
  const limit = options.imageLimitBytes ?? DEFAULT_IMAGE_LIMIT_BYTES;
  const base = options.basePath && options.basePath !== '/' ? options.basePath : undefined;
  const { pages, unpublished } = sitePages(entries, options.today);
  const memo = options.memo ?? noMemo;

  const sizeChecked = new Set<string>();
  const checkImageSize = (file: string, path: string, shown: string, field?: string) => {
    // A cover shown again in the body is one file to shrink, so one warning.
    if (sizeChecked.has(`${file}\u0000${path}`)) return;
    sizeChecked.add(`${file}\u0000${path}`);
    if (!existsSync(path) || !statSync(path).isFile()) return;
    const size = statSync(path).size;
    if (size > limit) warn(file, W.imageTooLarge(shown, size, limit), field);
  };

  const dirOf = (entry: CheckedEntry) => dirname(join(contentDir, entry.file));

  for (const entry of entries) {
    const cover = entry.data?.cover;
    if (typeof cover === 'string') checkImageSize(entry.file, resolve(dirOf(entry), cover), cover, 'cover');

    // Placeholders: an error unless the news is still a draft (drafts are never published).
    const line = memo(entry.file, entry.raw, 'placeholder', () => placeholderLine(entry.raw));
    if (line !== undefined) {
      const severity = entry.collection === 'news' && entry.data?.draft === true ? 'warning' : 'error';
      problems.push({ file: entry.file, message: W.placeholderLeft(line), severity });
    }

    if (entry.collection === 'hotlines' || entry.body === '') continue;
    const refs =
      memo(entry.file, entry.raw, 'refs', () => {
        const firstLine = entry.raw.slice(0, entry.raw.length - entry.body.length).split('\n').length;
        const found = findMarkdownRefs(entry.body, firstLine);
        // Most bodies have none: nothing is kept for them (the cache reads back every object).
        return found.images.length + found.htmlImages.length + found.links.length > 0 ? found : undefined;
      }) ?? NO_REFS;
    for (const image of refs.images) {
      if (image.alt === '') warn(entry.file, W.imageNoAlt(image.line, image.target));
      if (isExternalTarget(image.target)) continue;
      const path = resolve(dirOf(entry), decodeURIComponent(image.target.replace(/[?#].*$/, '')));
      if (!existsSync(path)) warn(entry.file, W.bodyImageMissing(image.line, image.target));
      else checkImageSize(entry.file, path, image.target);
    }
    for (const image of refs.htmlImages) {
      if (!image.hasAlt) warn(entry.file, W.htmlImageNoAlt(image.line));
    }

    const ownPage = PAGE_OF[entry.collection]?.(entry.id) ?? '';
    for (const link of refs.links) {
      if (isExternalTarget(link.target)) continue;
      checkLink(entry, ownPage, link.target, link.line);
    }
  }

  function checkLink(entry: CheckedEntry, ownPage: string, target: string, line: number) {
    let pathPart = target.replace(/[?#].*$/, '');
    try {
      pathPart = decodeURIComponent(pathPart);
    } catch {
      // Leave malformed escapes as written; the lookup below then reports the link.
    }
    const extension = posix.extname(pathPart.replace(/\/$/, ''));
    const entryDir = dirOf(entry);

    // A link to another content file (`../procedures/x.md`) works in a text editor, not on the site.
    if (!pathPart.startsWith('/') && (extension === '.md' || extension === '.mdx')) {
      const file = relative(contentDir, resolve(entryDir, pathPart)).split(/[\\/]/);
      const collection = FOLDER_OF[file[0] ?? ''];
      const id = (file[1] ?? '').replace(/\.mdx?$/, '');
      const page = collection && file.length === 2 ? PAGE_OF[collection]?.(id) : undefined;
      if (page && existsSync(resolve(entryDir, pathPart))) {
        const fromDir = posix.dirname(`/${ownPage}x`);
        warn(entry.file, W.linkToSourceFile(line, target, `${posix.relative(fromDir, `/${page}`)}/`));
      } else {
        warn(entry.file, W.brokenFileLink(line, target));
      }
      return;
    }
    // Files beside the article (a PDF form, an image): they must exist.
    if (extension !== '' && !pathPart.startsWith('/')) {
      if (!existsSync(resolve(entryDir, pathPart))) warn(entry.file, W.brokenFileLink(line, target));
      return;
    }
    // A page of the site, written from the root or relative to the article's own page.
    let sitePath = pathPart.startsWith('/')
      ? pathPart
      : posix.join(posix.dirname(`/${ownPage}x`), pathPart);
    if (base && sitePath.startsWith(base)) sitePath = `/${sitePath.slice(base.length)}`;
    let key = sitePath.replace(/^\/+/, '');
    if (key !== '' && extension === '' && !key.endsWith('/')) key = `${key}/`;
    if (pages.has(key) || PAGED.test(key)) return;
    if (unpublished.has(key)) warn(entry.file, W.linkToUnpublished(line, target));
    else warn(entry.file, W.brokenLink(line, target));
  }

  // Duplicate titles within a collection: folded, so "hoà"/"hòa" and stray spaces still match.
  const byTitle = new Map<string, CheckedEntry[]>();
  for (const entry of entries) {
    const title = entry.data?.title ?? entry.data?.name;
    if (typeof title !== 'string') continue;
    // Kept with the title it was made from: the title is validated data, not the text alone.
    const known = memo(entry.file, entry.raw, 'title key', () => ({ title, key: titleKey(title) }));
    const key = `${entry.collection}\u0000${known.title === title ? known.key : titleKey(title)}`;
    byTitle.set(key, [...(byTitle.get(key) ?? []), entry]);
  }
  for (const group of byTitle.values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      const others = group.filter((other) => other !== entry).map((other) => other.file);
      const title = String(entry.data?.title ?? entry.data?.name);
      warn(entry.file, W.duplicateTitle(title, others), entry.data?.title !== undefined ? 'title' : 'name');
    }
  }

  // NFD anywhere in the content folder (front matter, body, YAML and CSV files).
  for (const file of contentTextFiles(contentDir)) {
    const text = options.texts?.get(file) ?? readFileSync(join(contentDir, file), 'utf8');
    const line = memo(file, text, 'nfd', () => firstNfdLine(text));
    if (line !== undefined) warn(file, W.nfd(line));
  }

  return problems;
}

/** `npm run check -- --fix`: rewrite every NFD text file of the content folder in NFC. */
export function rewriteToNfc(contentDir: string): string[] {
  const fixed: string[] = [];
  for (const file of contentTextFiles(contentDir)) {
    const path = join(contentDir, file);
    const text = readFileSync(path, 'utf8');
    const nfc = text.normalize('NFC');
    if (nfc !== text) {
      writeFileSync(path, nfc, 'utf8');
      fixed.push(file);
    }
  }
  return fixed;
}
