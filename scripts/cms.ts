/**
 * `npm run cms`: the editor page (Sveltia CMS, from node_modules, no CDN) on this computer, plus
 * `astro dev` as the preview (drafts and scheduled news shown with their markers). The editor
 * works on the project folder through Edge/Chrome's File System Access API; nothing is uploaded.
 * The page is written to node_modules/.cache/, never into the public build.
 *
 *   --cong <n>            port of the editor page (default 4322)
 *   --cong-xem-truoc <n>  port of the preview (default 4321)
 *   --khong-xem-truoc     do not start the preview
 *   --mo                  open the editor in Edge (Windows) or the default browser
 *   --xuat <dir>          only write the editor page into <dir> (e.g. for an intranet server);
 *                         a non-empty folder that is not a previous export is refused
 *   --ghi-de              with --xuat: empty such a folder anyway
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, resolveDeployment } from '../src/config/paths.ts';
import { cmsConfigForContent, exportRefusal, prepareCmsFolder } from '../src/cms/prepare.ts';
import { editor } from '../src/i18n/editor.ts';
import { OFFLINE_ENV } from './lib/offline-env.ts';
import { EDITOR_PAGE_HEADERS, startStaticServer } from './lib/static-server.ts';

const T = editor.cms;
const { values } = parseArgs({
  options: {
    cong: { type: 'string', default: '4322' },
    'cong-xem-truoc': { type: 'string', default: '4321' },
    'khong-xem-truoc': { type: 'boolean', default: false },
    mo: { type: 'boolean', default: false },
    xuat: { type: 'string' },
    'ghi-de': { type: 'boolean', default: false },
  },
});

const deployment = resolveDeployment();
const port = Number(values.cong);
const previewPort = Number(values['cong-xem-truoc']);
const withPreview = !values['khong-xem-truoc'];
// 127.0.0.1 rather than "localhost": on Windows "localhost" may resolve to ::1 first.
const previewUrl = withPreview ? `http://127.0.0.1:${previewPort}${deployment.basePath}` : undefined;
const config = cmsConfigForContent(deployment.contentDir, previewUrl ? { previewUrl } : {});

if (values.xuat) {
  const out = isAbsolute(values.xuat) ? values.xuat : resolve(PROJECT_ROOT, values.xuat);
  const refusal = exportRefusal(out, values['ghi-de']);
  if (refusal) {
    console.error(`${editor.newEntry.errorPrefix}: ${refusal}`);
    process.exit(1);
  }
  prepareCmsFolder(out, config);
  console.log(T.exported(out));
  process.exit(0);
}

console.log(T.starting);
if (!existsSync(join(PROJECT_ROOT, '.git'))) console.warn(`\n${T.noGit}\n`);

const dir = join(PROJECT_ROOT, 'node_modules', '.cache', 'trang-cchc-cms');
prepareCmsFolder(dir, config);

let server;
try {
  server = await startStaticServer({ root: dir, basePath: '/', host: '127.0.0.1', port, headers: EDITOR_PAGE_HEADERS });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(T.portBusy(port));
    process.exit(1);
  }
  throw error;
}

if (withPreview) {
  const astro = spawn(
    join(PROJECT_ROOT, 'node_modules', '.bin', 'astro'),
    ['dev', '--host', '127.0.0.1', '--port', String(previewPort)],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CONTENT_DIR: deployment.contentDir, ...OFFLINE_ENV },
      stdio: ['ignore', 'inherit', 'inherit'],
      // Windows runs node_modules/.bin/astro as astro.cmd through the shell.
      shell: process.platform === 'win32',
    },
  );
  const stop = () => {
    astro.kill();
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  astro.on('exit', () => void server.close());
}

const cmsUrl = server.url;
console.log(T.ready(cmsUrl, previewUrl));

if (values.mo) {
  // File System Access needs a Chromium browser: Edge is on every Windows 10/11 PC.
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', 'msedge', cmsUrl]]
      : process.platform === 'darwin'
        ? ['open', [cmsUrl]]
        : ['xdg-open', [cmsUrl]];
  spawn(command as string, args as string[], { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
}
