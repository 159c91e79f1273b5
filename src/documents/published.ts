/**
 * Published documents read straight from a content folder, without Astro: for scripts such as
 * the plan tracker (`npm run report`), which counts documents of a type within a period.
 * "Published" is the pages' rule: a valid entry whose `issued` day is on or before the day.
 */
import { basename, extname, join } from 'node:path';
import { listFiles, readMarkdown } from '../content-check/read-files.ts';
import { isPublishedBy } from '../lib/dates.ts';
import type { DocumentStatus, DocumentType } from '../lib/documents.ts';
import { deepNFC } from '../lib/vietnamese.ts';
import { legalDocumentSchema } from '../schemas/collections.ts';

export interface PublishedDocument {
  id: string;
  number: string;
  type: DocumentType;
  title: string;
  issuer: string;
  issued: Date;
  status: DocumentStatus;
  category?: string;
}

/** A document counts from its day of issue (the same rule the list pages follow). */
export function isDocumentPublished(issued: Date, day: string): boolean {
  return isPublishedBy(issued, day);
}

/** Valid, published documents of a content folder, newest first. Invalid entries are skipped (the checker reports them). */
export function publishedDocuments(contentDir: string, day: string): PublishedDocument[] {
  const dir = join(contentDir, 'documents');
  const schema = legalDocumentSchema();
  const out: PublishedDocument[] = [];
  for (const name of listFiles(dir, ['.md', '.mdx'])) {
    const read = readMarkdown(join(dir, name));
    if (!read.ok) continue;
    const parsed = schema.safeParse(deepNFC(read.data));
    if (!parsed.success || !isDocumentPublished(parsed.data.issued, day)) continue;
    const { number, type, title, issuer, issued, status, category } = parsed.data;
    out.push({ id: basename(name, extname(name)), number, type, title, issuer, issued, status, ...(category && { category }) });
  }
  return out.sort((a, b) => b.issued.getTime() - a.issued.getTime() || a.id.localeCompare(b.id));
}
