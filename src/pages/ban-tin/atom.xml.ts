import type { APIRoute } from 'astro';
import { bulletinFeed } from '../../plan/bulletin-feed.ts';
import { atom1 } from '../../feeds/serialize.ts';

export const GET: APIRoute = async () =>
  new Response(atom1(await bulletinFeed()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
