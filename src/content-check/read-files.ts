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

/** Front matter and body of a Markdown / MDX file. */
export function readMarkdown(path: string): ReadResult {
  const raw = readFileSync(path, 'utf8');
  const match = FRONT_MATTER.exec(raw);
  if (!match) return { ok: false, message: E.frontMatterMissing, raw };
  const parsed = parseYamlText(match[1] ?? '');
  if (!parsed.ok) return { ...parsed, raw };
  return { ok: true, data: parsed.data ?? {}, body: raw.slice(match[0].length), raw };
}

export function readYamlFile(path: string): ReadResult {
  const raw = readFileSync(path, 'utf8');
  const parsed = parseYamlText(raw);
  if (!parsed.ok) return { ...parsed, raw };
  return { ok: true, data: parsed.data, body: '', raw };
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
