import type { APIRoute } from 'astro';
import { buildNewsFeed } from '../feeds/news-feed.ts';

export const GET: APIRoute = async () =>
  new Response((await buildNewsFeed()).json1(), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
