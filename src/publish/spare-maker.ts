/**
 * The detached maker of a spare (spare-copy.ts, `prepareSpare()`), run as a process of its own that
 * outlives the build. Arguments: the site, the part folder the build made, the part folders' path
 * prefix, the spare's path and the site's stamp when the build ended.
 *
 * It first renames the part folder to a name with its own id (a build that finds it under a dead
 * build's id may delete it meanwhile: then there is no spare). Then it links the site into it and
 * names it the spare only if the site was the same build before and after: a build swapped in
 * meanwhile would make it a mixture.
 */
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { siteStamp } from './spare-copy.ts';

const [site, given, prefix, spare, expected] = process.argv.slice(2) as [string, string, string, string, string];
const part = `${prefix}${process.pid}`;
try {
  renameSync(given, part);
} catch {
  process.exit(0);
}
// `site/.`: the part folder exists, and `cp -al site part` would put the site inside it.
const copied = siteStamp(site) === expected && spawnSync('cp', ['-al', `${site}/.`, part], { stdio: 'ignore' }).status === 0;
try {
  if (copied && siteStamp(site) === expected && siteStamp(part) === expected) renameSync(part, spare);
} catch {
  // Another spare is already there: this one goes.
}
rmSync(part, { recursive: true, force: true, maxRetries: 3 });
