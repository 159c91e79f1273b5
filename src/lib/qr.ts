/**
 * QR codes as inline SVG, made at build time: no script, no image request, sharp on paper at any
 * size. One path of horizontal runs keeps the markup small (a page URL is about 1–2 KB of SVG).
 */
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

/** The dark modules of a QR code as a square boolean matrix (row by row). */
export function qrMatrix(text: string, errorCorrection: QrOptions['errorCorrection'] = 'M'): boolean[][] {
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
