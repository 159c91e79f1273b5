/**
 * `npm run serve`: serve the built site to the commune's LAN (or only this PC), under the base
 * path it was built for, and print the addresses to open in Vietnamese.
 *
 *   npm run serve -- --host 0.0.0.0 --port 8080     (or HOST=… PORT=… npm run serve)
 */
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, resolveDeployment } from '../src/config/paths.ts';
import { publishing } from '../src/i18n/publishing.ts';
import { readBuildInfo } from './lib/build-info.ts';
import { startStaticServer } from './lib/static-server.ts';

const T = publishing.serve;

function die(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    dir: { type: 'string' },
    base: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: false,
  strict: false,
});
if (values.help) {
  console.log(T.help);
  process.exit(0);
}

const dirArg = String(values.dir ?? process.env.OUT_DIR ?? 'dist');
const root = isAbsolute(dirArg) ? dirArg : resolve(PROJECT_ROOT, dirArg);
if (!existsSync(join(root, 'index.html'))) die(T.noSite(root));

// The commune copy is meant for the whole office: listen on every interface unless told otherwise.
const host = String(values.host ?? process.env.HOST ?? '0.0.0.0');
const portText = String(values.port ?? process.env.PORT ?? '8080');
const port = Number(portText);
if (!/^\d+$/.test(portText) || port < 1 || port > 65535) die(T.badPort(portText));

// What the build recorded wins over today's settings: the pages' links were written for it.
const basePath = typeof values.base === 'string' ? values.base : (readBuildInfo(root)?.basePath ?? resolveDeployment().basePath);

/** IPv4 addresses other PCs on the LAN can reach this one at. */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address && address.family === 'IPv4' && !address.internal)
    .map((address) => address!.address);
}

try {
  const running = await startStaticServer({ root, basePath, host, port });
  const path = running.url.slice(running.url.indexOf('/', 'http://'.length));
  console.log(T.started);
  console.log(T.onThisPc(`http://localhost:${running.port}${path}`));
  const everywhere = host === '0.0.0.0' || host === '::';
  const lan = everywhere ? lanAddresses() : host.startsWith('127.') || host === 'localhost' ? [] : [host];
  for (const address of lan) console.log(T.onLan(`http://${address}:${running.port}${path}`));
  console.log(lan.length > 0 ? T.lanHint : T.localOnly);
  const stop = () => {
    console.log(`\n${T.stopped}`);
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') die(T.portInUse(port));
  throw error;
}
