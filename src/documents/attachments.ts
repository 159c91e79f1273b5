/**
 * The files attached to a document entry: where they are, whether they exist inside the
 * documents folder, and (for the checker) whether they open. Paths are relative to the entry.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { documents as D } from '../i18n/documents.ts';
import { fileKindOf } from '../lib/documents.ts';
import { pdfPageCount } from './extract.ts';

export interface AttachmentProblem {
  /** Dotted field path as the checker prints it, e.g. `files[2].file`. */
  field: string;
  message: string;
}

/** Absolute path of an attached file, or undefined when it would leave the documents folder. */
export function attachmentPath(entryFile: string, file: string): string | undefined {
  const folder = dirname(entryFile);
  const path = resolve(folder, file);
  const inside = relative(folder, path);
  return inside.startsWith('..') || isAbsolute(inside) ? undefined : path;
}

/** Existence only: cheap enough for Astro's loader on every entry. */
export function missingAttachments(entryFile: string, files: readonly { file?: unknown }[]): AttachmentProblem[] {
  return files.flatMap(({ file }, index) => {
    // A file that is not a path at all is the schema's to report.
    if (typeof file !== 'string' || file.trim() === '') return [];
    const field = `files[${index + 1}].file`;
    const path = attachmentPath(entryFile, file);
    if (!path) return [{ field, message: D.errors.fileOutside(file) }];
    if (!existsSync(path) || !statSync(path).isFile()) return [{ field, message: D.errors.fileMissing(file) }];
    return [];
  });
}

/** Existence, then whether each file opens: pdf.js for PDFs, the main XML part for DOCX / XLSX. */
export async function checkAttachments(entryFile: string, files: readonly { file: string }[]): Promise<AttachmentProblem[]> {
  const missing = missingAttachments(entryFile, files);
  if (missing.length > 0) return missing;
  const problems: AttachmentProblem[] = [];
  for (const [index, { file }] of files.entries()) {
    const field = `files[${index + 1}].file`;
    const bytes = readFileSync(attachmentPath(entryFile, file)!);
    const kind = fileKindOf(file);
    if (kind === 'pdf') {
      try {
        const pages = await pdfPageCount(new Uint8Array(bytes));
        if (pages < 1) throw new Error('0 trang');
      } catch (error) {
        problems.push({ field, message: D.errors.pdfUnreadable(file, (error as Error).message || 'không rõ lỗi') });
      }
    } else if (kind === 'docx' || kind === 'xlsx') {
      const part = kind === 'docx' ? 'word/document.xml' : 'xl/workbook.xml';
      try {
        const found = unzipSync(new Uint8Array(bytes), { filter: (entry) => entry.name === part });
        if (!found[part]) throw new Error(part);
      } catch {
        problems.push({ field, message: D.errors.officeUnreadable(file) });
      }
    }
  }
  return problems;
}
