/**
 * Validate a whole content folder against the content model without building the site, and
 * report every problem at once. Used by `npm run check` and as the first step of `npm run build`.
 * The schemas are the same factories Astro uses (src/schemas), so the two never disagree.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { z } from 'astro/zod';
import { errors as E } from '../i18n/errors.ts';
import { parseResultsCsv } from '../lib/contest-csv.ts';
import { isSlug, slugify } from '../lib/slug.ts';
import { deepNFC } from '../lib/vietnamese.ts';
import {
  contestSchema,
  hotlineSchema,
  indexResultSchema,
  modelSchema,
  newsSchema,
  legalDocumentSchema,
  planSchema,
  procedureSchema,
  siteSchema,
  unitSchema,
} from '../schemas/collections.ts';
import { SYNONYMS_FILE, synonymGroupSchema } from '../schemas/synonyms.ts';
import { RESERVED_MODEL_IDS, RESERVED_NEWS_IDS, RESERVED_PROCEDURE_IDS } from '../schemas/vocabulary.ts';
import { RESERVED_DOCUMENT_IDS } from '../lib/documents.ts';
import { checkAttachments } from '../documents/attachments.ts';
import { documentLibraryProblems } from '../documents/check.ts';
import { bulletinNoteProblems } from '../plan/bulletin-notes.ts';
import { fieldPath, type ContentProblem } from './problems.ts';
import { listFiles, parseMarkdown, parseYaml, readYamlFile, type ParsedText, type ReadResult } from './read-files.ts';
import { contentWarnings } from './warnings.ts';
import { bodySafetyProblems } from './body-safety.ts';
import { CheckCache, type CheckCacheOptions } from './check-cache.ts';
import { buildDay } from '../lib/dates.ts';

/** Everything the checker learned, for extra checks (warnings) layered on top. */
export interface CheckedEntry {
  collection: 'news' | 'procedures' | 'hotlines' | 'models' | 'contests' | 'documents';
  /** Path relative to the content folder. */
  file: string;
  id: string;
  raw: string;
  body: string;
  /** The data as validated (undefined when it failed). */
  data?: Record<string, unknown>;
}

export interface CheckReport {
  problems: ContentProblem[];
  entries: CheckedEntry[];
  errorCount: number;
}

/** In the checker an image field is the path as written; the file itself is opened below. */
const imagePath = () => z.string();

const MARKDOWN_FOLDERS = [
  { collection: 'news', folder: 'news', reserved: RESERVED_NEWS_IDS },
  { collection: 'procedures', folder: 'procedures', reserved: RESERVED_PROCEDURE_IDS },
  { collection: 'models', folder: 'models', reserved: RESERVED_MODEL_IDS },
  { collection: 'contests', folder: 'contests', reserved: [] },
  { collection: 'documents', folder: 'documents', reserved: RESERVED_DOCUMENT_IDS },
] as const;

export interface CheckOptions {
  /** Add the editorial warnings (image size, alt text, duplicates, NFD, links). Default true. */
  warnings?: boolean;
  imageLimitBytes?: number;
  /** `YYYY-MM-DD`; default the build day (BUILD_DATE or today in Vietnam). */
  today?: string;
  basePath?: string;
  /**
   * Keep what each file's text gives (parsed and validated data, body scans) in this file between
   * runs: a check after a few files changed redoes only their work (src/content-check/check-cache.ts).
   */
  cache?: CheckCacheOptions;
}

interface Issue {
  message: string;
  field?: string;
}

/**
 * A schema's verdict on some data: its output, or what is wrong and where. (Nothing empty is kept:
 * at 10,000 entries each stored object costs the cache time to read back.)
 */
interface Validation {
  data?: Record<string, unknown>;
  issues?: Issue[];
}

/**
 * All the checker learns from the text of one entry file alone, given the schema: kept by the check
 * cache, so it holds no copy of the text (the body is the text from `bodyStart`).
 */
interface TextCheck extends Validation {
  /** Where the body starts in the text, or why the file cannot be read. */
  read: number | { message: string };
}

function validationOf(schema: z.ZodType, data: unknown, prefix: readonly PropertyKey[] = []): Validation {
  const result = schema.safeParse(deepNFC(data));
  if (result.success) return { data: result.data as Record<string, unknown> };
  return {
    issues: result.error.issues.map((issue) => {
      const path = [...prefix, ...issue.path];
      return { message: issue.message, ...(path.length > 0 && { field: fieldPath(path) }) };
    }),
  };
}

/** `prepare` adds to the data what lives outside the text (a contest's CSV results). */
function checkText(parsed: ParsedText, schema: z.ZodType, prepare = (data: unknown) => data): TextCheck {
  if (!parsed.ok) return { read: { message: parsed.message } };
  return { read: parsed.bodyStart, ...validationOf(schema, prepare(parsed.data)) };
}

/** Short name of a list of unit ids, for the cache: validation of news and hotlines depends on it. */
const listKey = (ids: readonly string[]) => createHash('sha256').update(JSON.stringify(ids)).digest('base64');

export async function checkContent(contentDir: string, options: CheckOptions = {}): Promise<CheckReport> {
  const problems: ContentProblem[] = [];
  const entries: CheckedEntry[] = [];
  const error = (file: string, message: string, field?: string) =>
    problems.push({ file, message, severity: 'error', ...(field !== undefined && { field }) });

  const cache = new CheckCache(options.cache);
  const memo = cache.memo;
  const report = (file: string, validation: Validation) => {
    for (const issue of validation.issues ?? []) error(file, issue.message, issue.field);
    return validation.data;
  };
  const validate = <T extends z.ZodType>(schema: T, data: unknown, file: string, prefix: readonly PropertyKey[] = []) =>
    report(file, validationOf(schema, data, prefix)) as z.output<T> | undefined;

  const readOrReport = (file: string, result: ReadResult): unknown => {
    if (result.ok) return result.data;
    error(file, result.message);
    return undefined;
  };

  const checkImage = async (file: string, field: string, value: unknown, baseDir: string) => {
    if (typeof value !== 'string') return;
    const path = resolve(baseDir, value);
    if (!existsSync(path)) {
      error(file, E.imageMissing(value), field);
      return;
    }
    // sharp opens the file: at 10,000 covers that is seconds, so the verdict is remembered.
    const readable = await cache.memoByStat(path, 'image', async () => {
      try {
        const meta = await sharp(path).metadata();
        return Boolean(meta.width && meta.height);
      } catch {
        return false;
      }
    });
    if (!readable) error(file, E.imageUnreadable(value), field);
  };

  // site.yaml (required)
  const sitePath = join(contentDir, 'site.yaml');
  if (!existsSync(sitePath)) {
    error('site.yaml', E.fileMissing);
  } else {
    const data = readOrReport('site.yaml', readYamlFile(sitePath));
    if (data !== undefined) {
      const site = validate(siteSchema({ image: imagePath }), data, 'site.yaml');
      if (site?.logo) await checkImage('site.yaml', 'logo', site.logo, contentDir);
    }
  }

  // units.yaml (required: news and hotlines name their unit by id)
  const unitIds: string[] = [];
  const unitsPath = join(contentDir, 'units.yaml');
  if (!existsSync(unitsPath)) {
    error('units.yaml', E.fileMissing);
  } else {
    const data = readOrReport('units.yaml', readYamlFile(unitsPath));
    if (data !== undefined && !Array.isArray(data)) error('units.yaml', E.expectedList(data));
    if (Array.isArray(data)) {
      data.forEach((unit, index) => {
        const parsed = validate(unitSchema(), unit, 'units.yaml', [index]);
        if (!parsed) {
          // A unit whose other fields are wrong still exists (Astro reads the ids the same way):
          // its news and hotlines must not get a second, misleading "unknown unit" error.
          const id: unknown = unit && typeof unit === 'object' ? (unit as { id?: unknown }).id : undefined;
          if (typeof id === 'string' && isSlug(id) && !unitIds.includes(id)) unitIds.push(id);
          return;
        }
        if (unitIds.includes(parsed.id)) error('units.yaml', E.duplicateId(parsed.id), fieldPath([index, 'id']));
        unitIds.push(parsed.id);
      });
    }
  }

  const unitsKey = listKey(unitIds);
  /** What each collection's validation depends on besides the text: names results in the cache. */
  const kinds = { news: `news ${unitsKey}`, procedures: 'procedures', models: 'models', documents: 'documents' };
  const schemas = {
    news: newsSchema({ image: imagePath, unitIds }),
    procedures: procedureSchema(),
    models: modelSchema({ image: imagePath }),
    contests: contestSchema(),
    documents: legalDocumentSchema(),
  } as const;

  for (const { collection, folder, reserved } of MARKDOWN_FOLDERS) {
    const dir = join(contentDir, folder);
    for (const name of listFiles(dir, ['.md', '.mdx'])) {
      const file = `${folder}/${name}`;
      const id = basename(name, extname(name));
      if (!isSlug(id)) error(file, E.fileNameNotSlug(id, slugify(id)));
      else if ((reserved as readonly string[]).includes(id)) error(file, E.reservedFileName(id));
      const raw = cache.readText(join(dir, name), file);
      // A contest's results may come from a CSV file beside it: only the parsing of its text is kept.
      const checked =
        collection === 'contests'
          ? checkText(memo(file, raw, 'markdown', () => parseMarkdown(raw)), schemas.contests, (data) =>
              data && typeof data === 'object' ? mergeResultsCsv(data as Record<string, unknown>, dir, file, error) : data)
          : memo(file, raw, kinds[collection], () => checkText(parseMarkdown(raw), schemas[collection]));
      const entry: CheckedEntry = { collection, file, id, raw, body: typeof checked.read === 'number' ? raw.slice(checked.read) : '' };
      entries.push(entry);
      if (typeof checked.read !== 'number') {
        error(file, checked.read.message);
        continue;
      }
      const data = report(file, checked);
      if (data) entry.data = data;
      if (data && (collection === 'news' || collection === 'models') && data.cover !== undefined) {
        await checkImage(file, 'cover', data.cover, dir);
      }
      if (data && collection === 'documents') {
        for (const problem of await checkAttachments(join(dir, name), data.files as { file: string }[])) error(file, problem.message, problem.field);
      }
    }
  }

  const hotlineDir = join(contentDir, 'hotlines');
  const hotline = hotlineSchema({ unitIds });
  const hotlineKind = `hotline ${unitsKey}`;
  for (const name of listFiles(hotlineDir, ['.yaml', '.yml'])) {
    const file = `hotlines/${name}`;
    const id = basename(name, extname(name));
    if (!isSlug(id)) error(file, E.fileNameNotSlug(id, slugify(id)));
    const raw = cache.readText(join(hotlineDir, name), file);
    const checked = memo(file, raw, hotlineKind, () => checkText(parseYaml(raw), hotline));
    const entry: CheckedEntry = { collection: 'hotlines', file, id, raw, body: '' };
    entries.push(entry);
    if (typeof checked.read !== 'number') {
      error(file, checked.read.message);
      continue;
    }
    const data = report(file, checked);
    if (data) entry.data = data;
  }

  // Optional single files.
  const indicesPath = join(contentDir, 'indices.yaml');
  if (existsSync(indicesPath)) {
    const data = readOrReport('indices.yaml', readYamlFile(indicesPath));
    if (data !== undefined && data !== null && !Array.isArray(data)) error('indices.yaml', E.expectedList(data));
    if (Array.isArray(data)) data.forEach((row, index) => validate(indexResultSchema(), row, 'indices.yaml', [index]));
  }
  const planPath = join(contentDir, 'plan.yaml');
  if (existsSync(planPath)) {
    const data = readOrReport('plan.yaml', readYamlFile(planPath));
    if (data !== undefined && data !== null) validate(planSchema({ unitIds }), data, 'plan.yaml');
  }
  const synonymsPath = join(contentDir, SYNONYMS_FILE);
  if (existsSync(synonymsPath)) {
    const data = readOrReport(SYNONYMS_FILE, readYamlFile(synonymsPath));
    if (data !== undefined && data !== null && !Array.isArray(data)) error(SYNONYMS_FILE, E.expectedList(data));
    if (Array.isArray(data)) data.forEach((row, index) => validate(synonymGroupSchema(), row, SYNONYMS_FILE, [index]));
  }

  problems.push(...documentLibraryProblems(entries));
  problems.push(...bulletinNoteProblems(contentDir));

  // Scripts, frames and unsafe links in bodies are errors even when warnings are not asked for.
  problems.push(...bodySafetyProblems(entries, memo).filter((problem) => options.warnings !== false || problem.severity === 'error'));
  if (options.warnings !== false) {
    problems.push(
      ...contentWarnings(contentDir, entries, {
        today: options.today ?? buildDay(),
        memo,
        // The NFD check reads every text file: the entries' were read above.
        texts: new Map(entries.map((entry) => [entry.file, entry.raw])),
        ...(options.imageLimitBytes !== undefined && { imageLimitBytes: options.imageLimitBytes }),
        ...(options.basePath !== undefined && { basePath: options.basePath }),
      }),
    );
  }
  cache.save();
  return { problems, entries, errorCount: problems.filter((p) => p.severity === 'error').length };
}

function mergeResultsCsv(
  data: Record<string, unknown>,
  dir: string,
  file: string,
  error: (file: string, message: string, field?: string) => void,
): Record<string, unknown> {
  const csvName = data.resultsFile;
  if (typeof csvName !== 'string') return data;
  if (data.results !== undefined) {
    error(file, E.resultsAndFile, 'resultsFile');
    return data;
  }
  const csvPath = resolve(dir, csvName);
  if (!existsSync(csvPath)) {
    error(file, E.csvMissing(csvName), 'resultsFile');
    return data;
  }
  const csvFile = `${basename(dirname(csvPath))}/${basename(csvPath)}`;
  const { rows, problems } = parseResultsCsv(readFileSync(csvPath, 'utf8'));
  for (const problem of problems) {
    error(csvFile, E.csvRow(problem.line, problem.message), problem.column);
  }
  return { ...data, results: rows };
}
