/**
 * The bare baseline of the benchmark: the smallest Astro project that turns the same Markdown into
 * pages (one collection, one page template, no schema, no layout), followed by Pagefind over its
 * whole output. It shares this project's node_modules, so both builds use the very same Astro and
 * Pagefind versions, and it gets its own cache folder so it starts as cold as ours.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/paths.ts';

export function writeBaselineProject(dir: string, contentDir: string): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.astro-cache', devToolbar: { enabled: false } });\n`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      `const entries = defineCollection({ loader: glob({ pattern: ['news/*.md', 'procedures/*.md'], base: ${JSON.stringify(contentDir)} }) });`,
      'export const collections = { entries };',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[...id].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  const entries = await getCollection('entries');",
      '  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));',
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<!doctype html>',
      '<html lang="vi">',
      '<head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
      '<body><main><h1>{entry.data.title}</h1><Content /></main></body>',
      '</html>',
      '',
    ].join('\n'),
  );
}
