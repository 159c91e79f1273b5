/** Editorial tools: new, check, report, CMS. */
export const editor = {} as const;
