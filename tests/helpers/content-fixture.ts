/** A throw-away copy of a fixture content folder, to break one file per test. */
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './sites.ts';

export const GOOD_CONTENT = join(PROJECT_ROOT, 'tests', 'fixtures', 'content-good');

export interface ContentCopy {
  dir: string;
  write: (file: string, text: string) => void;
  read: (file: string) => string;
  /** Replace one exact snippet of a file (fails loudly if the snippet is not there). */
  edit: (file: string, from: string, to: string) => void;
  rename: (from: string, to: string) => void;
  remove: () => void;
}

export function copyContent(source = GOOD_CONTENT): ContentCopy {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-content-'));
  cpSync(source, dir, { recursive: true });
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
  return {
    dir,
    read,
    write,
    edit: (file, from, to) => {
      const text = read(file);
      if (!text.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
      write(file, text.replace(from, to));
    },
    rename: (from, to) => renameSync(join(dir, from), join(dir, to)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
