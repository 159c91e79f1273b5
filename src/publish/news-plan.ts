/**
 * Which pages a change of news articles touches (issue 17). The rules mirror the pages that show
 * news; a page they forget is caught by the equality test (tests/built/fast-publish.test.ts), which
 * compares a fast publish with a full build of the same content file by file.
 *
 * Paths are site-relative ('' is the home page, 'tin-tuc/…/' a page, 'rss.xml' a file). A path
 * ending in '*' stands for every page under it.
 */
import { routes } from '../lib/routes.ts';
import { archiveNavNumbers, olderInCategory, pageNews } from '../lib/news-paging.ts';
import { bulletinIssues } from '../lib/bulletin-issues.ts';
import { toIsoDay } from '../lib/dates.ts';

/** What the pages need to know of a published article to decide where it appears. */
export interface NewsFact {
  id: string;
  /** Milliseconds since 1970, as the data layer sorts. */
  date: number;
  category: string;
  unit: string;
  /** The cover as written: a new or changed image takes the full build (its processed files). */
  cover?: string;
}

export interface NewsPlan {
  /** Pages and files to render again ('…*' = everything under that path). */
  render: string[];
  /** Pages that no longer exist (their folders go). */
  remove: string[];
  /** Set when this change needs the full build, with the reason shown to the editor. */
  fullBuild?: string;
}

/** Pages that show every change of a published article, whatever it is. */
export const ALWAYS_RENDERED = [
  routes.home(),
  'nhung/tin-moi/',
  'rss.xml',
  'atom.xml',
  'feed.json',
  // The search page's filters (years, units) and the manifest of what the index holds.
  'tim-kiem/',
  'tim-kiem/chi-muc.json',
  // The list of weekly bulletin issues and their feeds (the issues themselves: bulletinPages below).
  'ban-tin/',
  'ban-tin/rss.xml',
  'ban-tin/atom.xml',
  // The plan counts each unit's articles. (A document's page lists the articles citing it: see
  // documentIds below.)
  'ke-hoach/*',
];

/**
 * The weekly bulletin issues a change touches (src/lib/bulletin-issues.ts): an issue whose week,
 * number, articles or neighbours differ, or that shows a touched article. Issues are numbered
 * from the weeks of a year that have articles, so an article in a week that had none renumbers
 * the year's later issues; each such issue is rendered whole (page and email file), and one that
 * no longer exists is removed whole.
 */
function bulletinPages(before: readonly NewsFact[], after: readonly NewsFact[], touched: ReadonlySet<string>, day: string): string[] {
  const signatures = (facts: readonly NewsFact[]) => {
    const issues = bulletinIssues(
      facts.map((fact) => ({ id: fact.id, day: toIsoDay(new Date(fact.date)) })),
      day,
    );
    const key = (issue: (typeof issues)[number] | undefined) => (issue ? `${issue.year}/${issue.number}` : '');
    return new Map(
      issues.map((issue, index) => [
        key(issue),
        {
          text: [issue.week.start, issue.current, issue.articles.map((a) => a.id).join(' '), key(issues[index - 1]), key(issues[index + 1])].join('|'),
          ids: issue.articles.map((a) => a.id),
        },
      ]),
    );
  };
  const old = signatures(before);
  const now = signatures(after);
  const pages = new Set<string>();
  for (const [key, issue] of now) {
    if (old.get(key)?.text !== issue.text || issue.ids.some((id) => touched.has(id))) pages.add(`ban-tin/${key}/*`);
  }
  for (const key of old.keys()) if (!now.has(key)) pages.add(`ban-tin/${key}/*`);
  return [...pages];
}

/** Newest first, the order of the data layer (src/data/content.ts getNews). */
export function sortNewestFirst(facts: readonly NewsFact[]): NewsFact[] {
  return [...facts].sort((a, b) => b.date - a.date || a.id.localeCompare(b.id));
}

interface ListPageState {
  path: string;
  ids: string;
  nav: string;
}

function listPages(newestFirst: readonly NewsFact[], pathOf: (page?: number) => string): ListPageState[] {
  const { front, archive, olderThanFront } = pageNews(newestFirst);
  const total = archive.length;
  return [
    { path: pathOf(), ids: front.map((f) => f.id).join(' '), nav: `${total} ${olderThanFront ?? ''}` },
    ...archive.map((page) => ({
      path: pathOf(page.number),
      ids: page.entries.map((f) => f.id).join(' '),
      nav: `${archiveNavNumbers(page.number, total).join(',')} ${page.number < total}`,
    })),
  ];
}

/**
 * `before` and `after`: the published articles of the last build and of this one; `touched`: ids
 * whose file was added, edited or deleted (an edit may change what a list shows of it);
 * `documentIds`: the library's documents, whose pages list the articles that cite them (their files,
 * which can weigh megabytes, do not change with news and are not rendered again); `day`: the build
 * day (a bulletin issue whose week is not over says so).
 */
export function planNewsChange(
  before: readonly NewsFact[],
  after: readonly NewsFact[],
  touched: ReadonlySet<string>,
  { documentIds = [], day }: { documentIds?: readonly string[]; day: string },
): NewsPlan {
  const oldList = sortNewestFirst(before);
  const newList = sortNewestFirst(after);
  const oldById = new Map(oldList.map((f) => [f.id, f]));
  const newById = new Map(newList.map((f) => [f.id, f]));

  const categories = (list: readonly NewsFact[]) => [...new Set(list.map((f) => f.category))].sort().join(' ');
  // Every list page carries the menu of categories that have articles.
  if (categories(oldList) !== categories(newList)) return { render: [], remove: [], fullBuild: 'category-set' };
  for (const id of touched) {
    const was = oldById.get(id)?.cover;
    const is = newById.get(id)?.cover;
    if (is !== undefined && is !== was) return { render: [], remove: [], fullBuild: 'cover' };
  }

  const render = new Set<string>([
    ...ALWAYS_RENDERED,
    ...documentIds.map((id) => routes.document(id)),
    ...bulletinPages(oldList, newList, touched, day),
  ]);
  const remove = new Set<string>();
  for (const id of touched) {
    if (newById.has(id)) render.add(routes.newsArticle(id));
    else if (oldById.has(id)) remove.add(routes.newsArticle(id));
  }

  // "Tin cùng chuyên mục" on other articles.
  const relatedIds = (list: readonly NewsFact[]) => {
    const related = olderInCategory(list, (f) => f.category);
    return new Map([...related].map(([fact, others]) => [fact.id, others.map((o) => o.id)]));
  };
  const oldRelated = relatedIds(oldList);
  for (const [id, ids] of relatedIds(newList)) {
    const was = oldRelated.get(id);
    if (was === undefined || was.join(' ') !== ids.join(' ') || ids.some((other) => touched.has(other))) render.add(routes.newsArticle(id));
  }

  // The list of all news and each category's list.
  const lists: { pathOf: (page?: number) => string; filter: (f: NewsFact) => boolean }[] = [
    { pathOf: (page) => routes.newsList(page), filter: () => true },
    ...[...new Set(newList.map((f) => f.category))].map((category) => ({
      pathOf: (page?: number) => routes.newsCategory(category, page),
      filter: (f: NewsFact) => f.category === category,
    })),
  ];
  for (const { pathOf, filter } of lists) {
    const oldPages = new Map(listPages(oldList.filter(filter), pathOf).map((page) => [page.path, page]));
    for (const page of listPages(newList.filter(filter), pathOf)) {
      const was = oldPages.get(page.path);
      oldPages.delete(page.path);
      const showsTouched = page.ids.split(' ').some((id) => touched.has(id));
      if (!was || was.ids !== page.ids || was.nav !== page.nav || showsTouched) render.add(page.path);
    }
    for (const gone of oldPages.keys()) remove.add(gone);
  }
  return { render: [...render].sort(), remove: [...remove].sort() };
}
