/**
 * The plan tracker and the e-bulletin for pages: the plan of plan.yaml with each activity's
 * progress on the build day, the bulletin issues made from the published news, and the editors'
 * notes. Read once per production build, like src/data/content.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { contentDir } from '../config/paths.ts';
import { getContests, getNews, oncePerBuild, publicationState, type NewsEntry } from '../data/content.ts';
import { getDocuments } from '../documents/data.ts';
import { buildDay, toIsoDay } from '../lib/dates.ts';
import { bulletinIssues, noteIdOf, type BulletinIssue } from '../lib/bulletin-issues.ts';
import { planProgress, type PlanProgress, type ProgressNews } from '../lib/plan-progress.ts';
import { routes } from '../lib/routes.ts';
import { progressContent } from './progress-content.ts';

export type Plan = CollectionEntry<'plan'>['data'];
export type BulletinNote = CollectionEntry<'bulletins'>;

/** Published news only, also in `astro dev` (a draft must never show up in an issue or a count). */
const publishedNews = oncePerBuild(async () => {
  const day = buildDay();
  return (await getNews()).filter((entry) => publicationState(entry, day) === 'published');
});

export type IssueArticle = { id: string; day: string; entry: NewsEntry };

export const getBulletinIssues: () => Promise<BulletinIssue<IssueArticle>[]> = oncePerBuild(async () => {
  const articles = (await publishedNews()).map((entry) => ({ id: entry.id, day: toIsoDay(entry.data.date), entry }));
  return bulletinIssues(articles, buildDay());
});

export const getBulletinNotes: () => Promise<Map<string, BulletinNote>> = oncePerBuild(async () => {
  const notes = await getCollection('bulletins');
  return new Map(notes.map((note) => [note.id, note]));
});

export async function noteOf(issue: { year: number; number: number }): Promise<BulletinNote | undefined> {
  return (await getBulletinNotes()).get(noteIdOf(issue.year, issue.number));
}

export const getPlan: () => Promise<Plan | undefined> = oncePerBuild(async () => (await getEntry('plan', 'plan'))?.data);

export const getPlanProgress: () => Promise<PlanProgress | undefined> = oncePerBuild(async () => {
  const plan = await getPlan();
  if (!plan) return undefined;
  const day = buildDay();
  const news: ProgressNews[] = (await publishedNews()).map((entry) => ({
    id: entry.id,
    title: entry.data.title,
    day: toIsoDay(entry.data.date),
    unit: entry.data.unit,
    category: entry.data.category,
    path: routes.newsArticle(entry.id),
  }));
  const contests = (await getContests()).map((entry) => ({ title: entry.data.title, day: toIsoDay(entry.data.startDate), path: routes.contest(entry.id) }));
  // Without a documents folder the site has no library: such a measure counts 0 and says why.
  const documents = existsSync(join(contentDir(), 'documents'))
    ? (await getDocuments()).map((entry) => ({
        title: `${entry.data.number} – ${entry.data.title}`,
        day: toIsoDay(entry.data.issued),
        type: entry.data.type,
        ...(entry.data.category && { category: entry.data.category }),
        path: routes.document(entry.id),
      }))
    : undefined;
  return planProgress(plan, day, progressContent({ news, contests, documents }, day));
});
