/**
 * The editor (Sveltia CMS, src/cms/config.ts) must not write a field the content schemas reject:
 * unknown fields are an error (issue 14, item 8), so a CMS field the schema lacks would make every
 * file saved from the editor fail the check. Every field name of the CMS, nested lists and
 * groups included, is looked up in the schema of its collection.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { cmsConfig } from '../../src/cms/config.ts';
import * as schemas from '../../src/schemas/collections.ts';

interface CmsField {
  name: string;
  widget?: string;
  fields?: CmsField[];
  field?: CmsField;
  root?: boolean;
}

/** The object shape inside optional / default / array / pipe wrappers, if there is one. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let current: z.ZodType | undefined = schema;
  for (let depth = 0; current && depth < 10; depth += 1) {
    const def = (current as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
    if (def.type === 'object') return def.shape as Record<string, z.ZodType>;
    current = (def.innerType ?? def.element ?? (def.type === 'pipe' ? (objectShape(def.in as z.ZodType) ? def.in : def.out) : undefined)) as
      | z.ZodType
      | undefined;
  }
  return undefined;
}

/** Names of CMS fields (with their path) that the schema does not have. */
function unknownFields(fields: readonly CmsField[], shape: Record<string, z.ZodType>, path: string): string[] {
  return fields.flatMap((field) => {
    if (field.name === 'body' && field.widget === 'markdown') return []; // the Markdown body, not front matter
    const schema = shape[field.name];
    if (!schema) return [`${path}${field.name}`];
    const nested = field.fields;
    if (!nested) return [];
    const inner = objectShape(schema);
    return inner ? unknownFields(nested, inner, `${path}${field.name}.`) : [`${path}${field.name} (không phải nhóm trường)`];
  });
}

const image = () => z.string();
const unitIds = ['van-phong'];
const SCHEMAS: Record<string, z.ZodType> = {
  news: schemas.newsSchema({ image, unitIds }),
  procedures: schemas.procedureSchema(),
  hotlines: schemas.hotlineSchema({ unitIds }),
  models: schemas.modelSchema({ image }),
  contests: schemas.contestSchema(),
  documents: schemas.legalDocumentSchema(),
  site: schemas.siteSchema({ image }),
  units: schemas.unitSchema(),
  plan: schemas.planSchema({ unitIds }),
  indices: schemas.indexResultSchema(),
};

describe('the CMS writes only fields the content schemas accept', () => {
  const config = cmsConfig({ contentPath: 'content', units: [{ id: 'van-phong', name: 'Văn phòng' }], siteName: 'UBND xã' }) as {
    collections: (CmsField & { files?: (CmsField & { fields: CmsField[] })[] })[];
  };
  const forms = config.collections.flatMap((collection) =>
    collection.files ? collection.files.map((file) => ({ name: file.name, fields: file.fields })) : [{ name: collection.name, fields: collection.fields ?? [] }],
  );

  it('has a schema for every form of the CMS', () => {
    expect(forms.map((form) => form.name).filter((name) => !SCHEMAS[name])).toEqual([]);
  });

  it.each(forms.map((form) => [form.name, form] as const))('%s', (name, form) => {
    const shape = objectShape(SCHEMAS[name]!)!;
    expect(shape, name).toBeDefined();
    // units.yaml and indices.yaml are lists at the top of the file: the list's items are the entries.
    const fields = form.fields.length === 1 && form.fields[0]?.root ? (form.fields[0].fields ?? []) : form.fields;
    expect(unknownFields(fields, shape, `${name}: `)).toEqual([]);
  });

  it('would catch a CMS field the schema lacks', () => {
    const shape = objectShape(SCHEMAS.news!)!;
    expect(unknownFields([{ name: 'title' }, { name: 'subtitle' }], shape, 'news: ')).toEqual(['news: subtitle']);
    const procedure = objectShape(SCHEMAS.procedures!)!;
    expect(unknownFields([{ name: 'methods', widget: 'list', fields: [{ name: 'chanel' }] }], procedure, 'p: ')).toEqual(['p: methods.chanel']);
  });
});
