/**
 * Text rules of the site search, shared by the indexer (Node) and the search page (browser) so
 * that both sides fold Vietnamese the same way. Pure functions, no DOM.
 *
 * Pagefind folds tone marks by itself but never turns đ into d, so the indexer adds a "fold
 * region" to each page: the đ-words of the page written without marks. It is wrapped in
 * FOLD_OPEN/FOLD_CLOSE so the search page can cut it out of the text it shows.
 */
import { foldVietnamese, hasDiacritics } from '../lib/vietnamese.ts';

export const FOLD_OPEN = '⟪';
export const FOLD_CLOSE = '⟫';

const WORD = /[\p{L}\p{M}\p{N}]+(?:[.,/-][\p{N}]+)*/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Lower case, NFC, no marks, đ → d: the form in which two spellings of a word are compared. */
export function foldWord(word: string): string {
  return foldVietnamese(word.normalize('NFC')).toLowerCase();
}

/**
 * How many times one folded word is repeated in a page's fold region. Pagefind's term frequency
 * saturates after a few occurrences, so more repeats hardly change the ranking of "dang" against
 * "đăng", while every repeat is a position stored in the index chunk a query downloads: at 10,000
 * entries the words of the fold region ("duoc", "dong", "danh") were the heaviest chunks.
 */
export const FOLD_REPEATS = 3;

/**
 * The extra words the index needs for one page: the words containing đ/Đ, folded, each kept up to
 * `maxRepeats` times so that "dang" weighs in the ranking about as much as "đăng" does; words
 * without đ are left out (Pagefind already folds their tones), which keeps the index small.
 */
export function dStrokeFoldWords(text: string, maxRepeats = FOLD_REPEATS): string[] {
  const found: string[] = [];
  const seen = new Map<string, number>();
  const nfc = text.normalize('NFC');
  // From each đ outwards to the word's edges: a regex for "a word holding đ" backtracks at every
  // letter of the page, and the indexer runs this over 10,000 pages.
  let end = 0;
  for (const stroke of nfc.matchAll(/[đĐ]/g)) {
    if (stroke.index < end) continue;
    let start = stroke.index;
    while (start > 0 && WORD_CHAR.test(nfc[start - 1] ?? '')) start -= 1;
    end = stroke.index + 1;
    while (end < nfc.length && WORD_CHAR.test(nfc[end] ?? '')) end += 1;
    const word = foldWord(nfc.slice(start, end));
    const count = (seen.get(word) ?? 0) + 1;
    seen.set(word, count);
    if (count <= maxRepeats) found.push(word);
  }
  return found;
}

/** The fold region as it is placed in the indexed copy of a page (empty when nothing to add). */
export function foldRegion(text: string): string {
  const words = dStrokeFoldWords(text);
  // Spaces inside the markers: glued to a word, a marker became part of it ("dang⟫").
  return words.length > 0 ? `${FOLD_OPEN} ${words.join(' ')} ${FOLD_CLOSE}` : '';
}

/** The page text without the fold region, for excerpts. */
export function stripFoldRegion(content: string): string {
  return content.replace(new RegExp(`${FOLD_OPEN}[^${FOLD_CLOSE}]*${FOLD_CLOSE}\\s*`, 'g'), '').trim();
}

/**
 * What is sent to Pagefind for what the person typed: NFC (decomposed input from some keyboards
 * would otherwise lose its marks), single spaces, and a number typed in groups ("0292 3861 246",
 * "+84 292 3861 246", "1800-1567") joined into the digits the index holds.
 */
export function normalizeQuery(raw: string): string {
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (/^\+?[\d\s.\-()]+$/.test(text) && /\d/.test(text)) {
    const digits = text.replace(/\D/g, '');
    return text.startsWith('+84') ? `0${digits.slice(2)}` : digits;
  }
  return text;
}

/** Folded search words of a query, for highlighting; digits lose their separators. */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const match of normalizeQuery(query).matchAll(WORD)) {
    const word = foldWord(match[0]);
    terms.add(/^[\d.,/-]+$/.test(word) ? word.replace(/\D/g, '') : word);
  }
  return [...terms].filter((term) => term.length > 0);
}

/**
 * Near-universal words. Each word of a query costs the download of the index chunk holding it,
 * and Pagefind's chunks hold a fixed number of positions (≈ 20 KB compressed): a four-word query
 * downloaded four chunks, 209 KB in all at 10,000 entries (docs/search.md). A word found on nearly
 * every page ("hồ" of "hồ sơ", "ký" of "đăng ký" on a procedures site) narrows the results by
 * little, so, as search engines do with stop words, such a word is not sent to the index when the
 * query has other words; the results are then a slightly wider set, ranked with every typed word
 * (src/search/ranking.ts), and the page says which word was left out.
 */
export const COMMON_WORD_SHARE = 0.8;
/** Below this many pages every chunk is small and nothing is left out of a query. */
export const COMMON_WORDS_MIN_PAGES = 1000;

/** Written at build time beside the primary bundle: folded word → share of its pages. */
export interface CommonWords {
  pages: number;
  words: Record<string, number>;
}

/** For each folded word, how many pages hold it; fed one page at a time while the site is built. */
export class WordPageCounter {
  pages = 0;
  private readonly pagesWith = new Map<string, number>();

  add(text: string): void {
    this.pages += 1;
    // Folding the text once gives the same words as folding each word (the folding is per letter).
    const distinct = new Set<string>();
    for (const match of foldVietnamese(text.normalize('NFC')).toLowerCase().matchAll(WORD)) distinct.add(match[0]);
    for (const word of distinct) this.pagesWith.set(word, (this.pagesWith.get(word) ?? 0) + 1);
  }

  /** The words on at least `share` of the pages, none below `minPages` pages. */
  common(share = COMMON_WORD_SHARE, minPages = COMMON_WORDS_MIN_PAGES): CommonWords {
    const words: Record<string, number> = {};
    if (this.pages >= minPages) {
      for (const [word, count] of this.pagesWith) {
        if (count / this.pages >= share) words[word] = Math.round((count / this.pages) * 1000) / 1000;
      }
    }
    return { pages: this.pages, words };
  }
}

/** The near-universal words of a set of page texts (each text counted once per word). */
export function findCommonWords(texts: Iterable<string>, share = COMMON_WORD_SHARE, minPages = COMMON_WORDS_MIN_PAGES): CommonWords {
  const counter = new WordPageCounter();
  for (const text of texts) counter.add(text);
  return counter.common(share, minPages);
}

export interface QueryPlan {
  /** What is sent to Pagefind. */
  search: string;
  /** Words of the query left out because nearly every page has them. */
  skipped: string[];
}

/**
 * Which words of a normalized query are sent to the index: all of them, except near-universal
 * ones when the query has other words. A query made only of such words keeps the rarest one.
 */
export function planQuery(query: string, common: Record<string, number>): QueryPlan {
  const words = query.split(' ').filter(Boolean);
  if (words.length < 2) return { search: query, skipped: [] };
  const shareOf = (word: string) => common[foldWord(word)];
  let kept = words.filter((word) => shareOf(word) === undefined);
  if (kept.length === words.length) return { search: query, skipped: [] };
  if (kept.length === 0) {
    const rarest = words.reduce((best, word) => ((shareOf(word) ?? 0) < (shareOf(best) ?? 0) ? word : best));
    kept = [rarest];
  }
  return { search: kept.join(' '), skipped: words.filter((word) => !kept.includes(word)) };
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * One spelling per syllable whatever the tone placement: old style "hoà" and new style "hòa"
 * differ even in NFC. The tone mark is moved to the end of the word, the vowel shapes (â, ơ, ư…)
 * stay, and letters are lower case.
 */
export function toneKey(word: string): string {
  const decomposed = word.normalize('NFD').toLowerCase();
  const tones = decomposed.match(TONE_MARKS)?.join('') ?? '';
  return (decomposed.replace(TONE_MARKS, '') + tones).normalize('NFC');
}

function words(text: string): string[] {
  return [...text.normalize('NFC').matchAll(WORD)].map((match) => match[0]);
}

/**
 * How many words of an accented query appear with exactly those marks (tone placement aside) in
 * the text. 0 for a query typed without marks: then every spelling is equally good.
 */
export function exactMatchCount(query: string, text: string): number {
  const normalized = normalizeQuery(query);
  if (!hasDiacritics(normalized)) return 0;
  const present = new Set(words(text).map(toneKey));
  return words(normalized).filter((word) => hasDiacritics(word) && present.has(toneKey(word))).length;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

function tokenMatches(token: string, terms: string[]): string | undefined {
  const folded = foldWord(token);
  const digits = /^[\d.,/-]+$/.test(folded) ? folded.replace(/\D/g, '') : undefined;
  return terms.find((term) => folded.startsWith(term) || (digits !== undefined && digits.startsWith(term)));
}

/**
 * A short passage of the real (accented) text around the best cluster of query words, with the
 * matching words marked. Both sides are folded to compare, so "dang ky" marks "Đăng ký".
 */
export function buildExcerpt(content: string, query: string, maxWords = 28): ExcerptPart[] {
  const text = stripFoldRegion(content.normalize('NFC'));
  const terms = queryTerms(query);
  const tokens = [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    term: tokenMatches(match[0], terms),
  }));
  if (tokens.length === 0) return text ? [{ text, mark: false }] : [];

  let best = 0;
  let bestScore = -1;
  for (let first = 0; first < tokens.length; first += 1) {
    if (first > 0 && !tokens[first]?.term) continue;
    const found = new Set<string>();
    let hits = 0;
    for (const token of tokens.slice(first, first + maxWords)) {
      if (token.term) {
        found.add(token.term);
        hits += 1;
      }
    }
    const score = found.size * 1000 + hits;
    if (score > bestScore) {
      bestScore = score;
      best = first;
    }
  }
  const window = tokens.slice(best, best + maxWords);
  const from = best === 0 ? 0 : (window[0]?.start ?? 0);
  const last = window[window.length - 1];
  const to = best + maxWords >= tokens.length ? text.length : (last?.end ?? text.length);

  const parts: ExcerptPart[] = [];
  const push = (piece: string, mark: boolean) => {
    if (!piece) return;
    const previous = parts[parts.length - 1];
    if (previous && previous.mark === mark) previous.text += piece;
    else parts.push({ text: piece, mark });
  };
  if (from > 0) push('… ', false);
  let cursor = from;
  for (const token of window) {
    if (!token.term) continue;
    const gap = text.slice(cursor, token.start);
    // Adjacent matched words form one highlight ("Chứng thực"), as a reader sees them.
    const joinsPrevious = parts[parts.length - 1]?.mark === true && cursor > from && /^\s+$/.test(gap);
    push(gap, joinsPrevious);
    push(text.slice(token.start, token.end), true);
    cursor = token.end;
  }
  push(text.slice(cursor, to), false);
  if (to < text.length) push(' …', false);
  return parts;
}
