/**
 * Content collections. Every schema comes from src/schemas (shared with `npm run check`);
 * this file only wires them to the content folder chosen by `CONTENT_DIR`.
 */
import { defineCollection } from 'astro:content';
import { contentDir } from './config/paths.ts';
import {
  contestResultsFromCsv,
  markdownCollection,
  readUnitIds,
  sharedAcrossFolder,
  yamlFileCollection,
  yamlFolderCollection,
} from './loaders/content-loaders.ts';
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
} from './schemas/collections.ts';
import { documentsCollection } from './documents/loader.ts';
import { bulletinNoteSchema } from './schemas/bulletin-note.ts';
import { RESERVED_MODEL_IDS, RESERVED_NEWS_IDS, RESERVED_PROCEDURE_IDS } from './schemas/vocabulary.ts';

const dir = contentDir();

const unitIds = readUnitIds(dir);

const site = defineCollection({
  loader: yamlFileCollection(dir, 'site.yaml', () => 'site'),
  schema: ({ image }) => siteSchema({ image }),
});

const units = defineCollection({
  loader: yamlFileCollection(dir, 'units.yaml', (entry, index) => (typeof entry.id === 'string' ? entry.id : `don-vi-${index + 1}`)),
  schema: unitSchema(),
});

const news = defineCollection({
  loader: markdownCollection(dir, 'news', { reserved: RESERVED_NEWS_IDS }),
  schema: sharedAcrossFolder(({ image }) => newsSchema({ image, unitIds })),
});

const procedures = defineCollection({
  loader: markdownCollection(dir, 'procedures', { reserved: RESERVED_PROCEDURE_IDS }),
  schema: procedureSchema(),
});

const hotlines = defineCollection({
  loader: yamlFolderCollection(dir, 'hotlines'),
  schema: hotlineSchema({ unitIds }),
});

const models = defineCollection({
  loader: markdownCollection(dir, 'models', { reserved: RESERVED_MODEL_IDS }),
  schema: sharedAcrossFolder(({ image }) => modelSchema({ image })),
});

const contests = defineCollection({
  loader: markdownCollection(dir, 'contests', { prepare: contestResultsFromCsv() }),
  schema: contestSchema(),
});

const indices = defineCollection({
  loader: yamlFileCollection(dir, 'indices.yaml', (entry, index) => `${String(entry.index)}-${String(entry.year)}-${index}`),
  schema: indexResultSchema(),
});

const plan = defineCollection({
  loader: yamlFileCollection(dir, 'plan.yaml', () => 'plan'),
  schema: planSchema({ unitIds }),
});

const documents = defineCollection({
  loader: documentsCollection(dir),
  schema: legalDocumentSchema(),
});

/** Editors' notes of weekly e-bulletin issues (bulletins/<year>-<number>.md): a body only. */
const bulletins = defineCollection({
  loader: markdownCollection(dir, 'bulletins'),
  schema: bulletinNoteSchema(),
});

export const collections = { site, units, news, procedures, hotlines, models, contests, indices, plan, documents, bulletins };
