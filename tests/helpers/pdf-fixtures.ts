/**
 * Files for the documents library's tests, sample content and benchmark, made on the spot:
 * text PDFs printed by Chromium from a small HTML page, "scanned" PDFs holding only a JPEG of a
 * rendered page (no text layer, like a signed paper scanned at the commune), and DOCX / XLSX
 * written with fflate. Nothing is copied from elsewhere.
 */
import { strToU8, zipSync } from 'fflate';
import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plain administrative page: heading lines, then paragraphs. Each `pages` item is one PDF page. */
export function documentHtml(pages: string[][], options: { fontSize?: number } = {}): string {
  const size = options.fontSize ?? 13;
  const body = pages
    .map((paragraphs, index) => `<section${index > 0 ? ' style="break-before:page"' : ''}>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</section>`)
    .join('');
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><style>
    body{font-family:"DejaVu Serif",serif;font-size:${size}pt;line-height:1.45;margin:0;color:#000;background:#fff}
    p{margin:0 0 .6em}
  </style><body>${body}</body></html>`;
}

export class FixtureMaker {
  private browser: Browser | undefined;

  private async page() {
    this.browser ??= await launchBrowser();
    return this.browser.newPage();
  }

  /** A text PDF (A5, so the files stay a few kilobytes). */
  async textPdf(pages: string[][]): Promise<Buffer> {
    const page = await this.page();
    try {
      await page.setContent(documentHtml(pages));
      return await page.pdf({ format: 'A5', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
    } finally {
      await page.close();
    }
  }

  /**
   * An image-only PDF of the paragraphs: the page is rendered to a picture, lightly greyed like a
   * photocopy, and wrapped in a PDF with no text at all.
   */
  async scannedPdf(pages: string[][], options: { quality?: number } = {}): Promise<Buffer> {
    const images: { jpeg: Buffer; width: number; height: number }[] = [];
    for (const paragraphs of pages) {
      const page = await this.page();
      try {
        // A5 at ~100 dpi, text large enough for a 200 dpi OCR render to read it.
        await page.setViewportSize({ width: 583, height: 827 });
        await page.setContent(documentHtml([paragraphs], { fontSize: 12 }).replace('margin:0;', 'margin:0;padding:40px;'));
        const png = await page.screenshot({ type: 'png' });
        const { data: jpeg, info } = await sharp(png).grayscale().toColourspace('b-w').jpeg({ quality: options.quality ?? 60 }).toBuffer({ resolveWithObject: true });
        images.push({ jpeg, width: info.width, height: info.height });
      } finally {
        await page.close();
      }
    }
    return imagePdf(images);
  }

  async close(): Promise<void> {
    await this.browser?.close();
    this.browser = undefined;
  }
}

/** The smallest valid PDF that shows one JPEG per page, full page (A5: 420 × 595 pt). */
export function imagePdf(images: { jpeg: Buffer; width: number; height: number }[]): Buffer {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string) => objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
  const pageIds: number[] = [];
  // 1: catalog, 2: pages; then per page: page, content, image.
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('');
  images.forEach((image, index) => {
    const pageId = 3 + index * 3;
    pageIds.push(pageId);
    const draw = `q 420 0 0 595 0 0 cm /Im${index} Do Q`;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 595] /Resources << /XObject << /Im${index} ${pageId + 2} 0 R >> >> /Contents ${pageId + 1} 0 R >>`);
    add(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
    add(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${image.jpeg.length} >>\nstream\n`,
          'latin1',
        ),
        image.jpeg,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
  });
  objects[1] = Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${images.length} >>`, 'latin1');
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal DOCX (what Word needs to open it) with one paragraph per item. */
export function docxFile(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xml(p)}</w:t></w:r></w:p>`).join('');
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      ),
    }),
  );
}

/** A minimal XLSX: one sheet, every cell a shared string. */
export function xlsxFile(sheetName: string, rows: string[][]): Buffer {
  const strings = rows.flat();
  const col = (i: number) => String.fromCharCode(65 + i);
  let index = 0;
  const sheetRows = rows
    .map((row, r) => `<row r="${r + 1}">${row.map((_, c) => `<c r="${col(c)}${r + 1}" t="s"><v>${index++}</v></c>`).join('')}</row>`)
    .join('');
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${xml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      ),
      'xl/sharedStrings.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${xml(s)}</t></si>`).join('')}</sst>`,
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
      ),
    }),
  );
}
