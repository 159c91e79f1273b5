/** How scripts/build.ts and the render kit's process (child.ts) talk: a job in the environment, an exit code. */
export const KIT_JOB_VARIABLE = 'TRANG_CCHC_KIT_JOB';
/** The change needs Astro (an image, MDX…): the reason is in the job's `reasonFile`. */
export const NEEDS_ASTRO_EXIT = 3;
