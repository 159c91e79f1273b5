/**
 * Whether a process still runs. Leftovers beside the site and in the cache are named after the
 * process that made them; one is removed only when that process is gone. EPERM means it runs
 * under another user: alive.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
