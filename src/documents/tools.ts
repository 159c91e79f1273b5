/**
 * The outside programs the documents library uses when the machine has them: `pdftoppm`
 * (poppler-utils) for the first-page picture and OCR renders, `tesseract` with its Vietnamese
 * model for scanned PDFs. Each is looked up once per process; a missing one is warned about once.
 */
import { spawn, spawnSync } from 'node:child_process';
import { documents as T } from '../i18n/documents.ts';

const found = new Map<string, boolean>();
const warned = new Set<string>();

/** `PDFTOPPM` / `TESSERACT` override the program names (a test points one at nothing). */
export const pdftoppmBin = () => process.env.PDFTOPPM || 'pdftoppm';
export const tesseractBin = () => process.env.TESSERACT || 'tesseract';

function available(key: string, probe: () => boolean): boolean {
  let value = found.get(key);
  if (value === undefined) {
    value = probe();
    found.set(key, value);
  }
  return value;
}

export function hasPdftoppm(): boolean {
  const bin = pdftoppmBin();
  return available(`pdftoppm:${bin}`, () => spawnSync(bin, ['-v'], { stdio: 'ignore' }).status === 0);
}

/** Tesseract is there and knows Vietnamese (`tesseract-ocr-vie`). */
export function hasVietnameseOcr(): boolean {
  const bin = tesseractBin();
  return available(`tesseract:${bin}`, () => {
    const result = spawnSync(bin, ['--list-langs'], { encoding: 'utf8' });
    return result.status === 0 && /^vie$/m.test(`${result.stdout}\n${result.stderr}`);
  });
}

/** Print one of the library's build warnings, once per process. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

export const warnNoPdftoppm = () => warnOnce(T.build.noPdftoppm);
export const warnNoTesseract = () => warnOnce(T.build.noTesseract);

/** Run a program, collect its standard output; reject with its error text on failure. */
export function run(bin: string, args: string[], input?: Buffer): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(bin, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(Buffer.concat(out));
      else reject(new Error(`${bin} ${code}: ${Buffer.concat(err).toString('utf8').trim().slice(0, 300)}`));
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}
