/**
 * The documents library for pages: published entries, their attached files (safe names, sizes),
 * the words read from those files, numbers → pages, and who cites whom. Each is computed once
 * per production build (the same rule as src/data/content.ts).
 */
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentDir } from '../config/paths.ts';
import { getNews, getProcedures, oncePerBuild } from '../data/content.ts';
import { buildDay } from '../lib/dates.ts';
import { documentNumberKey, fileKindOf, findDocumentNumbers, safeFileNames, type DocumentFileKind } from '../lib/documents.ts';
import { routes } from '../lib/routes.ts';
import { attachmentPath } from './attachments.ts';
import { extractFileText, type ExtractedText } from './extract.ts';
import { isDocumentPublished } from './published.ts';

export type DocumentEntry = CollectionEntry<'documents'>;

/** Published documents (issued on or before the build day), newest first. */
export const getDocuments: () => Promise<DocumentEntry[]> = oncePerBuild(async () => {
  const day = buildDay();
  const all = await getCollection('documents', (entry) => import.meta.env.DEV || isDocumentPublished(entry.data.issued, day));
  return all.sort((a, b) => b.data.issued.getTime() - a.data.issued.getTime() || a.id.localeCompare(b.id));
});

export interface AttachedFile {
  /** Absolute path of the original. */
  path: string;
  /** The name it is published under, inside /van-ban/<id>/. */
  name: string;
  kind: DocumentFileKind;
  bytes: number;
  title?: string;
  /** As the editor wrote it (for messages). */
  written: string;
}

export function attachedFiles(entry: DocumentEntry): AttachedFile[] {
  // From the content folder, not the project root: inside Astro's bundled chunks the project
  // root computed from import.meta.url points into the build's working folder.
  const entryFile = join(contentDir(), 'documents', basename(entry.filePath ?? `${entry.id}.md`));
  const names = safeFileNames(entry.data.files.map((item) => item.file));
  return entry.data.files.flatMap((item, index) => {
    const path = attachmentPath(entryFile, item.file);
    const kind = fileKindOf(item.file);
    if (!path || !kind) return [];
    return [{ path, name: names[index]!, kind, bytes: statSync(path).size, written: item.file, ...(item.title && { title: item.title }) }];
  });
}

export interface FileText {
  file: AttachedFile;
  text: ExtractedText;
}

/** The words of every attached file, per document id (cached on disk by file hash). */
export const getDocumentTexts: () => Promise<Map<string, FileText[]>> = oncePerBuild(async () => {
  const texts = new Map<string, FileText[]>();
  for (const entry of await getDocuments()) {
    const files: FileText[] = [];
    for (const file of attachedFiles(entry)) files.push({ file, text: await extractFileText(file.path, `documents/${file.written}`) });
    texts.set(entry.id, files);
  }
  return texts;
});

/** Published documents by the key of their number (src/lib/documents.ts documentNumberKey). */
export const getDocumentsByNumber: () => Promise<Map<string, DocumentEntry>> = oncePerBuild(async () => {
  const map = new Map<string, DocumentEntry>();
  for (const entry of await getDocuments()) if (!map.has(documentNumberKey(entry.data.number))) map.set(documentNumberKey(entry.data.number), entry);
  return map;
});

export interface Citation {
  kind: 'news' | 'procedures' | 'documents';
  title: string;
  route: string;
}

const stripTags = (html: string) => html.replace(/<[^>]*>/g, ' ');

/** Library documents whose number appears in a text, without repeats, in order of first mention. */
export async function documentsCitedIn(text: string, exceptId?: string): Promise<DocumentEntry[]> {
  const byNumber = await getDocumentsByNumber();
  const found = new Map<string, DocumentEntry>();
  for (const number of findDocumentNumbers(text)) {
    const entry = byNumber.get(documentNumberKey(number));
    if (entry && entry.id !== exceptId) found.set(entry.id, entry);
  }
  return [...found.values()];
}

/**
 * Who cites each document: news bodies, procedures (legal basis codes and the publishing
 * decision), and other documents (their note and the words of their files).
 */
export const getCitations: () => Promise<Map<string, Citation[]>> = oncePerBuild(async () => {
  const citations = new Map<string, Citation[]>();
  const add = async (text: string, citation: Citation, exceptId?: string) => {
    for (const entry of await documentsCitedIn(text, exceptId)) {
      const list = citations.get(entry.id) ?? [];
      if (!list.some((c) => c.route === citation.route)) list.push(citation);
      citations.set(entry.id, list);
    }
  };
  if ((await getDocuments()).length === 0) return citations;
  for (const entry of await getNews()) {
    await add(`${entry.data.summary}\n${stripTags(entry.rendered?.html ?? '')}`, { kind: 'news', title: entry.data.title, route: routes.newsArticle(entry.id) });
  }
  for (const entry of await getProcedures()) {
    const text = [...(entry.data.legalBasis ?? []).map((basis) => basis.code), entry.data.decision ?? ''].join('\n');
    await add(text, { kind: 'procedures', title: entry.data.title, route: routes.procedure(entry.id) });
  }
  const texts = await getDocumentTexts();
  for (const entry of await getDocuments()) {
    const words = (texts.get(entry.id) ?? []).flatMap(({ text }) => text.sections.map((section) => section.text));
    const text = [stripTags(entry.rendered?.html ?? ''), ...words].join('\n');
    await add(text, { kind: 'documents', title: `${entry.data.number} – ${entry.data.title}`, route: routes.document(entry.id) }, entry.id);
  }
  return citations;
});
