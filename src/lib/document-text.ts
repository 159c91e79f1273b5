/**
 * How much of a document's words goes into its page. Every page must stay under 60 KB gzip
 * (phones on slow links), and Vietnamese text compresses about 3.5 times: 60,000 characters
 * (~75 KB of UTF-8) come to ~22 KB gzip, leaving room for the rest of the page. A longer text
 * is cut at a word boundary and the page says so; the file itself is one click away.
 */
export const MAX_PAGE_TEXT_CHARS = 60_000;

export interface Section<T> {
  section: T;
  text: string;
}

export interface FittedText<T> {
  sections: Section<T>[];
  shownChars: number;
  totalChars: number;
  truncated: boolean;
}

export function fitText<T>(sections: readonly Section<T>[], limit = MAX_PAGE_TEXT_CHARS): FittedText<T> {
  const totalChars = sections.reduce((sum, s) => sum + s.text.length, 0);
  const out: Section<T>[] = [];
  let shownChars = 0;
  for (const item of sections) {
    const room = limit - shownChars;
    if (room <= 0) break;
    if (item.text.length <= room) {
      out.push(item);
      shownChars += item.text.length;
      continue;
    }
    // Cut before the last space that fits, so no word is split in half (and so not indexed half).
    const cut = item.text.lastIndexOf(' ', room);
    const text = `${item.text.slice(0, cut > 0 ? cut : room).trimEnd()} …`;
    out.push({ section: item.section, text });
    shownChars += text.length;
    break;
  }
  return { sections: out, shownChars: Math.min(shownChars, totalChars), totalChars, truncated: shownChars < totalChars };
}

/** Schema.org `Legislation` for a document page (https://schema.org/Legislation). */
export interface LegislationInput {
  url: string;
  number: string;
  typeName: string;
  title: string;
  issuer: string;
  issued: string;
  effective?: string;
  legalForce: string;
  signer?: string;
  files: { url: string; mime: string }[];
  /** Pages of the documents this one replaces (their `replacedBy` is this number). */
  replaces?: string[];
}

export function legislationJsonLd(input: LegislationInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': input.url,
    url: input.url,
    name: `${input.typeName} ${input.number}: ${input.title}`,
    headline: input.title,
    inLanguage: 'vi',
    legislationIdentifier: input.number,
    legislationType: input.typeName,
    legislationDate: input.issued,
    ...(input.effective && { legislationDateOfApplicability: input.effective }),
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: input.issuer },
    legislationLegalForce: `https://schema.org/${input.legalForce}`,
    ...(input.signer && { author: { '@type': 'Person', name: input.signer } }),
    ...(input.replaces && input.replaces.length > 0 && { legislationChanges: input.replaces.map((url) => ({ '@type': 'Legislation', '@id': url })) }),
    encoding: input.files.map((file) => ({ '@type': 'MediaObject', contentUrl: file.url, encodingFormat: file.mime })),
  };
}
