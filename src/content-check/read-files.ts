import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse } from 'yaml';
import { errors as E } from '../i18n/errors.ts';
import { isAliasBombError, MAX_ALIAS_COUNT } from '../lib/yaml-limits.ts';

export type ReadResult =
  | { ok: true; data: unknown; body: string; raw: string }
  | { ok: false; message: string; raw: string };

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function parseYamlText(text: string): { ok: true; data: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, data: parse(text, { maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    if (isAliasBombError(error)) return { ok: false, message: E.yamlAliasBomb };
    return { ok: false, message: E.yamlSyntax((error as Error).message.split('\n')[0] ?? '') };
  }
}

/**
 * What the text of a file holds, without the text itself (so that the check cache stores no copy of
 * it): the body is `text.slice(bodyStart)`.
 */
export type ParsedText = { ok: true; data: unknown; bodyStart: number } | { ok: false; message: string };

/** Front matter of a Markdown / MDX text, and where its body starts. */
export function parseMarkdown(raw: string): ParsedText {
  const match = FRONT_MATTER.exec(raw);
  if (!match) return { ok: false, message: E.frontMatterMissing };
  const parsed = parseYamlText(match[1] ?? '');
  if (!parsed.ok) return parsed;
  return { ok: true, data: parsed.data ?? {}, bodyStart: match[0].length };
}

/** A YAML text as data; it has no body. */
export function parseYaml(raw: string): ParsedText {
  const parsed = parseYamlText(raw);
  if (!parsed.ok) return parsed;
  return { ok: true, data: parsed.data, bodyStart: raw.length };
}

/** The text of a file with what it holds, as the rest of the check reads it. */
export function withText(parsed: ParsedText, raw: string): ReadResult {
  return parsed.ok ? { ok: true, data: parsed.data, body: raw.slice(parsed.bodyStart), raw } : { ...parsed, raw };
}

/** Front matter and body of a Markdown / MDX file. */
export function readMarkdown(path: string): ReadResult {
  const raw = readFileSync(path, 'utf8');
  return withText(parseMarkdown(raw), raw);
}

export function readYamlFile(path: string): ReadResult {
  const raw = readFileSync(path, 'utf8');
  return withText(parseYaml(raw), raw);
}

/** Files of a content sub-folder with one of the extensions, sorted; [] when the folder is absent. */
export function listFiles(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.includes(extname(entry.name).toLowerCase()))
    .map((entry) => entry.name)
    .sort();
}

export { join };
