import type { APIRoute } from 'astro';
import { buildNewsFeed } from '../feeds/news-feed.ts';
import { jsonFeed } from '../feeds/serialize.ts';

export const GET: APIRoute = async () =>
  new Response(jsonFeed(await buildNewsFeed()), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
