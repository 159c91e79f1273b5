/**
 * A changed news file as Astro's content layer would store it (src/loaders/content-loaders.ts:
 * Astro's glob loader, NFC, sanitised HTML), made without starting Astro, for the render kit.
 *
 * The same functions do the work: Astro's own front-matter parser and schema runner (from its
 * package, pinned by the lock file, which is part of the code fingerprint), our news schema and
 * our Markdown processor, and Astro's store builds the entry. What the kit cannot do is said,
 * never guessed: an image in the body, or a cover the compiled bundle does not already import,
 * needs Astro to process the image (render.ts checks the cover), and an MDX article needs
 * compiling; the build then runs Astro for the fast publish instead.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { markdownProcessor } from '../../config/markdown.ts';
import { PROJECT_ROOT } from '../../config/paths.ts';
import { publishing } from '../../i18n/publishing.ts';
import { idFromFileName, readUnitIds } from '../../loaders/content-loaders.ts';
import { sanitizeBodyHtml } from '../../lib/sanitize-body.ts';
import { deepNFC } from '../../lib/vietnamese.ts';
import { withinExpansionLimit } from '../../lib/yaml-limits.ts';
import { newsSchema } from '../../schemas/collections.ts';
import { RESERVED_NEWS_IDS } from '../../schemas/vocabulary.ts';
import { hashBytes } from '../fingerprint.ts';
import type { KitConfig } from './kit.ts';

const K = publishing.build.fast.kit;

/** The kit cannot publish this change by itself: the build runs Astro instead (not an error). */
export class NeedsAstro extends Error {}

interface AstroContentUtils {
  safeParseFrontmatter: (source: string, id?: string) => { frontmatter: Record<string, unknown>; content: string };
  getEntryData: (
    entry: { id: string; collection: string; unvalidatedData: unknown; _internal: { rawData: undefined; filePath: string } },
    collection: { type: string; schema: unknown },
    shouldEmitFile: boolean,
  ) => Promise<Record<string, unknown>>;
}

interface AstroDataStore {
  MutableDataStore: new () => {
    scopedStore: (collection: string) => { set: (entry: Record<string, unknown>) => boolean };
    get: (collection: string, id: string) => unknown;
  };
}

/** Astro's internal modules, by file: its package exports do not list them. */
const astroModule = async <T>(path: string) => (await import(pathToFileURL(join(PROJECT_ROOT, 'node_modules', 'astro', 'dist', path)).href)) as T;

type Renderer = { render: (body: string, options: { frontmatter: unknown; fileURL?: URL }) => Promise<{ code: string; metadata: Record<string, unknown> & { localImagePaths: string[]; remoteImagePaths: string[] } }> };

export interface NewsStoreEntry {
  id: string;
  /** As Astro's store holds it; `assetImports` names the cover image when there is one. */
  entry: Record<string, unknown> & { assetImports?: string[] };
}

export class NewsEntryMaker {
  private astro: Promise<[AstroContentUtils, AstroDataStore]> | undefined;
  /** Without a syntax highlighter, and with it (created only for a body that has code). */
  private plain: Promise<Renderer> | undefined;
  private highlighting: Promise<Renderer> | undefined;
  private unitIds: string[] | undefined;

  private readonly contentDir: string;
  private readonly config: KitConfig;

  constructor(contentDir: string, config: KitConfig) {
    this.contentDir = contentDir;
    this.config = config;
  }

  private createRenderer(highlight: boolean): Promise<Renderer> {
    const { syntaxHighlight, ...markdown } = this.config.markdown;
    return (markdownProcessor().createRenderer as (options: unknown) => Promise<Renderer>)({ image: this.config.image, ...markdown, syntaxHighlight: highlight ? syntaxHighlight : false });
  }

  /** Start loading Astro's modules and the Markdown renderer (a few hundred ms) before they are needed. */
  warm(): void {
    this.astro ??= Promise.all([astroModule<AstroContentUtils>('content/utils.js'), astroModule<AstroDataStore>('content/mutable-data-store.js')]);
    this.plain ??= this.createRenderer(false);
    // Awaited in make(); a failure is reported there.
    this.astro.catch(() => {});
    this.plain.catch(() => {});
  }

  async make(absolutePath: string): Promise<NewsStoreEntry> {
    const name = basename(absolutePath);
    if (!name.endsWith('.md')) throw new NeedsAstro(K.mdx(name));
    this.warm();
    const [utils, { MutableDataStore }] = await this.astro!;
    const contents = readFileSync(absolutePath, 'utf8');
    const parsed = utils.safeParseFrontmatter(contents, absolutePath);
    const data = parsed.frontmatter;
    const body = parsed.content.trim();
    if (!withinExpansionLimit(data)) throw new NeedsAstro(K.unreadable(name));
    const id = idFromFileName(name, 'news', RESERVED_NEWS_IDS);
    // units.yaml is not a news file: it cannot change during a fast publish, read it once.
    const unitIds = (this.unitIds ??= readUnitIds(this.contentDir));
    // A schema function: Astro's own image() helper then marks a cover as it does in the build.
    const schema = ({ image }: { image: () => z.ZodType }) => newsSchema({ image: image as Parameters<typeof newsSchema>[0]['image'], unitIds });
    const validated = await utils.getEntryData(
      { id, collection: 'news', unvalidatedData: deepNFC(data), _internal: { rawData: undefined, filePath: absolutePath } },
      { type: 'content_layer', schema },
      false,
    );
    const options = { frontmatter: data, fileURL: pathToFileURL(absolutePath) };
    let rendered = await (await this.plain!).render(body, options);
    // The highlighter only rewrites <pre> blocks (Astro's Markdown processor): without one the
    // output is the same, and starting Shiki costs 0.2–0.3 s of the kit's critical path.
    if (/<pre[\s>]/i.test(rendered.code)) {
      this.highlighting ??= this.createRenderer(true);
      rendered = await (await this.highlighting).render(body, options);
    }
    const imagePaths = rendered.metadata.localImagePaths.concat(rendered.metadata.remoteImagePaths);
    if (imagePaths.length > 0) throw new NeedsAstro(K.bodyImage(name));
    // Astro's store builds the entry (a cover becomes a path plus an asset import, as in the build).
    const store = new MutableDataStore();
    store.scopedStore('news').set({
      id,
      data: validated,
      // Astro keeps file paths relative to the project root it built from (POSIX separators).
      filePath: relative(this.config.root, absolutePath).split(sep).join('/'),
      // Not Astro's digest: the next Astro run sees it differ and renders the entry itself.
      digest: `kit-${hashBytes(contents)}`,
      rendered: { html: sanitizeBodyHtml(rendered.code).normalize('NFC'), metadata: { ...rendered.metadata, imagePaths } },
    });
    return { id, entry: store.get('news', id) as Record<string, unknown> & { assetImports?: string[] } };
  }
}
