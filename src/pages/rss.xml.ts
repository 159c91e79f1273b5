import type { APIRoute } from 'astro';
import { buildNewsFeed } from '../feeds/news-feed.ts';

export const GET: APIRoute = async () =>
  new Response((await buildNewsFeed()).rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
