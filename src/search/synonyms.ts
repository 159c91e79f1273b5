/**
 * The synonym groups search applies at build time: the citizens' vocabulary shipped with the
 * product (src/search/vocabulary/) and the site's own `synonyms.yaml` (src/schemas/synonyms.ts),
 * folded and merged (name-tokens.ts). Node only: read by the indexer, which writes the groups
 * into the index (name tokens) and into the vocabulary file the search page reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../config/paths.ts';
import { fieldPath } from '../content-check/problems.ts';
import { errors as E } from '../i18n/errors.ts';
import { deepNFC } from '../lib/vietnamese.ts';
import { SYNONYMS_FILE, synonymGroupSchema } from '../schemas/synonyms.ts';
import { normalizeGroups } from './name-tokens.ts';
import { SHIPPED_SYNONYMS } from './vocabulary/synonyms.ts';

/** The groups of a site's synonyms.yaml ([] without one); a bad file stops with a Vietnamese message. */
export function readSiteSynonyms(dir: string = contentDir()): string[][] {
  const path = join(dir, SYNONYMS_FILE);
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = deepNFC(parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Error(`${SYNONYMS_FILE}: ${E.yamlSyntax((error as Error).message.split('\n')[0] ?? '')}`);
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new Error(`${SYNONYMS_FILE}: ${E.expectedList(data)}`);
  return data.map((row, index) => {
    const result = synonymGroupSchema().safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`${SYNONYMS_FILE} › ${fieldPath([index, ...(issue?.path ?? [])])}: ${issue?.message ?? ''}`);
    }
    return result.data.words;
  });
}

/** Shipped vocabulary plus the site's, as the index and the search page use them. */
export function searchSynonymGroups(dir: string = contentDir()): string[][] {
  return normalizeGroups([...SHIPPED_SYNONYMS.map((group) => group.words), ...readSiteSynonyms(dir)]);
}
