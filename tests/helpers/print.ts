/** Printing a page to PDF in Chromium, as a person does with the browser's print dialog. */
import type { Page } from 'playwright-core';

/** Pages in a PDF: `/Type /Page` objects (not the `/Type /Pages` tree), and their sizes in points. */
export function pdfPages(pdf: Buffer): { count: number; sizes: string[] } {
  const text = pdf.toString('latin1');
  const count = (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  const sizes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
  return { count, sizes };
}

export async function printToPdf(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  // preferCSSPageSize: the stylesheet's @page (A4, margins) decides, as in a browser's print dialog.
  return page.pdf({ preferCSSPageSize: true, printBackground: false });
}
