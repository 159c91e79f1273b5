/**
 * Deleting the previous site after a swap, without making the editor wait for it. The old folder
 * holds as many files as the site (17,000 at 10,000 entries): deleting them took 3–15 s on the test
 * machine, longer than a whole fast publish. Once the new site is in place nothing depends on the
 * old one, so it is renamed aside at once (the live folder's neighbours stay tidy) and deleted by a
 * process of its own that outlives the build. If that process cannot start, it is deleted here.
 */
import { spawn } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';

/** The next build removes what a deletion left (power cut): names start with this and end with the build's id. */
export const trashPrefix = (site: string) => `.build-trash-${site}-`;

const DELETE_SCRIPT = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })";

/** Delete `path` in a detached process (deleted here when that process cannot start). */
function deleteInBackground(path: string): void {
  try {
    const deleter = spawn(process.execPath, ['-e', DELETE_SCRIPT, path], { detached: true, stdio: 'ignore', windowsHide: true });
    deleter.unref();
  } catch {
    rmSync(path, { recursive: true, force: true });
  }
}

export function discardInBackground(folder: string, trash: string): void {
  try {
    renameSync(folder, trash);
  } catch {
    rmSync(folder, { recursive: true, force: true });
    return;
  }
  deleteInBackground(trash);
}

/**
 * A deletion a power cut stopped, or one still running (it outlives its build): delete it in the
 * background too, never making this build wait. Two deleters of one folder do no harm: each skips
 * what the other removed (force) and retries a folder the other is emptying.
 */
export const removeTrash = deleteInBackground;
