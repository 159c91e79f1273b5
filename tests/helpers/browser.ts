/**
 * Real Chromium (Debian's package) driven by playwright-core. Every context blocks requests that
 * leave 127.0.0.1, and records them, so a test can assert that the site made none.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer, type RunningServer } from '../../scripts/lib/static-server.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface GuardedContext {
  context: BrowserContext;
  /** URLs the pages tried to load outside 127.0.0.1 (all were blocked). */
  outsideRequests: string[];
  /** Console errors and uncaught page errors, with the page URL. */
  consoleErrors: string[];
  newPage: () => Promise<Page>;
}

export async function newGuardedContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<GuardedContext> {
  const context = await browser.newContext({ locale: 'vi-VN', ...options });
  const outsideRequests: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    outsideRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  const newPage = async () => {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
    return page;
  };
  return { context, outsideRequests, consoleErrors, newPage };
}

export function serveSite(root: string, basePath = '/'): Promise<RunningServer> {
  return startStaticServer({ root, basePath, host: '127.0.0.1', port: 0 });
}

/** A new page of `context` at that window size, loaded from `path` under the served site's address. */
export async function openPage(context: GuardedContext, siteUrl: string, path: string, width: number, height: number): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(new URL(path, siteUrl).href, { waitUntil: 'load' });
  return page;
}
