/**
 * Which part of a long page holds the words a person typed. Pagefind splits a page at headings
 * with an id into sub-results (title, url with the #anchor, excerpt with <mark>s). A document page
 * heads each page of its PDF "Trang N" (#trang-N), so the result can say on which page of the file
 * the words are — the documents library promises that.
 */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

/** File pages (#trang-3) and spreadsheet sheets (#trang-tinh-…), also of a second file (#tep-2-trang-3). */
const FILE_PART = /#(tep-\d+-)?trang-/;

/** The file part whose excerpt marks the most query words; none when no file part matched. */
export function matchedFilePart(subResults: readonly SubResult[] | undefined): SubResult | undefined {
  let best: SubResult | undefined;
  let bestMarks = 0;
  for (const sub of subResults ?? []) {
    if (!FILE_PART.test(sub.url)) continue;
    const marks = sub.excerpt.match(/<mark>/g)?.length ?? 0;
    if (marks > bestMarks) {
      best = sub;
      bestMarks = marks;
    }
  }
  return best;
}
