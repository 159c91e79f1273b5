/**
 * What the search page asks the index for, given what a person typed and the site's search
 * vocabulary (written at build time beside the primary bundle: near-universal words, word pairs
 * that are procedure names, synonym groups). Pure, no DOM; unit-tested in
 * tests/unit/query-plan.test.ts.
 *
 * Rules, in order:
 * 1. Synonyms: the longest synonym member at each place of the query ("bang lai xe", "cccd",
 *    "so do") becomes its group's name token (name-tokens.ts).
 * 2. Word pairs that are names on this site ("khai tu", "ho chieu", "ket hon") become one name
 *    token each; where pairs overlap, the choice keeps the most pairs and prefers pairs of
 *    rarer words ("ho chieu" + "pho thong" rather than "cap ho").
 * 3. Every other word is sent as typed (accents kept), except near-universal words and everyday
 *    fillers ("làm", "xin", "cho") when the query has something else; a query of three words or
 *    more is never left with only one word, unless all of them are near-universal.
 * Words stood for by name tokens are held back: they are searched only when the names find
 * less than a page of results (each word costs the download of an index chunk).
 */
import type { DeltaStatus } from './search-bundles.ts';
import { foldWord } from './search-text.ts';
import { groupToken, NAME_PREFIX, pairToken } from './name-tokens.ts';

/** The site's search vocabulary, as the planner uses it. */
export interface SearchVocabulary {
  /** Pages counted for the near-universal words. */
  pages: number;
  /** Near-universal folded words → share of pages holding them. */
  words: Record<string, number>;
  /** Folded word pairs found in the names of procedures ("khai sinh"). */
  phrases?: string[];
  /** Synonym groups, folded and merged (name-tokens.ts normalizeGroups). */
  groups?: string[][];
  /** What fast publishes added since the last full build (search-bundles.ts). */
  delta?: DeltaStatus;
  /** Folders of the archive's parts (search-bundles.ts), newest first; absent: one archive bundle. */
  archiveParts?: string[];
}

/**
 * The vocabulary as written beside the primary bundle (`tu-pho-bien.json`): the word pairs
 * grouped by their first word ("khai": "sinh tu"), which every first query downloads. With the
 * 1,601 real procedures the 2,273 pairs were 7.4 KB gzip as a list, 5.4 KB grouped.
 */
export interface VocabularyFile {
  pages: number;
  words: Record<string, number>;
  /** First word → the second words of its pairs, separated by spaces. */
  pairs?: Record<string, string>;
  groups?: string[][];
  delta?: DeltaStatus;
  archiveParts?: string[];
}

export function packVocabulary(vocabulary: SearchVocabulary): VocabularyFile {
  const pairs: Record<string, string> = {};
  for (const phrase of vocabulary.phrases ?? []) {
    const [first = '', second = ''] = phrase.split(' ');
    pairs[first] = pairs[first] === undefined ? second : `${pairs[first]} ${second}`;
  }
  return { pages: vocabulary.pages, words: vocabulary.words, pairs, groups: vocabulary.groups ?? [], ...(vocabulary.archiveParts && { archiveParts: vocabulary.archiveParts }) };
}

/** The file read back (or an older build's list of `phrases`, kept as it is). */
export function readVocabulary(file: VocabularyFile & { phrases?: string[] }): SearchVocabulary {
  const phrases = Object.entries(file.pairs ?? {}).flatMap(([first, seconds]) => seconds.split(' ').map((second) => `${first} ${second}`));
  return {
    pages: file.pages ?? 0,
    words: file.words ?? {},
    phrases: [...(file.phrases ?? []), ...phrases],
    groups: file.groups ?? [],
    ...(file.delta && { delta: file.delta }),
    ...(Array.isArray(file.archiveParts) && { archiveParts: file.archiveParts }),
  };
}

export interface PlannedToken {
  /** What is sent to the index. */
  text: string;
  /** `name`: a name token (only on procedures whose title holds it); `word`: a typed word. */
  kind: 'name' | 'word';
  /** The folded query words it stands for. */
  covers: string[];
  /**
   * Those of them that are not near-universal: what a page holding the token proves it holds
   * (ranking.ts counts these; a near-universal word is never searched, so no page can prove it).
   */
  counts: string[];
  /** For a synonym: the group's members (folded), to recognise them in titles. */
  group?: string[];
}

export interface SearchPlan {
  tokens: PlannedToken[];
  /** Typed words not sent because nearly every page has them. */
  skipped: string[];
  /** Typed words stood for by name tokens: searched too when the names find few results. */
  held: string[];
  /** Everyday words left out (FILLER_WORDS). */
  fillers: string[];
}

/**
 * Words of everyday requests that name no procedure ("làm giấy khai sinh cho con", "xin giấy
 * phép"): left out when the query has other words, like near-universal words, so that they
 * neither cost an index chunk nor make a variant's title ("… cho người đã có hồ sơ") look
 * closer. Typed with or without marks. Words that also name things without their marks ("căn",
 * "thẻ", "di") are not in the list.
 */
export const FILLER_WORDS = ['làm', 'xin', 'cho', 'muốn', 'tôi', 'mình', 'giúp', 'hỏi', 'ạ', 'nhé', 'thì'];
const FILLERS = new Set(FILLER_WORDS.flatMap((word) => [word, foldWord(word)]));

/** At most this many tokens are sent: each costs an index chunk (3–20 KB at 10,000 entries). */
export const MAX_TOKENS = 4;

const trimPunctuation = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** One Vietnamese syllable written without marks: onset, one to three vowels, coda. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/**
 * A word typed without its spaces ("duongdaynong") cut into syllables ("duong day nong"), or
 * undefined when it does not read as two or more syllables (an abbreviation, a code, a name
 * such as "vneid"). Of the possible cuts, the one with the fewest syllables that start with a
 * vowel ("day nong", not "dayn ong"), then the fewest syllables. Only used for a word the site's
 * vocabulary does not know.
 */
export function splitSyllables(word: string): string[] | undefined {
  if (!/^[a-z]{6,30}$/.test(word)) return undefined;
  // best[i]: the best cut of word.slice(i), as [vowel-initial syllables, syllables, parts].
  const best: ([number, number, string[]] | undefined)[] = new Array(word.length + 1);
  best[word.length] = [0, 0, []];
  for (let i = word.length - 1; i >= 0; i -= 1) {
    for (let end = i + 1; end <= Math.min(word.length, i + 7); end += 1) {
      const rest = best[end];
      const piece = word.slice(i, end);
      if (!rest || !SYLLABLE.test(piece)) continue;
      const cut: [number, number, string[]] = [rest[0] + (/^[aeiouy]/.test(piece) ? 1 : 0), rest[1] + 1, [piece, ...rest[2]]];
      const current = best[i];
      if (!current || cut[0] < current[0] || (cut[0] === current[0] && cut[1] < current[1])) best[i] = cut;
    }
  }
  const parts = best[0]?.[2];
  return parts && parts.length >= 2 ? parts : undefined;
}

/** Longest synonym member starting at each word (up to 6 words long). */
function synonymAt(folded: string[], at: number, members: Map<string, string[]>): { length: number; group: string[] } | undefined {
  for (let length = Math.min(6, folded.length - at); length >= 1; length -= 1) {
    const group = members.get(folded.slice(at, at + length).join(' '));
    if (group) return { length, group };
  }
  return undefined;
}

export function planSearch(query: string, vocabulary: SearchVocabulary): SearchPlan {
  const joinedPhrases = new Set((vocabulary.phrases ?? []).map((phrase) => phrase.replace(' ', '')));
  const commonWords = vocabulary.words;
  // A word typed without its spaces that the vocabulary does not know is read as its syllables.
  const typed = query
    .split(' ')
    .map(trimPunctuation)
    .filter(Boolean)
    .flatMap((word) => {
      const folded = foldWord(word);
      if (folded !== word.toLowerCase() || joinedPhrases.has(folded) || commonWords[folded] !== undefined) return [word];
      return splitSyllables(folded) ?? [word];
    });
  const folded = typed.map((word) => foldWord(word));
  const common = vocabulary.words;
  const isCommon = (word: string) => common[word] !== undefined;
  const rare = (words: string[]) => words.filter((word) => !isCommon(word));
  const phrases = new Set(vocabulary.phrases ?? []);
  const members = new Map<string, string[]>();
  for (const group of vocabulary.groups ?? []) for (const member of group) if (!members.has(member)) members.set(member, group);

  const names: PlannedToken[] = [];
  const covered = new Array<boolean>(typed.length).fill(false);

  // 1. Synonyms, longest member first at each place.
  for (let at = 0; at < folded.length; ) {
    const found = synonymAt(folded, at, members);
    // A member made only of near-universal words ("thủ tục hành chính") would limit the results
    // to the procedures so named; such words are searched as typed instead.
    if (found && folded.slice(at, at + found.length).every((word) => isCommon(word))) {
      at += found.length;
      continue;
    }
    if (!found) {
      at += 1;
      continue;
    }
    const text = groupToken(found.group);
    if (!names.some((token) => token.text === text)) names.push({ text, kind: 'name', covers: folded.slice(at, at + found.length), counts: rare(folded.slice(at, at + found.length)), group: found.group });
    for (let k = at; k < at + found.length; k += 1) covered[k] = true;
    at += found.length;
  }

  // 2. Name pairs among the words left: the most pairs, then pairs of rarer words.
  const pairScore = (i: number) => {
    const a = folded[i]!;
    const b = folded[i + 1]!;
    if (covered[i] || covered[i + 1] || !phrases.has(`${a} ${b}`)) return 0;
    const rare = (isCommon(a) ? 0 : 1) + (isCommon(b) ? 0 : 1);
    // A pair of two near-universal words ("dang ky", "thu tuc") names nothing in particular.
    return rare === 0 ? 0 : 10 + rare;
  };
  const best: number[] = new Array<number>(folded.length + 2).fill(0);
  const takes: boolean[] = new Array<boolean>(folded.length).fill(false);
  for (let i = folded.length - 2; i >= 0; i -= 1) {
    const skip = best[i + 1]!;
    const score = pairScore(i);
    const take = score > 0 ? score + best[i + 2]! : -1;
    takes[i] = take > skip;
    best[i] = Math.max(skip, take);
  }
  for (let i = 0; i + 1 < folded.length; i += 1) {
    if (!takes[i]) continue;
    names.push({ text: pairToken(folded[i]!, folded[i + 1]!), kind: 'name', covers: [folded[i]!, folded[i + 1]!], counts: rare([folded[i]!, folded[i + 1]!]) });
    covered[i] = true;
    covered[i + 1] = true;
    i += 1;
  }

  // 3. The words left, as typed. A word typed without its space ("khaisinh") is a name already.
  const words: PlannedToken[] = [];
  const skipped: string[] = [];
  const fillers: string[] = [];
  typed.forEach((word, i) => {
    if (covered[i]) return;
    const f = folded[i]!;
    if (joinedPhrases.has(f)) names.push({ text: `${NAME_PREFIX}${f}`, kind: 'name', covers: [f], counts: [f] });
    else if (typed.length > 1 && (FILLERS.has(word.toLowerCase()) || (FILLERS.has(f) && f === word.toLowerCase()))) fillers.push(word);
    else if (isCommon(f) && typed.length > 1) skipped.push(word);
    else if (!words.some((token) => foldWord(token.text) === f)) words.push({ text: word, kind: 'word', covers: [f], counts: [f] });
  });
  if (names.length === 0 && words.length === 0 && skipped.length === 0) skipped.push(...fillers.splice(0));
  const onlyCommon = names.length === 0 && words.length === 0 && skipped.length > 0;
  if (onlyCommon) {
    // Only near-universal words: the rarest one narrows the results best.
    const rarest = skipped.reduce((a, b) => ((common[foldWord(b)] ?? 0) < (common[foldWord(a)] ?? 0) ? b : a));
    skipped.splice(skipped.indexOf(rarest), 1);
    words.push({ text: rarest, kind: 'word', covers: [foldWord(rarest)], counts: [foldWord(rarest)] });
  }
  // A second near-universal word is added beside one the query holds on its own; beside another
  // near-universal word ("thủ tục hành chính") it would narrow the results by as little as the
  // first (each is on 80 % of the pages) and cost one more index chunk (20 KB at 10,000 entries).
  if (typed.length >= 3 && !onlyCommon && names.length === 0 && words.length === 1 && skipped.length > 0) {
    // "dang ky khai tu" must not become "khai" alone: its weakest word would decide the results.
    const next = skipped.reduce((a, b) => ((common[foldWord(b)] ?? 0) < (common[foldWord(a)] ?? 0) ? b : a));
    skipped.splice(skipped.indexOf(next), 1);
    words.push({ text: next, kind: 'word', covers: [foldWord(next)], counts: [foldWord(next)] });
  }

  const tokens = [...names, ...words];
  for (const extra of tokens.splice(MAX_TOKENS)) if (extra.kind === 'word') skipped.push(extra.text);
  const held = typed.filter((_word, i) => covered[i] && !isCommon(folded[i]!) && !tokens.some((token) => token.kind === 'word' && foldWord(token.text) === folded[i]));
  return { tokens, skipped, held: [...new Set(held)], fillers };
}
