/**
 * Unknown fields are errors in every collection (issue 14, item 8): each schema rejects an extra
 * key with the Vietnamese message, and the schema sources build objects only with the strict
 * helper, so an object added later cannot quietly accept misspelt fields.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import * as schemas from '../../src/schemas/collections.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';

const image = () => z.string();
const unitIds = ['van-phong'];

describe('strict content schemas', () => {
  it.each([
    ['site', schemas.siteSchema({ image })],
    ['units', schemas.unitSchema()],
    ['news', schemas.newsSchema({ image, unitIds })],
    ['procedures', schemas.procedureSchema()],
    ['hotlines', schemas.hotlineSchema({ unitIds })],
    ['models', schemas.modelSchema({ image })],
    ['contests', schemas.contestSchema()],
    ['indices', schemas.indexResultSchema()],
    ['plan', schemas.planSchema({ unitIds })],
    ['documents', schemas.legalDocumentSchema()],
  ] as const)('%s rejects a field it does not know, naming it', (_, schema) => {
    const result = (schema as z.ZodType).safeParse({ truongLa: 1 });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.code === 'unrecognized_keys');
    expect(issue?.message).toMatch(/^trường "truongLa" không có trong mẫu nội dung/);
  });

  it('every object of the schema sources is built with strictObject', () => {
    const dir = join(PROJECT_ROOT, 'src', 'schemas');
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts'))) {
      const source = readFileSync(join(dir, name), 'utf8');
      // z.object / z.looseObject / .passthrough() would accept (and drop) misspelt fields.
      expect(source.match(/\bz\s*\.\s*(?:object|looseObject)\s*\(|\.passthrough\(\)|\.loose\(\)/g) ?? [], name).toEqual([]);
    }
  });
});
