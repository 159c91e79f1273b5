/**
 * The attached files, copied into the output under safe names (/van-ban/<id>/<name>.pdf), and
 * the first-page picture of the first PDF (/van-ban/<id>/trang-dau.webp).
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { attachedFiles, getDocuments } from '../../../documents/data.ts';
import { firstPagePreview, PREVIEW_NAME } from '../../../documents/preview.ts';
import { DOCUMENT_MIME } from '../../../lib/documents.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const entry of await getDocuments()) {
    const files = attachedFiles(entry);
    for (const file of files) paths.push({ params: { id: entry.id, file: file.name }, props: { path: file.path, type: DOCUMENT_MIME[file.kind], preview: false } });
    const firstPdf = files.find((file) => file.kind === 'pdf');
    // Only when a picture can be made: no pdftoppm, no route (the page then shows no picture).
    if (firstPdf && (await firstPagePreview(firstPdf.path))) {
      paths.push({ params: { id: entry.id, file: PREVIEW_NAME }, props: { path: firstPdf.path, type: 'image/webp', preview: true } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { path, type, preview } = props as { path: string; type: string; preview: boolean };
  const body = preview ? (await firstPagePreview(path))!.webp : readFileSync(path);
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': type } });
};
