/**
 * The first page of a PDF as a small WebP for the document's page: rendered by pdftoppm at a low
 * resolution, then resized and compressed by sharp. Cached by the PDF's hash. Without pdftoppm
 * the build warns once and the page shows no picture.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { readCached, sha256, writeCached } from './cache.ts';
import { hasPdftoppm, pdftoppmBin, run, warnNoPdftoppm } from './tools.ts';

/** Wide enough to read the heading block of an A4 page on a phone, small enough to stay ~15 KB. */
export const PREVIEW_WIDTH = 360;
/** Its name inside the document's folder; attached files are always .pdf, .docx or .xlsx. */
export const PREVIEW_NAME = 'trang-dau.webp';
const PREVIEW_VERSION = 1;

export interface Preview {
  webp: Buffer;
  width: number;
  height: number;
}

export async function firstPagePreview(path: string): Promise<Preview | undefined> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const key = `preview-v${PREVIEW_VERSION}-${sha256(bytes)}.webp`;
  const cached = readCached(key);
  if (cached) {
    const meta = await sharp(cached).metadata();
    return { webp: cached, width: meta.width ?? PREVIEW_WIDTH, height: meta.height ?? PREVIEW_WIDTH };
  }
  if (!hasPdftoppm()) {
    warnNoPdftoppm();
    return undefined;
  }
  try {
    // 72 dpi is about 600 px across an A4 page: enough to resize down to PREVIEW_WIDTH cleanly.
    const png = await run(pdftoppmBin(), ['-r', '72', '-f', '1', '-l', '1', '-singlefile', '-png', path]);
    const { data, info } = await sharp(png).resize({ width: PREVIEW_WIDTH, withoutEnlargement: true }).flatten({ background: '#ffffff' }).webp({ quality: 70 }).toBuffer({ resolveWithObject: true });
    writeCached(key, data);
    return { webp: data, width: info.width, height: info.height };
  } catch {
    return undefined;
  }
}
