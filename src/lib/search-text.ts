/**
 * Text rules of the site search, shared by the indexer (Node) and the search page (browser) so
 * that both sides fold Vietnamese the same way. Pure functions, no DOM.
 *
 * Pagefind folds tone marks by itself but never turns đ into d, so the indexer adds a "fold
 * region" to each page: the đ-words of the page written without marks. It is wrapped in
 * FOLD_OPEN/FOLD_CLOSE so the search page can cut it out of the text it shows.
 */
import { foldVietnamese, hasDiacritics } from './vietnamese.ts';

export const FOLD_OPEN = '⟪';
export const FOLD_CLOSE = '⟫';

const WORD = /[\p{L}\p{M}\p{N}]+(?:[.,/-][\p{N}]+)*/gu;

/** Lower case, NFC, no marks, đ → d: the form in which two spellings of a word are compared. */
export function foldWord(word: string): string {
  return foldVietnamese(word.normalize('NFC')).toLowerCase();
}

/**
 * The extra words the index needs for one page: every occurrence of a word containing đ/Đ,
 * folded. Repeats are kept so that "dang" weighs in the ranking as much as "đăng" does; words
 * without đ are left out (Pagefind already folds their tones), which keeps the index small.
 */
export function dStrokeFoldWords(text: string): string[] {
  const found: string[] = [];
  for (const match of text.normalize('NFC').matchAll(WORD)) {
    if (/[đĐ]/.test(match[0])) found.push(foldWord(match[0]));
  }
  return found;
}

/** The fold region as it is placed in the indexed copy of a page (empty when nothing to add). */
export function foldRegion(text: string): string {
  const words = dStrokeFoldWords(text);
  return words.length > 0 ? `${FOLD_OPEN}${words.join(' ')}${FOLD_CLOSE}` : '';
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

const foldedPhrase = (text: string) => words(text).map(foldWord).join(' ');

/**
 * Put first a result whose whole title is the query (the person typed the name of a procedure),
 * then results whose title carries the query's exact marks, then those whose text does, keeping
 * the search engine's order inside each group (a stable sort).
 */
export function rankExactFirst<T>(items: T[], query: string, title: (item: T) => string, text: (item: T) => string): T[] {
  const wanted = foldedPhrase(normalizeQuery(query));
  const scored = items.map((item, position) => ({
    item,
    position,
    isTitle: wanted !== '' && foldedPhrase(title(item)) === wanted ? 1 : 0,
    inTitle: exactMatchCount(query, title(item)),
    inText: exactMatchCount(query, text(item)),
  }));
  scored.sort((a, b) => b.isTitle - a.isTitle || b.inTitle - a.inTitle || b.inText - a.inText || a.position - b.position);
  return scored.map((entry) => entry.item);
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
