/**
 * The documents collection's loader: the shared Markdown loader, plus a stop when an attached
 * file is missing or outside documents/ (Astro's schema does not know where the entry lives).
 * Whether a PDF opens is left to the checker, which runs first in every `npm run build`.
 */
import { basename } from 'node:path';
import type { Loader } from 'astro/loaders';
import { ContentError, markdownCollection } from '../loaders/content-loaders.ts';
import { RESERVED_DOCUMENT_IDS } from '../lib/documents.ts';
import { missingAttachments } from './attachments.ts';

export function documentsCollection(contentDir: string): Loader {
  return markdownCollection(contentDir, 'documents', {
    reserved: RESERVED_DOCUMENT_IDS,
    prepare: (data, filePath) => {
      if (!filePath || !Array.isArray(data.files)) return data;
      const files = data.files.map((item: unknown) => (item && typeof item === 'object' ? (item as { file?: unknown }) : {}));
      const [problem] = missingAttachments(filePath, files);
      if (problem) throw new ContentError(`documents/${basename(filePath)}`, problem.field, problem.message);
      return data;
    },
  });
}
