/**
 * `synonyms.yaml` in the content folder (optional): the site's own search vocabulary, added to
 * the one shipped with the product (src/search/vocabulary/). A list of groups of words or
 * phrases that search treats as the same:
 *
 *   - words: [CCCD, căn cước công dân, thẻ căn cước]
 *   - words: [sổ đỏ, giấy chứng nhận quyền sử dụng đất]
 */
import { z } from 'astro/zod';
import { errors as E } from '../i18n/errors.ts';
import { textList } from './fields.ts';

export const SYNONYMS_FILE = 'synonyms.yaml';

export const synonymGroupSchema = () =>
  z.strictObject(
    { words: textList().min(2, { error: E.synonymsTooFew }) },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? E.synonymsUnknownKey : E.synonymsGroup(issue.input)) },
  );
