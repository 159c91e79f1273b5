/**
 * Name tokens: extra words written at build time into the indexed copy of each procedure, that
 * stand for the procedure's *name* (its title), never for its body text.
 *
 * - A word pair of the title, written as one word: "Đăng ký khai tử" → `xxdangky`, `xxkhaitu`. A
 *   query "dang ky khai tu" then asks the index for `xxkhaitu`, found only on procedures whose name
 *   holds "khai tử" (not on the customs "khai báo" procedure, not on news), and it costs one
 *   index chunk instead of one per word. "khaitu" typed without its space finds it too.
 * - A synonym group met in the title: "Cấp lại thẻ căn cước" → the group token of
 *   {CCCD, căn cước công dân, thẻ căn cước}, so "cap lai cccd" finds it.
 *
 * Pure functions shared by the indexer (Node) and the search page (browser): both sides must
 * fold and join words the same way.
 */
import { foldVietnamese } from '../lib/vietnamese.ts';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Folded words of a text: lower case, no marks, đ → d ("Đăng ký" → ["dang", "ky"]). */
export function foldedWords(text: string): string[] {
  return [...foldVietnamese(text.normalize('NFC')).toLowerCase().matchAll(WORD)].map((match) => match[0]);
}

/**
 * Every name token starts with this. Pagefind extends a typed word to the longer words that start
 * with it (`ky` finds `kyso`): without a prefix no Vietnamese word starts with, the typed word
 * "ky" also matched every procedure's `kykhai`, `kyket`… at a title's weight, and procedures
 * crowded out the news a headline query was after.
 */
export const NAME_PREFIX = 'xx';

/** The one-word form of a folded word pair ("khai tu" → "xxkhaitu"). */
export const pairToken = (first: string, second: string) => `${NAME_PREFIX}${first}${second}`;

/**
 * The token of a synonym group: "dn" (đồng nghĩa) + its first member's folded words joined.
 * Made from the words themselves (not a position in a list) so it reads in the index and stays
 * the same when groups are added.
 */
export const groupToken = (group: string[]) => `${NAME_PREFIX}dn${(group[0] ?? '').replace(/ /g, '')}`;

/**
 * Synonym groups as the index and the search page use them: each member folded ("Thẻ căn cước"
 * → "the can cuoc"), duplicates and empty members dropped, and groups that share a member merged
 * (a word cannot stand for two different things in one search).
 */
export function normalizeGroups(groups: readonly (readonly string[])[]): string[][] {
  const merged: Set<string>[] = [];
  for (const group of groups) {
    const members = new Set(group.map((member) => foldedWords(member).join(' ')).filter(Boolean));
    if (members.size < 2) continue;
    const overlapping = merged.filter((existing) => [...members].some((member) => existing.has(member)));
    const target = overlapping[0] ?? new Set<string>();
    for (const other of overlapping.slice(1)) {
      for (const member of other) target.add(member);
      merged.splice(merged.indexOf(other), 1);
    }
    for (const member of members) target.add(member);
    if (overlapping.length === 0) merged.push(target);
  }
  return merged.map((set) => [...set]);
}

/** Where `needle` (folded words) occurs in `words`, or -1. */
export function indexOfWords(words: readonly string[], needle: readonly string[]): number {
  outer: for (let start = 0; start + needle.length <= words.length; start += 1) {
    for (let k = 0; k < needle.length; k += 1) if (words[start + k] !== needle[k]) continue outer;
    return start;
  }
  return -1;
}

/** The synonym groups (normalized) whose members occur in a folded text. */
export function groupsIn(words: readonly string[], groups: readonly string[][]): string[][] {
  return groups.filter((group) => group.some((member) => indexOfWords(words, member.split(' ')) >= 0));
}

/** Every name token of a title: its word pairs joined, then its synonym groups' tokens. */
export function titleNameTokens(title: string, groups: readonly string[][]): string[] {
  const words = foldedWords(title);
  const tokens = new Set<string>();
  for (let i = 0; i + 1 < words.length; i += 1) tokens.add(pairToken(words[i]!, words[i + 1]!));
  for (const group of groupsIn(words, groups)) tokens.add(groupToken(group));
  return [...tokens];
}

/** The folded word pairs of a title, for counting which pairs are names on this site. */
export function titlePairs(title: string): string[] {
  const words = foldedWords(title);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < words.length; i += 1) pairs.add(`${words[i]} ${words[i + 1]}`);
  return [...pairs];
}

/**
 * Weight of the name tokens of one title: 10 (Pagefind's top) for a title of up to 6 words,
 * less for longer ones. The plain procedure ("Thủ tục đăng ký khai sinh", 6 words) then outscores
 * its variants ("… có yếu tố nước ngoài tại khu vực biên giới", 12 words) on the same token: the
 * share of the name a query covers is what a person means by "the one I typed".
 */
export function nameWeight(title: string): number {
  const count = foldedWords(title).length;
  return Math.max(1, Math.min(10, Math.round((60 / Math.max(6, count)) * 10) / 10));
}
