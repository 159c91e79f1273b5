/**
 * Build the Pagefind index of a built site. Only `data-pagefind-body` regions are indexed
 * (content, not navigation), which keeps the index small.
 */
import { createIndex, close } from 'pagefind';

export async function buildSearchIndex(siteDir: string, _basePath: string): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(errors.join('; '));
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length > 0) throw new Error(added.errors.join('; '));
  const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  await close();
}
