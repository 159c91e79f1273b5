/**
 * What the plan tracker counts, put together the same way for the pages (Astro collections) and
 * for `npm run report` (the content folder read directly): bulletin issues are made from the news
 * here, so both count the same issues.
 */
import { bulletins as B } from '../i18n/bulletins.ts';
import { bulletinIssues } from '../lib/bulletin-issues.ts';
import type { Evidence, ProgressContent, ProgressDocument, ProgressNews } from '../lib/plan-progress.ts';
import { routes } from '../lib/routes.ts';

export interface ProgressInput {
  /** Published news (no drafts, nothing after the build day). */
  news: readonly ProgressNews[];
  contests: readonly Evidence[];
  documents: readonly ProgressDocument[] | undefined;
}

export function progressContent(input: ProgressInput, asOf: string): ProgressContent {
  const issues = bulletinIssues(input.news, asOf);
  return {
    news: input.news,
    bulletins: issues.map((issue) => ({
      title: B.issueName(issue.number, issue.year),
      day: issue.week.start,
      path: routes.bulletin(issue.year, issue.number),
      year: issue.year,
    })),
    contests: input.contests,
    documents: input.documents,
  };
}
