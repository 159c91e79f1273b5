/**
 * Writing a planned import: all or nothing. Every new file is first written beside its target
 * under a hidden temporary name; only when all of them are on disk are they renamed into place
 * (a rename replaces a file in one step). If writing any of them fails, the temporary files are
 * removed and no procedure file has changed.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportPlan } from './plan.ts';

/** Write the added and changed files of the plan; returns how many were written. */
export function applyPlan(plan: ImportPlan): number {
  const toWrite = plan.entries.filter((entry) => entry.text !== undefined);
  if (toWrite.length === 0) return 0;
  mkdirSync(plan.proceduresDir, { recursive: true });
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const entry of toWrite) {
      const target = join(plan.proceduresDir, entry.file);
      // Not ".md" at the end: the checker and Astro never mistake a leftover for content.
      const temp = join(plan.proceduresDir, `.${entry.file}.${process.pid}.nhap`);
      writeFileSync(temp, entry.text as string, 'utf8');
      staged.push({ temp, target });
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const { temp, target } of staged) renameSync(temp, target);
  return staged.length;
}
