import type { APIRoute } from 'astro';
import { bulletinFeed } from '../../plan/bulletin-feed.ts';
import { rss2 } from '../../feeds/serialize.ts';

export const GET: APIRoute = async () =>
  new Response(rss2(await bulletinFeed()), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
