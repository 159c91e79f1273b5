/** The classic YAML "billion laughs": 9 levels of 9 aliases each, 9^9 strings once expanded. */
export const ALIAS_BOMB_LEVELS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((level, i) => `${level}: &${level} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
].join('\n');
