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

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface TreeNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: JsxAttribute[];
}
interface VisitContext {
  removeNode: (node: TreeNode) => void;
  replaceNode: (node: TreeNode, replacement: TreeNode & { value?: string }) => void;
  setProperty: (node: TreeNode, key: string, value: unknown) => void;
  textContent: (node: TreeNode) => string;
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

const asText = (node: TreeNode, ctx: VisitContext) => ctx.replaceNode(node, { type: 'text', value: ctx.textContent(node) });
const visitJsx = { filter: [] as string[], visit: (node: TreeNode, ctx: VisitContext) => (safeJsx(node) ? undefined : asText(node, ctx)) };

export const mdxSafetyPlugin = {
  name: 'trang-cchc-safe-bodies',
  mdxjsEsm: (node: TreeNode, ctx: VisitContext) => ctx.removeNode(node),
  mdxFlowExpression: (node: TreeNode, ctx: VisitContext) => ctx.removeNode(node),
  mdxTextExpression: (node: TreeNode, ctx: VisitContext) => ctx.removeNode(node),
  mdxJsxFlowElement: visitJsx,
  mdxJsxTextElement: visitJsx,
  element: {
    filter: [] as string[],
    visit: (node: TreeNode, ctx: VisitContext) => {
      for (const key of URL_PROPERTIES) {
        const value = node.properties?.[key];
        if (typeof value === 'string' && unsafeScheme(value)) ctx.setProperty(node, key, null);
      }
    },
  },
};
