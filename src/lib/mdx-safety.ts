/**
 * The second line for MDX bodies (the check, src/lib/markdown-safety.ts, is the first). MDX is
 * compiled into code: an `import`, an `{expression}` or a component in an editor's file would run
 * on the build machine, and a `<script>` or `onClick` would reach the page. This Sätteri HTML-tree
 * plugin, given to Astro's Markdown processor (astro.config.mjs), removes import/export and
 * expressions before the code is generated, turns components and tags outside the allow-list into
 * their plain text, and drops links to unsafe schemes. Markdown (.md) output is cleaned again as a
 * whole by sanitize-html in the loader.
 */
import { ALLOWED_TAGS, FORBIDDEN_TAGS, unsafeScheme } from './markdown-safety.ts';

import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
/** The few fields of Sätteri's HTML-tree nodes this plugin reads. */
interface TreeNode {
  type: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: JsxAttribute[];
}

const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'data'];
const ALLOWED = new Set<string>(ALLOWED_TAGS);
const FORBIDDEN = new Set<string>(FORBIDDEN_TAGS);

/** Whether a JSX element written in an MDX body may stay as it is. */
function safeJsx(node: TreeNode): boolean {
  const name = node.name ?? '';
  if (!/^[a-z][a-z0-9]*$/.test(name) || !ALLOWED.has(name) || FORBIDDEN.has(name)) return false;
  return (node.attributes ?? []).every((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) return false; // {...spread}
    const key = attribute.name.toLowerCase();
    if (key.startsWith('on') || key === 'style' || key === 'dangerouslysetinnerhtml') return false;
    if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') return false; // {expression}
    return !(typeof attribute.value === 'string' && unsafeScheme(attribute.value));
  });
}

/** Sätteri's visitor context, reduced to what is used here (its node types are wider than ours). */
interface Context {
  removeNode: (node: never) => void;
  replaceNode: (node: never, replacement: never) => void;
  setProperty: (node: never, key: string, value: null) => void;
  textContent: (node: never) => string;
}

const asText = (node: TreeNode, ctx: Context) => ctx.replaceNode(node as never, { type: 'text', value: ctx.textContent(node as never) } as never);
const visitJsx = {
  filter: [] as string[],
  visit: (node: unknown, ctx: Context) => {
    if (!safeJsx(node as TreeNode)) asText(node as TreeNode, ctx);
  },
};
const remove = (node: unknown, ctx: Context) => ctx.removeNode(node as never);

export const mdxSafetyPlugin = {
  name: 'trang-cchc-safe-bodies',
  mdxjsEsm: remove,
  mdxFlowExpression: remove,
  mdxTextExpression: remove,
  mdxJsxFlowElement: visitJsx,
  mdxJsxTextElement: visitJsx,
  element: {
    filter: [] as string[],
    visit: (node: unknown, ctx: Context) => {
      const properties = (node as TreeNode).properties ?? {};
      for (const key of URL_PROPERTIES) {
        const value = properties[key];
        if (typeof value === 'string' && unsafeScheme(value)) ctx.setProperty(node as never, key, null);
      }
    },
  },
} as unknown as HastPlugin;
