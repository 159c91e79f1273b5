import type { APIRoute } from 'astro';
import { buildNewsFeed } from '../feeds/news-feed.ts';
import { atom1 } from '../feeds/serialize.ts';

export const GET: APIRoute = async () =>
  new Response(atom1(await buildNewsFeed()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
