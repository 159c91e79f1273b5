/**
 * The words inside attached files, read at build time so that the document's page (and so the
 * search index) holds them: text PDFs with unpdf (pdf.js), DOCX and XLSX by unzipping their XML
 * with fflate, scanned PDFs by OCR (pdftoppm at 200 dpi, then Tesseract's Vietnamese model).
 *
 * Results are cached by the file's SHA-256 (src/documents/cache.ts): a rebuild never reads or
 * OCRs the same file twice, whatever its name or folder. A result that is incomplete because a
 * tool was missing is not cached, so installing the tool later fills it in.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { documents as T } from '../i18n/documents.ts';
import { fileKindOf } from '../lib/documents.ts';
import { readCached, sha256, writeCached } from './cache.ts';
import { hasPdftoppm, hasVietnameseOcr, pdftoppmBin, run, tesseractBin, warnNoPdftoppm, warnNoTesseract, warnOnce } from './tools.ts';

/** Bump when the extraction changes, so old cached texts are read again. */
const EXTRACTOR_VERSION = 1;

export type TextSection =
  | { kind: 'page'; page: number; text: string }
  | { kind: 'sheet'; name: string; text: string }
  | { kind: 'whole'; text: string };

export interface ExtractedText {
  /** How the words were read; `none` when they could not be (no tool, or no words at all). */
  method: 'text' | 'ocr' | 'none';
  sections: TextSection[];
}

/**
 * A PDF page with fewer letters than this came from a scanner (a stamp number or a page
 * footer may still sit in a text layer over the picture).
 */
const MIN_LETTERS_PER_PAGE = 40;

/** Whitespace as people read it: one space inside lines, at most one blank line, NFC. */
export function tidyText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\f\v\u00a0 ]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const letterCount = (text: string) => (text.match(/\p{L}/gu) ?? []).length;

/**
 * unpdf is loaded on first use: pages without documents never pay for pdf.js. `verbosity: 0`
 * keeps pdf.js's English repair notes ("Indexing all PDF objects") out of the build log.
 */
async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(bytes, { verbosity: 0 });
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return text;
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/** Number of pages, or an error when pdf.js cannot open the file (the checker's test). */
export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const { getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(bytes, { verbosity: 0 });
  try {
    return pdf.numPages;
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/** OCR of every page of a scanned PDF, one page at a time (a 200 dpi page is ~2 MB in memory). */
async function ocrPages(path: string, pageCount: number): Promise<string[]> {
  const pages: string[] = [];
  for (let page = 1; page <= pageCount; page += 1) {
    const png = await run(pdftoppmBin(), ['-r', '200', '-f', String(page), '-l', String(page), '-singlefile', '-gray', '-png', path]);
    const text = await run(tesseractBin(), ['-', '-', '-l', 'vie'], png);
    pages.push(text.toString('utf8'));
  }
  return pages;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[name] ?? whole;
  });
}

/** Paragraph text of a DOCX: `<w:t>` runs joined, one line per `<w:p>`, tabs and breaks kept. */
export function docxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' });
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('word/document.xml');
  return strFromU8(xml)
    .split(/<\/w:p>/)
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)]
        .map((match) => (match[2] ? (match[2] === 'tab' ? ' ' : '\n') : decodeXml(match[1] ?? '')))
        .join(''),
    )
    .join('\n');
}

/** Cell text of an XLSX, sheet by sheet; each row's cells joined by " · " (shared and inline strings, numbers). */
export function xlsxSheets(bytes: Uint8Array): { name: string; text: string }[] {
  const files = unzipSync(bytes, { filter: (file) => file.name.startsWith('xl/') && file.name.endsWith('.xml') });
  const read = (name: string) => (files[name] ? strFromU8(files[name]) : undefined);
  const workbook = read('xl/workbook.xml');
  if (!workbook) throw new Error('xl/workbook.xml');
  const shared = [...(read('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    [...(si[1] ?? '').matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((t) => decodeXml(t[1] ?? '')).join(''),
  );
  const rels = read('xl/_rels/workbook.xml.rels') ?? '';
  const targetOf = new Map([...rels.matchAll(/<Relationship\b([^>]*)\/?>/g)].map((m) => [/Id="([^"]+)"/.exec(m[1] ?? '')?.[1], /Target="([^"]+)"/.exec(m[1] ?? '')?.[1]]));
  return [...workbook.matchAll(/<sheet\b([^>]*)\/?>/g)].map((sheet, index) => {
    const attributes = sheet[1] ?? '';
    const name = decodeXml(/name="([^"]*)"/.exec(attributes)?.[1] ?? String(index + 1));
    const rid = /r:id="([^"]+)"/.exec(attributes)?.[1];
    const target = (targetOf.get(rid) ?? `worksheets/sheet${index + 1}.xml`).replace(/^\/?(xl\/)?/, '');
    const xml = read(`xl/${target}`) ?? '';
    const rows = [...xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)]
        .map((cell) => {
          const type = /t="(\w+)"/.exec(cell[1] ?? '')?.[1];
          const inner = cell[2] ?? '';
          if (type === 'inlineStr') return [...inner.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((t) => decodeXml(t[1] ?? '')).join('');
          const value = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
          if (value === undefined) return '';
          return type === 's' ? (shared[Number(value)] ?? '') : decodeXml(value);
        })
        .filter((text) => text.trim() !== '')
        .join(' · '),
    );
    return { name, text: rows.filter(Boolean).join('\n') };
  });
}

async function extractPdf(path: string, bytes: Uint8Array): Promise<{ result: ExtractedText; complete: boolean }> {
  const pages = (await pdfPages(bytes)).map(tidyText);
  const scanned = pages.length > 0 && pages.reduce((sum, page) => sum + letterCount(page), 0) < MIN_LETTERS_PER_PAGE * pages.length;
  if (!scanned) {
    return { result: { method: 'text', sections: pages.map((text, index) => ({ kind: 'page', page: index + 1, text })) }, complete: true };
  }
  if (!hasPdftoppm()) {
    warnNoPdftoppm();
    return { result: { method: 'none', sections: [] }, complete: false };
  }
  if (!hasVietnameseOcr()) {
    warnNoTesseract();
    return { result: { method: 'none', sections: [] }, complete: false };
  }
  const ocr = (await ocrPages(path, pages.length)).map(tidyText);
  return { result: { method: 'ocr', sections: ocr.map((text, index) => ({ kind: 'page', page: index + 1, text })) }, complete: true };
}

async function extractUncached(path: string, bytes: Uint8Array): Promise<{ result: ExtractedText; complete: boolean }> {
  switch (fileKindOf(path)) {
    case 'pdf':
      return extractPdf(path, bytes);
    case 'docx':
      return { result: { method: 'text', sections: [{ kind: 'whole', text: tidyText(docxText(bytes)) }] }, complete: true };
    case 'xlsx':
      return {
        result: { method: 'text', sections: xlsxSheets(bytes).map(({ name, text }) => ({ kind: 'sheet', name, text: tidyText(text) })) },
        complete: true,
      };
    default:
      return { result: { method: 'none', sections: [] }, complete: true };
  }
}

/**
 * The text of one attached file. Never throws: a file that cannot be read is warned about and
 * the document is indexed by its metadata (the checker has already refused broken files).
 */
export async function extractFileText(path: string, shownAs = path): Promise<ExtractedText> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    warnOnce(T.build.extractFailed(shownAs, (error as Error).message));
    return { method: 'none', sections: [] };
  }
  const key = `text-v${EXTRACTOR_VERSION}-${sha256(bytes)}.json`;
  const cached = readCached(key);
  if (cached) return JSON.parse(cached.toString('utf8')) as ExtractedText;
  try {
    const { result, complete } = await extractUncached(path, new Uint8Array(bytes));
    const sections = result.sections.filter((section) => section.text !== '');
    const final: ExtractedText = { method: sections.length > 0 ? result.method : 'none', sections };
    if (complete) writeCached(key, Buffer.from(JSON.stringify(final)));
    return final;
  } catch (error) {
    warnOnce(T.build.extractFailed(shownAs, (error as Error).message));
    return { method: 'none', sections: [] };
  }
}
