import type { APIRoute } from 'astro';
import { documentFeed } from '../../documents/feed.ts';
import { atom1 } from '../../feeds/serialize.ts';

export const GET: APIRoute = async () =>
  new Response(atom1(await documentFeed()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
