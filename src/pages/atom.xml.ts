import type { APIRoute } from 'astro';
import { buildNewsFeed } from '../feeds/news-feed.ts';

export const GET: APIRoute = async () =>
  new Response((await buildNewsFeed()).atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
