/**
 * How the search page orders results for a person looking for a procedure. Two stages, both
 * pure (unit-tested in tests/unit/ranking.test.ts):
 *
 * 1. `rankCandidates`, before any result is downloaded: each planned token (query-plan.ts) is
 *    searched on its own (the index chunks are already loaded, so this costs no bytes), and a
 *    page is ordered by how many of the query's words it holds, then by how many *name* tokens
 *    (pairs and synonyms of a procedure's title), then typed words, then Pagefind's scores
 *    summed. A procedure whose name holds the query therefore comes before news that only
 *    mention the words.
 * 2. `rankFirstPage`, once the first page of results is downloaded (titles known): a title equal
 *    to the query first; for a query typed with marks, titles holding more of its words with
 *    exactly those marks; then titles holding more of the query's names (pairs, synonyms,
 *    numbers), then more of its other words; a procedure before other pages holding as much;
 *    the title with fewer words beside the query (the plain procedure before "… có yếu tố nước
 *    ngoài", "… lưu động"); a title that starts with the query; exact accents in the text; and
 *    otherwise stage 1's order.
 */
import { exactMatchCount, foldWord } from './search-text.ts';
import { foldedWords, indexOfWords } from './name-tokens.ts';
import type { PlannedToken, SearchPlan } from './query-plan.ts';

export interface TokenResults<R> {
  token: PlannedToken;
  results: { id: string; score: number; result: R }[];
}

export interface Candidate<R> {
  id: string;
  result: R;
  /** Query words the page holds: two for a name pair, a synonym's words, one for a typed word. */
  covered: number;
  names: number;
  words: number;
  score: number;
}

/**
 * Stage 1. Results: every page holding a name token, and the pages holding every typed word
 * (all but one when no page holds them all and there are two or more: a colloquial query carries
 * words no procedure page has, "lam", "cho con").
 */
export function rankCandidates<R>(searches: TokenResults<R>[]): Candidate<R>[] {
  const byId = new Map<string, Candidate<R> & { coveredWords: Set<string> }>();
  for (const { token, results } of searches) {
    for (const { id, score, result } of results) {
      const entry = byId.get(id) ?? { id, result, covered: 0, names: 0, words: 0, score: 0, coveredWords: new Set<string>() };
      if (token.kind === 'name') entry.names += 1;
      else entry.words += 1;
      for (const word of token.counts) entry.coveredWords.add(word);
      entry.covered = entry.coveredWords.size;
      entry.score += score;
      byId.set(id, entry);
    }
  }
  const wordTokens = searches.filter((search) => search.token.kind === 'word').length;
  const all = [...byId.values()];
  const mostWords = all.reduce((most, candidate) => Math.max(most, candidate.words), 0);
  const neededWords = wordTokens === 0 ? Infinity : mostWords === wordTokens || wordTokens < 2 ? wordTokens : Math.max(1, wordTokens - 1);
  return all
    .filter((candidate) => candidate.names > 0 || candidate.words >= neededWords)
    .sort(compareCandidates)
    .map(({ coveredWords: _, ...candidate }) => candidate);
}

/** Stage 1's order; also used to merge the archive's older news into the primary's results. */
export function compareCandidates(a: Candidate<unknown>, b: Candidate<unknown>): number {
  return b.covered - a.covered || b.names - a.names || b.words - a.words || b.score - a.score;
}

/**
 * Whether the words stood for by name tokens must be searched too (each costs an index chunk):
 * when the names found less than a page of results, or when no page holds every planned word
 * (a headline such as "chính quyền địa phương hai cấp" is no procedure's name: the news that
 * carry it are only found by its words).
 */
export function needsHeldWords(candidates: Candidate<unknown>[], plan: SearchPlan, pageSize: number): boolean {
  if (plan.held.length === 0) return false;
  const planned = new Set(plan.tokens.flatMap((token) => token.counts)).size;
  return candidates.length < pageSize || (candidates[0]?.covered ?? 0) < planned;
}

/** Words at the start of a procedure's title that say nothing about which one it is. */
const TITLE_LEAD = ['thu', 'tuc'];

function titleWords(title: string): string[] {
  const words = foldedWords(title);
  return TITLE_LEAD.every((word, i) => words[i] === word) ? words.slice(TITLE_LEAD.length) : words;
}

/** Whether a title holds what one planned token (or skipped word) stands for. */
function titleHas(words: string[], token: PlannedToken): boolean {
  if (token.group) return token.group.some((member) => indexOfWords(words, member.split(' ')) >= 0);
  if (token.covers.length > 1) return indexOfWords(words, token.covers) >= 0;
  const word = token.covers[0] ?? '';
  // A name typed without its space ("khaisinh") is in the title as two words.
  return words.includes(word) || words.some((w, i) => `${w}${words[i + 1] ?? ''}` === word);
}

export interface FirstPageItem {
  title: string;
  text: string;
  isProcedure: boolean;
}

/**
 * Stage 2, on the first page (the items in stage 1's order). Every word of a title that the
 * query does not hold counts as an "other word", near-universal or not: "Trình báo mất hộ chiếu"
 * is as far from "cấp hộ chiếu" as its words say, however common "trình" and "báo" are.
 */
export function rankFirstPage<T>(items: T[], query: string, plan: SearchPlan, view: (item: T) => FirstPageItem): T[] {
  const queryWords = foldedWords(query);
  const units: PlannedToken[] = [...plan.tokens, ...plan.skipped.map((word): PlannedToken => ({ text: word, kind: 'word', covers: [foldWord(word)], counts: [] }))];
  const known = new Set([...queryWords, ...plan.tokens.flatMap((token) => token.group?.flatMap((member) => member.split(' ')) ?? [])]);
  const scored = items.map((item, position) => {
    const { title, text, isProcedure } = view(item);
    const words = titleWords(title);
    // A number (a code, a hotline) is as strong a sign as a name.
    const strong = (unit: PlannedToken) => unit.kind === 'name' || /\d/.test(unit.text);
    const heldNames = units.filter((unit) => strong(unit) && titleHas(words, unit)).length;
    const heldWords = units.filter((unit) => !strong(unit) && titleHas(words, unit)).length;
    const held = heldNames + heldWords;
    let lead = 0;
    while (lead < words.length && known.has(words[lead]!)) lead += 1;
    return {
      item,
      position,
      exact: words.length > 0 && words.join(' ') === titleWords(query).join(' ') ? 1 : 0,
      heldNames,
      heldWords,
      procedure: held > 0 && isProcedure ? 1 : 0,
      lead: Math.min(lead, queryWords.length),
      others: words.filter((word) => !known.has(word)).length,
      accentsTitle: exactMatchCount(query, title),
      accentsText: exactMatchCount(query, text),
    };
  });
  scored.sort(
    (a, b) =>
      b.exact - a.exact ||
      b.accentsTitle - a.accentsTitle ||
      b.heldNames - a.heldNames ||
      b.heldWords - a.heldWords ||
      b.procedure - a.procedure ||
      a.others - b.others ||
      b.lead - a.lead ||
      b.accentsText - a.accentsText ||
      a.position - b.position,
  );
  return scored.map((entry) => entry.item);
}
