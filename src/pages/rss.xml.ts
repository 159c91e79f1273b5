import type { APIRoute } from 'astro';
import { buildNewsFeed } from '../feeds/news-feed.ts';
import { rss2 } from '../feeds/serialize.ts';

export const GET: APIRoute = async () =>
  new Response(rss2(await buildNewsFeed()), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
