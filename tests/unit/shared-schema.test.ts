import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { sharedAcrossFolder } from '../../src/loaders/content-loaders.ts';

/** Stand-ins for the two kinds of `image()` helper Astro hands a schema function. */
const resolvingImage = () => z.string().transform((path) => ({ src: `/resolved/${path}` }));
const plainImage = () => z.string();

describe('sharedAcrossFolder', () => {
  it('builds the schema once for all entries whose image helper resolves paths', () => {
    let built = 0;
    const schemaFor = sharedAcrossFolder(({ image }: { image: () => z.ZodType }) => {
      built += 1;
      return z.object({ title: z.string(), cover: image().optional() });
    });
    const first = schemaFor({ image: resolvingImage });
    const second = schemaFor({ image: resolvingImage });
    expect(built).toBe(1);
    expect(second).toBe(first);
    expect(second.parse({ title: 'Tin', cover: 'anh.jpg' })).toEqual({ title: 'Tin', cover: { src: '/resolved/anh.jpg' } });
  });

  it('never hands the plain-string schema (for editors) to entries, nor the reverse', () => {
    const schemaFor = sharedAcrossFolder(({ image }: { image: () => z.ZodType }) => z.object({ cover: image() }));
    const forEditors = schemaFor({ image: plainImage });
    const forEntries = schemaFor({ image: resolvingImage });
    expect(forEditors.parse({ cover: 'anh.jpg' })).toEqual({ cover: 'anh.jpg' });
    expect(forEntries.parse({ cover: 'anh.jpg' })).toEqual({ cover: { src: '/resolved/anh.jpg' } });
    expect(schemaFor({ image: plainImage })).not.toBe(forEntries);
  });
});
