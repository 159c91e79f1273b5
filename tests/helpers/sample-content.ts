/**
 * What the sample content says, read straight from content/ so tests follow the content rather
 * than hard-coded counts.
 */
import { join } from 'node:path';
import { listFiles, readMarkdown } from '../../src/content-check/read-files.ts';
import { parseContentDate, toIsoDay } from '../../src/lib/dates.ts';
import { PROJECT_ROOT, TEST_BUILD_DATE } from './sites.ts';

export interface SampleNews {
  id: string;
  title: string;
  day: string;
  category: string;
  draft: boolean;
}

export function sampleNews(): SampleNews[] {
  const dir = join(PROJECT_ROOT, 'content', 'news');
  return listFiles(dir, ['.md', '.mdx']).map((name) => {
    const read = readMarkdown(join(dir, name));
    if (!read.ok) throw new Error(`${name}: ${read.message}`);
    const data = read.data as Record<string, unknown>;
    const date = parseContentDate(data.date);
    if (!date) throw new Error(`${name}: bad date`);
    return {
      id: name.replace(/\.mdx?$/, ''),
      title: String(data.title).normalize('NFC'),
      day: toIsoDay(date),
      category: String(data.category),
      draft: data.draft === true,
    };
  });
}

export function publishedNews(): SampleNews[] {
  return sampleNews()
    .filter((news) => !news.draft && news.day <= TEST_BUILD_DATE)
    .sort((a, b) => b.day.localeCompare(a.day) || a.id.localeCompare(b.id));
}

export function unpublishedNews(): SampleNews[] {
  return sampleNews().filter((news) => news.draft || news.day > TEST_BUILD_DATE);
}
