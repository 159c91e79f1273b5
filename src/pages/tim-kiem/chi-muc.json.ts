/**
 * Facts for the search indexer (types, filters, hotline records). src/search/build/search-index.ts
 * reads this file after the Astro build and removes it: it is not part of the published site.
 */
import type { APIRoute } from 'astro';
import { searchManifest } from '../../search/facts.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchManifest()), { headers: { 'Content-Type': 'application/json' } });
