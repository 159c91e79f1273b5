/** Feeds, embeds and published copies. */
export const publishing = {
  feedTitle: (site: string) => `Tin cải cách hành chính – ${site}`,
} as const;
