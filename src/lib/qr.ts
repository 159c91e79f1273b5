/**
 * QR codes as inline SVG, made at build time: no script, no image request, sharp on paper at any
 * size. One path of horizontal runs keeps the markup small (a page URL is about 1–2 KB of SVG).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import QRCode from 'qrcode';

export interface QrOptions {
  /** Accessible name, e.g. "Mã QR dẫn đến trang này". */
  label: string;
  /**
   * Quiet zone in modules. The standard asks for 4; scanners cope with 2 when the code sits on a
   * white card, which saves room on a crowded A4 poster.
   */
  margin?: number;
  /** `M` survives a crease or a pen mark on a printed notice; `L` gives bigger modules. */
  errorCorrection?: 'L' | 'M' | 'Q' | 'H';
  /** Extra class on the <svg>. */
  className?: string;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type ErrorCorrection = NonNullable<QrOptions['errorCorrection']>;

/**
 * Codes made ahead by the build process (writeQrAhead), read by the pages from the file this
 * variable names. A code takes 1 ms, mostly the library trying its eight masks: 2 s of the one
 * thread that renders a province's 2,000 procedure pages, which the build process spends on the
 * other core before Astro reaches them. A code not in the file (or no file yet) is made here.
 */
export const QR_AHEAD_VARIABLE = 'TRANG_CCHC_QR_AHEAD';
let ahead: Map<string, string> | undefined;

const aheadKey = (text: string, errorCorrection: ErrorCorrection) => `${errorCorrection} ${text}`;

/** A matrix as text: its size, a colon, its modules row by row as bits in base64. */
export function packMatrix(matrix: boolean[][]): string {
  const bits = matrix.flat();
  const bytes = Buffer.alloc(Math.ceil(bits.length / 8));
  bits.forEach((dark, i) => {
    if (dark) bytes[i >> 3]! |= 0x80 >> (i & 7);
  });
  return `${matrix.length}:${bytes.toString('base64')}`;
}

export function unpackMatrix(packed: string): boolean[][] {
  const [sizeText = '0', data = ''] = packed.split(':');
  const size = Number(sizeText);
  const bytes = Buffer.from(data, 'base64');
  return Array.from({ length: size }, (_, y) => Array.from({ length: size }, (_, x) => ((bytes[(y * size + x) >> 3] ?? 0) & (0x80 >> ((y * size + x) & 7))) !== 0));
}

/** Make the codes of `texts` now and write them where the pages will look (atomically). */
export function writeQrAhead(file: string, texts: readonly string[], errorCorrection: ErrorCorrection = 'M'): void {
  const codes: Record<string, string> = {};
  for (const text of texts) codes[aheadKey(text, errorCorrection)] = packMatrix(makeMatrix(text, errorCorrection));
  writeFileSync(`${file}.tmp`, JSON.stringify(codes));
  renameSync(`${file}.tmp`, file);
}

function madeAhead(text: string, errorCorrection: ErrorCorrection): boolean[][] | undefined {
  if (!ahead) {
    const file = process.env[QR_AHEAD_VARIABLE];
    if (!file || !existsSync(file)) return undefined;
    try {
      ahead = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
    } catch {
      ahead = new Map();
    }
  }
  const packed = ahead.get(aheadKey(text, errorCorrection));
  return packed === undefined ? undefined : unpackMatrix(packed);
}

/** The dark modules of a QR code as a square boolean matrix (row by row). */
export function qrMatrix(text: string, errorCorrection: ErrorCorrection = 'M'): boolean[][] {
  return madeAhead(text, errorCorrection) ?? makeMatrix(text, errorCorrection);
}

function makeMatrix(text: string, errorCorrection: ErrorCorrection): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: errorCorrection });
  const rows: boolean[][] = [];
  for (let y = 0; y < modules.size; y++) {
    const row: boolean[] = [];
    for (let x = 0; x < modules.size; x++) row.push(Boolean(modules.get(y, x)));
    rows.push(row);
  }
  return rows;
}

/** An SVG string encoding `text`, to be inlined with `set:html`. */
export function qrSvg(text: string, options: QrOptions): string {
  const margin = options.margin ?? 4;
  const matrix = qrMatrix(text, options.errorCorrection);
  const size = matrix.length + margin * 2;
  let path = '';
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      path += `M${start + margin} ${y + margin}h${x - start}v1h-${x - start}z`;
    }
  });
  const label = escapeXml(options.label);
  const className = options.className ? ` class="${escapeXml(options.className)}"` : '';
  // The white background travels with the code so it scans on coloured paper and in dark mode.
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${className} viewBox="0 0 ${size} ${size}" role="img" aria-label="${label}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  );
}
