/**
 * Environment that keeps Astro's own commands off the internet: a commune PC may be offline, and
 * nothing here should report to or ask anyone outside. `ASTRO_TELEMETRY_DISABLED` stops the usage
 * reports of dev/preview/check/build; `ASTRO_DISABLE_UPDATE_CHECK` stops `astro dev` asking the npm
 * registry for a newer Astro (astro/dist/core/dev/update-check.js reads exactly the string "true").
 */
export const OFFLINE_ENV = {
  ASTRO_TELEMETRY_DISABLED: '1',
  ASTRO_DISABLE_UPDATE_CHECK: 'true',
} as const;
