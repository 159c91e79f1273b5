/**
 * The main menu, in order. Adding a section is one line here (and its label under `nav` in
 * src/i18n/common.ts, where every visible word lives); the header reads nothing else.
 */
import { routes } from '../lib/routes.ts';
import type { common } from '../i18n/common.ts';

export type NavKey = keyof typeof common.nav;

export interface NavItem {
  /** The label key in `vi.common.nav`, also the `section` a page passes to mark it current. */
  key: NavKey;
  path: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', path: routes.home() },
  { key: 'news', path: routes.newsList() },
  { key: 'procedures', path: routes.procedureList() },
  { key: 'hotlines', path: routes.hotlines() },
  { key: 'models', path: routes.models() },
  { key: 'contests', path: routes.contests() },
  { key: 'indices', path: routes.indices() },
  { key: 'documents', path: routes.documents() },
  { key: 'plan', path: routes.plan() },
  { key: 'bulletins', path: routes.bulletins() },
];
