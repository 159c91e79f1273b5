/**
 * `npm run dev`, `npm run preview`, `npm run astro -- …`: Astro's own CLI, run in this process with
 * the offline environment (scripts/lib/offline-env.ts) set first. A plain `astro dev` would ask the
 * npm registry for updates and send telemetry; setting variables in package.json would not work
 * in the Windows command prompt the communes use.
 */
import { OFFLINE_ENV } from './lib/offline-env.ts';

Object.assign(process.env, OFFLINE_ENV);
// Astro's CLI reads its command from process.argv[2…]: this script's own arguments, unchanged.
// (astro's package exports do not list its bin, so it is addressed by path.)
await import(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url).href);
