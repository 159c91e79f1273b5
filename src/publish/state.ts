/**
 * The record of the last build of an output folder, kept in the content folder's cache (never in
 * the published site): what it was built from, and the published news it holds. The next build
 * compares it with the present to choose between the fast publish and the full build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { publishing } from '../i18n/publishing.ts';
import { isPublishedBy } from '../lib/dates.ts';
import { compareContent, type ContentChanges } from './fingerprint.ts';
import type { NewsFact } from './news-plan.ts';

const R = publishing.build.fast.reasons;

export interface PublishState {
  version: 1;
  code: string;
  day: string;
  siteUrl: string;
  basePath: string;
  /** `builtAt` of the output folder's build-info.json: the state describes that folder only. */
  builtAt: string;
  content: Record<string, string>;
  /** Published news of that output. */
  news: NewsFact[];
  /** Pages indexed in the small search index since the last full build, and main-index pages it hides. */
  searchDelta: { pages: string[]; stale: string[] };
}

export type Present = Omit<PublishState, 'version' | 'builtAt' | 'news' | 'searchDelta'>;

export function statePath(cacheDir: string, outDir: string): string {
  const key = createHash('sha256').update(outDir).digest('hex').slice(0, 12);
  return join(cacheDir, `publish-state-${key}.json`);
}

export function readState(path: string): PublishState | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const state = JSON.parse(readFileSync(path, 'utf8')) as PublishState;
    return state.version === 1 ? state : undefined;
  } catch {
    return undefined;
  }
}

export function writeState(path: string, state: PublishState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, path);
}

/** A news file of the content folder: `news/<id>.md` or `.mdx` (the id is the file name). */
const NEWS_FILE = /^news\/([^/]+)\.mdx?$/;

export function newsIdOf(file: string): string | undefined {
  return NEWS_FILE.exec(file)?.[1];
}

export type Decision = { fast: true; changes: ContentChanges; touched: Set<string> } | { fast: false; reason: string };

/** Fast only when nothing but news files changed since the build that made the output folder. */
export function decide(state: PublishState | undefined, present: Present, outputBuiltAt: string | undefined): Decision {
  if (!state) return { fast: false, reason: R.first };
  if (!outputBuiltAt || state.builtAt !== outputBuiltAt) return { fast: false, reason: R.output };
  if (state.code !== present.code) return { fast: false, reason: R.code };
  if (state.day !== present.day) return { fast: false, reason: R.day };
  if (state.siteUrl !== present.siteUrl || state.basePath !== present.basePath) return { fast: false, reason: R.settings };
  const changes = compareContent(state.content, present.content);
  const files = [...changes.added, ...changes.changed, ...changes.removed];
  const other = files.find((file) => newsIdOf(file) === undefined);
  if (other) return { fast: false, reason: R.otherContent(other) };
  return { fast: true, changes, touched: new Set(files.map((file) => newsIdOf(file)!)) };
}

/** The published news among the checked entries (`data` as validated by the content check). */
export function publishedNewsFacts(entries: readonly { collection: string; id: string; data?: Record<string, unknown> }[], day: string): NewsFact[] {
  const facts: NewsFact[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'news' || !entry.data) continue;
    const { date, category, unit, cover, draft } = entry.data as { date: Date; category: string; unit: string; cover?: string; draft?: boolean };
    if (draft || !isPublishedBy(date, day)) continue;
    facts.push({ id: entry.id, date: date.getTime(), category, unit, ...(typeof cover === 'string' && { cover }) });
  }
  return facts;
}
