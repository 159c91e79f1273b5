/**
 * The search page in the browser. Loads Pagefind from the site itself (under the base path),
 * reads `?q=` and the filters from the URL, and renders results as a list of links with
 * headings, an excerpt of the real accented text and a status line that screen readers announce.
 */
import { search as t } from '../i18n/search.ts';
import { buildExcerpt, foldWord, normalizeQuery, planQuery } from './search-text.ts';
import { planSearch, readVocabulary, type PlannedToken, type SearchPlan, type SearchVocabulary } from './query-plan.ts';
import { needsHeldWords, rankCandidates, rankFirstPage, type Candidate } from './ranking.ts';
import {
  archiveFallback,
  archiveFirst,
  COMMON_WORDS_FILE,
  DELTA_ARCHIVE_BUNDLE,
  DELTA_BUNDLE,
  DELTA_META,
  mergeBundles,
  type ArchiveChoice,
  type DeltaStatus,
} from './search-bundles.ts';
import { ARCHIVE_PARAM, FILTER_KEYS, META, SORT_DATE, SORT_NEWEST, SORT_PARAM } from './keys.ts';
import { matchedFilePart } from './page-sections.ts';
import type { PagefindInstance, PagefindModule, PagefindResponse, PagefindResult, PagefindResultData, PagefindSearchOptions } from './pagefind-types.ts';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 250;

interface Shown {
  data: PagefindResultData;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderResult(data: PagefindResultData, query: string): HTMLLIElement {
  const item = element('li', 'search-result');
  const article = element('article');
  const meta = data.meta;
  article.append(element('p', 'search-result__type', meta[META.type] ?? t.types.page));
  const heading = element('h2', 'search-result__title');
  const link = element('a', undefined, meta[META.title] ?? data.url);
  link.href = data.url;
  heading.append(link);
  article.append(heading);

  const excerpt = element('p', 'search-result__excerpt');
  for (const part of buildExcerpt(data.content, query)) {
    excerpt.append(part.mark ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  }
  if (excerpt.childNodes.length > 0) article.append(excerpt);

  const details: (string | Node)[] = [];
  if (meta[META.date]) details.push(`${meta[META.type] === t.types.contest ? t.started : t.published}: ${meta[META.date]}`);
  if (meta[META.code]) details.push(`${t.code}: ${meta[META.code]}`);
  const part = matchedFilePart(data.sub_results);
  if (part) {
    const jump = element('a', undefined, part.title);
    jump.href = part.url;
    const wrap = element('span', 'search-result__part', `${t.foundIn}: `);
    wrap.append(jump);
    details.push(wrap);
  }
  const phone = meta[META.phone];
  if (phone) {
    const call = element('a', undefined, phone);
    call.href = `tel:${meta[META.tel] ?? phone.replace(/[^\d+]/g, '')}`;
    const wrap = element('span', undefined, `${t.call}: `);
    wrap.append(call);
    details.push(wrap);
  }
  if (details.length > 0) {
    const line = element('p', 'search-result__meta');
    details.forEach((detail, index) => {
      if (index > 0) line.append(' · ');
      line.append(detail);
    });
    article.append(line);
  }
  item.append(article);
  return item;
}

export function startSearchPage(): void {
  const app = document.querySelector<HTMLElement>('[data-search-app]');
  if (!app) return;
  const base = app.dataset.base ?? '/';
  const queryForm = app.querySelector<HTMLFormElement>('form[role="search"]');
  const input = queryForm?.querySelector<HTMLInputElement>('input[name="q"]');
  const filtersForm = app.querySelector<HTMLFormElement>('[data-search-filters]');
  const status = app.querySelector<HTMLElement>('[data-search-status]');
  const list = app.querySelector<HTMLOListElement>('[data-search-results]');
  const more = app.querySelector<HTMLButtonElement>('[data-search-more]');
  const fallback = app.querySelector<HTMLElement>('[data-search-fallback]');
  const archiveHint = app.querySelector<HTMLElement>('[data-search-archive-hint]');
  const archiveBox = app.querySelector<HTMLInputElement>(`input[name="${ARCHIVE_PARAM}"]`);
  if (!queryForm || !input || !filtersForm || !status || !list || !more || !fallback) return;
  // Visible once the script can run them (kept invisible in the layout until then).
  filtersForm.removeAttribute('data-pending');
  const filtersSummary = filtersForm.querySelector<HTMLElement>('[data-search-filters-summary]');
  // Present only when the build wrote an archive bundle (older news).
  const archivePath = app.dataset.archive;
  const cutoffYear = Number(app.dataset.archiveCutoff?.slice(0, 4) ?? 0);

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of filtersForm.querySelectorAll('select')) {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }
  if (archiveBox) archiveBox.checked = params.get(ARCHIVE_PARAM) === '1';

  let engine: Promise<PagefindModule> | undefined;
  // What fast publishes changed since the last full build (search-bundles.ts), said in the
  // vocabulary file: small bundles to merge, and addresses whose results in the main bundles are
  // out of date.
  const noDelta: DeltaStatus = { pages: 0, archivePages: 0, stale: [] };
  const loadDelta = () => loadVocabulary().then((vocabulary) => vocabulary.delta ?? noDelta);
  const bundles = new Map<string, Promise<PagefindInstance>>();
  // Bundles other than the primary one start one after the other (see below).
  let lastStarted: Promise<unknown> = Promise.resolve();
  // One Pagefind instance per bundle, from the primary bundle's pagefind.js; the archive's is
  // created (and its page table fetched) only when it is searched.
  const bundle = (path: string): Promise<PagefindInstance> => {
    let instance = bundles.get(path);
    if (!instance) {
      // The URL is built at run time so the bundler leaves it alone; it stays on this site.
      engine ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindModule>;
      const primaryPath = `${base}pagefind/`;
      // Another bundle starts only once the primary one is ready: two WASM starts at the same
      // time leave one instance unusable ("memory access out of bounds").
      const ready: Promise<unknown> = path === primaryPath ? Promise.resolve() : Promise.all([bundle(primaryPath), lastStarted]);
      instance = Promise.all([engine, ready]).then(async ([module]) => {
        // Main thread: Pagefind 1.6's shared worker cannot hold two bundles (the second one's
        // WASM start breaks the first: "unreachable"); it also spares a 12 KB download.
        const created = module.createInstance({ basePath: path, baseUrl: '/', noWorker: true });
        await created.init();
        // Addresses in every bundle already carry the base path, as for the primary bundle above.
        const delta = await loadDelta();
        if (path === primaryPath && delta.pages > 0) await created.mergeIndex(`${base}${DELTA_BUNDLE}`, { baseUrl: '/' });
        if (path === archivePath && delta.archivePages > 0) await created.mergeIndex(`${base}${DELTA_ARCHIVE_BUNDLE}`, { baseUrl: '/' });
        // init() returns before the WASM and page table are in; an empty search waits for them.
        await created.search('');
        return created;
      });
      instance.catch(() => bundles.delete(path));
      bundles.set(path, instance);
      if (path !== primaryPath) lastStarted = instance.catch(() => undefined);
    }
    return instance;
  };
  const primary = () => bundle(`${base}pagefind/`);
  // Without the vocabulary (an older build, a failed request) every word is searched as typed.
  const noVocabulary: SearchVocabulary = { pages: 0, words: {} };
  let vocabularyFile: Promise<SearchVocabulary> | undefined;
  const loadVocabulary = () =>
    (vocabularyFile ??= fetch(`${base}${COMMON_WORDS_FILE}`)
      .then(async (response) => (response.ok ? readVocabulary(await response.json()) : noVocabulary))
      .catch(() => noVocabulary));

  /**
   * Each planned token searched on its own (the chunks are loaded once, so the extra searches
   * cost no bytes), then put in order by ranking.ts (names of procedures first).
   */
  async function searchTokens(instance: PagefindInstance, tokens: PlannedToken[], options: PagefindSearchOptions): Promise<Candidate<PagefindResult>[]> {
    const searches = await Promise.all(
      tokens.map(async (token) => {
        const response = await instance.search(token.text, options);
        return { token, results: (response?.results ?? []).map((result) => ({ id: result.id, score: result.score, result })) };
      }),
    );
    return rankCandidates(searches);
  }
  // The engine and the primary page table load while the person is still typing, so that Enter
  // waits only for the words' chunks.
  input.addEventListener(
    'focus',
    () => {
      void primary().catch(() => undefined);
      void loadVocabulary();
    },
    { once: true },
  );
  const skippedNote = element('p', 'search-skipped');
  skippedNote.hidden = true;
  status.after(skippedNote);

  let generation = 0;
  let pending: PagefindResult[] = [];
  let shown = 0;
  let total = 0;
  let currentQuery = '';
  let currentSortNewest = false;
  let currentTyped = '';
  let currentPlan: SearchPlan | undefined;

  function archiveChoice(filters: Record<string, string>): ArchiveChoice {
    return {
      wanted: archiveBox?.checked ?? false,
      type: filters[FILTER_KEYS.type] ?? '',
      newsType: t.types.news,
      year: filters[FILTER_KEYS.year] ?? '',
      cutoffYear,
    };
  }

  function selected(): { filters: Record<string, string>; sortNewest: boolean } {
    const filters: Record<string, string> = {};
    for (const key of Object.values(FILTER_KEYS)) {
      const value = (filtersForm!.elements.namedItem(key) as HTMLSelectElement | null)?.value;
      if (value) filters[key] = value;
    }
    const sortNewest = (filtersForm!.elements.namedItem(SORT_PARAM) as HTMLSelectElement | null)?.value === SORT_NEWEST;
    return { filters, sortNewest };
  }

  function remember(query: string, filters: Record<string, string>, sortNewest: boolean): void {
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [key, value] of Object.entries(filters)) next.set(key, value);
    if (sortNewest) next.set(SORT_PARAM, SORT_NEWEST);
    if (archiveBox?.checked) next.set(ARCHIVE_PARAM, '1');
    const search = next.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  }

  async function showMore(run: number, focusFirst: boolean): Promise<void> {
    // An edited or deleted page is still in the main bundles until the next full build: only its
    // version from the small bundles of fast publishes is shown, and the page is filled up from
    // the next results.
    const stale = new Set((await loadDelta()).stale);
    let items: Shown[] = [];
    while (items.length < PAGE_SIZE && pending.length > 0) {
      const batch = pending.slice(0, PAGE_SIZE - items.length);
      pending = pending.slice(batch.length);
      const loaded: Shown[] = await Promise.all(batch.map(async (result) => ({ data: await result.data() })));
      if (run !== generation) return;
      const current = loaded.filter((item) => !stale.has(item.data.url) || item.data.meta[DELTA_META] === '1');
      total -= loaded.length - current.length;
      items.push(...current);
    }
    // The first page is put in order with the titles now known (ranking.ts: exact title, the plain
    // procedure before its variants, exact accents), not when the person asked for the newest first.
    if (shown === 0 && !currentSortNewest && currentPlan) {
      items = rankFirstPage(items, currentQuery, currentPlan, (item) => ({
        title: item.data.meta[META.title] ?? '',
        text: item.data.content,
        isProcedure: item.data.meta[META.type] === t.types.procedure,
      }));
    }
    const nodes = items.map((item) => renderResult(item.data, currentQuery));
    list!.append(...nodes);
    shown += items.length;
    more!.hidden = pending.length === 0;
    if (shown < total) status!.textContent = `${t.count(total, currentTyped)} ${t.showing(shown, total)}`;
    if (focusFirst) nodes[0]?.querySelector('a')?.focus();
  }

  async function run(): Promise<void> {
    const current = ++generation;
    skippedNote.hidden = true;
    const query = normalizeQuery(input!.value);
    const { filters, sortNewest } = selected();
    remember(input!.value.trim(), filters, sortNewest);
    // The folded filters say how many are in use, so a narrowed search is never a surprise.
    if (filtersSummary) filtersSummary.textContent = t.filtersSummary(Object.keys(filters).length + (sortNewest ? 1 : 0) + (archiveBox?.checked ? 1 : 0));
    if (!query && Object.keys(filters).length === 0) {
      list!.replaceChildren();
      more!.hidden = true;
      status!.textContent = '';
      return;
    }
    status!.textContent = t.loading;
    let results: PagefindResult[];
    let archived = false;
    let skipped: string[] = [];
    let plan: SearchPlan | undefined;
    let vocabulary = noVocabulary;
    try {
      const options: PagefindSearchOptions = { filters, ...(sortNewest && { sort: { [SORT_DATE]: 'desc' } }) };
      // The vocabulary and the engine load side by side: on 3G a round trip is worth saving.
      vocabulary = query ? await Promise.all([loadVocabulary(), primary().catch(() => undefined)]).then(([loaded]) => loaded) : noVocabulary;
      // Sorted by date, or in the archive (news only, no procedure names), the typed words are
      // searched together as before; by relevance on the primary bundle, token by token.
      const plain = planQuery(query, vocabulary.words);
      if (query && !sortNewest) plan = planSearch(query, vocabulary);

      const askPlain = async (path: string): Promise<PagefindResult[]> => {
        const response: PagefindResponse | null = await (await bundle(path)).search(plain.search || null, options);
        return response?.results ?? [];
      };
      // A large archive is written in parts, newest first (search-bundles.ts): they do not share
      // a day, so they merge as the archive merges into the primary bundle's results.
      const askArchive = async (path: string): Promise<PagefindResult[]> => {
        const parts = (await loadVocabulary()).archiveParts?.map((part) => `${base}${part}`) ?? [path];
        const found = await Promise.all(parts.map(askPlain));
        return found.reduce((merged, next) => mergeBundles(merged, next, sortNewest));
      };
      const heldWords = (held: string[]) => held.map((word): PlannedToken => ({ text: word, kind: 'word', covers: [foldWord(word)], counts: [foldWord(word)] }));
      const choice = archiveChoice(filters);
      const early = archivePath !== undefined && archiveFirst(choice);
      skipped = plan && !early ? plan.skipped : plain.skipped;
      // A query naming a procedure, on the primary bundle alone: token by token (ranking.ts).
      const hasNames = plan?.tokens.some((token) => token.kind === 'name') === true;
      let ranked: PagefindResult[] | undefined;
      if (plan && !early) {
        const instance = await primary();
        if (hasNames) {
          let found = await searchTokens(instance, plan.tokens, options);
          // The names found too little: the words they stand for are searched too.
          if (needsHeldWords(found, plan, PAGE_SIZE)) found = await searchTokens(instance, [...plan.tokens, ...heldWords(plan.held)], options);
          ranked = found.map((candidate) => candidate.result);
          // No procedure so named and no other word to search: the typed words, as before
          // (never the archive's download for a name nobody carries).
          if (ranked.length === 0) ranked = (await instance.search(plain.search || null, options))?.results ?? [];
        } else {
          // No name: Pagefind's own order for all the words together; fewer than a page (an
          // everyday query with a word no page has) and the words are ranked one by one.
          const together = (await instance.search(plan.tokens.map((token) => token.text).join(' ') || null, options))?.results ?? [];
          ranked = together.length >= PAGE_SIZE || plan.tokens.length < 2 ? together : (await searchTokens(instance, plan.tokens, options)).map((candidate) => candidate.result);
        }
      }
      // Sorted by date or with the archive asked for: the typed words together in both bundles,
      // merged on Pagefind's score (the archive holds news only, which carry no names).
      const [fromPrimary, fromArchive] = await Promise.all([ranked ? Promise.resolve(ranked) : askPlain(`${base}pagefind/`), early ? askArchive(archivePath) : Promise.resolve([])]);
      results = fromPrimary;
      if (archivePath !== undefined && (early || archiveFallback(choice, fromPrimary.length))) {
        if (current !== generation) return;
        results = mergeBundles(fromPrimary, early ? fromArchive : await askArchive(archivePath), sortNewest);
        archived = true;
      }
    } catch {
      if (current !== generation) return;
      status!.textContent = t.loadFailed;
      fallback!.hidden = false;
      return;
    }
    if (current !== generation) return;
    if (archiveHint) archiveHint.hidden = archived || archivePath === undefined || (filters[FILTER_KEYS.type] !== undefined && filters[FILTER_KEYS.type] !== t.types.news);
    currentQuery = query;
    currentSortNewest = sortNewest;
    currentPlan = plan;
    currentTyped = input!.value.trim();
    skippedNote.textContent = skipped.length > 0 ? t.skippedWords(skipped) : '';
    skippedNote.hidden = skipped.length === 0;
    pending = results;
    total = pending.length;
    shown = 0;
    list!.replaceChildren();
    fallback!.hidden = total > 0;
    const typed = currentTyped;
    if (total === 0) {
      more!.hidden = true;
      status!.textContent = t.none(typed);
      return;
    }
    await showMore(current, false);
    if (current === generation && total === 0) {
      // Every result was an out-of-date copy of a page a fast publish changed or removed.
      status!.textContent = t.none(typed);
      fallback!.hidden = false;
      return;
    }
    // Announced once the first results are on the page, not before.
    if (current === generation && shown >= total) status!.textContent = t.count(total, typed);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const runSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  };
  queryForm.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  input.addEventListener('input', runSoon);
  filtersForm.addEventListener('change', () => void run());
  filtersForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  // Reset clears the menus after this event; search again once they are cleared.
  filtersForm.addEventListener('reset', () => setTimeout(() => void run(), 0));
  more.addEventListener('click', () => void showMore(generation, true));
  archiveHint?.querySelector('button')?.addEventListener('click', () => {
    if (archiveBox) archiveBox.checked = true;
    void run();
  });

  if (input.value.trim() || Object.keys(selected().filters).length > 0) void run();
}
