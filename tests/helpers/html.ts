/** Parse built pages for assertions (node-html-parser: fast, no browser needed). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { readBuilt } from './sites.ts';

export function loadPage(site: string, path: string): HTMLElement {
  return parse(readBuilt(site, path));
}

export function pageExists(site: string, path: string): boolean {
  return existsSync(join(site, path, 'index.html'));
}

/** Visible text with collapsed white space. */
export function textOf(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
