import type { APIRoute } from 'astro';
import { documentFeed } from '../../documents/feed.ts';
import { rss2 } from '../../feeds/serialize.ts';

export const GET: APIRoute = async () =>
  new Response(rss2(await documentFeed()), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
