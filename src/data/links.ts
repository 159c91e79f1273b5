import { absoluteUrl, routes, withBase } from '../lib/routes.ts';

/** A link inside the site, under the configured base path. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export function absolute(path: string): string {
  return absoluteUrl(import.meta.env.SITE ?? 'http://localhost:4321', import.meta.env.BASE_URL, path);
}

export { routes };
