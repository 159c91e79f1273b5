/**
 * The email-ready HTML of a bulletin issue, for an editor to open, copy and paste into any mail
 * program (or send as the body). Mail programs drop <style>, <link> and scripts and many lay out
 * only tables, so: table layout, inline styles, no script, no external CSS, images by absolute URL
 * with width and alt, one column of 600 px. Pure: everything it shows is passed in.
 */
import { bulletins as B } from '../i18n/bulletins.ts';

export interface EmailArticle {
  title: string;
  url: string;
  summary: string;
  date: string;
  image?: { url: string; alt: string; width: number; height: number };
}

export interface EmailIssue {
  siteName: string;
  issueName: string;
  week: string;
  onlineUrl: string;
  listUrl: string;
  /** The editor's note as HTML (rendered Markdown), already with absolute links. */
  noteHtml?: string;
  articles: readonly EmailArticle[];
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const FONT = "font-family:Arial,Helvetica,sans-serif;";
const BLUE = '#0b3d91';
const INK = '#1a1a1a';
const SOFT = '#44474f';

function article(item: EmailArticle): string {
  const image = item.image
    ? `<tr><td style="padding:0 0 8px 0;"><a href="${escape(item.url)}"><img src="${escape(item.image.url)}" alt="${escape(item.image.alt)}" width="${item.image.width}" height="${item.image.height}" style="display:block;width:100%;max-width:${item.image.width}px;height:auto;border:0;"></a></td></tr>`
    : '';
  return `<tr><td style="padding:16px 24px;border-bottom:1px solid #c7ccd6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
${image}<tr><td style="${FONT}font-size:18px;line-height:1.35;font-weight:bold;padding:0 0 4px 0;"><a href="${escape(item.url)}" style="color:${BLUE};text-decoration:none;">${escape(item.title)}</a></td></tr>
<tr><td style="${FONT}font-size:13px;color:${SOFT};padding:0 0 6px 0;">${escape(item.date)}</td></tr>
<tr><td style="${FONT}font-size:15px;line-height:1.5;color:${INK};">${escape(item.summary)} <a href="${escape(item.url)}" style="color:${BLUE};">${escape(B.readMore)}</a></td></tr>
</table>
</td></tr>`;
}

/** Links of the note made absolute against the issue's page, so they work from a mailbox. */
export function absoluteLinks(html: string, base: string): string {
  return html.replace(/\s(href|src)="([^"]*)"/g, (_match, attribute: string, value: string) => {
    if (/^(https?:|mailto:|tel:|#)/i.test(value)) return ` ${attribute}="${value}"`;
    return ` ${attribute}="${escape(new URL(value.replace(/&amp;/g, '&'), base).href)}"`;
  });
}

export function bulletinEmailHtml(issue: EmailIssue): string {
  const note = issue.noteHtml
    ? `<tr><td style="padding:16px 24px;background:#eef3fb;border-left:4px solid #1351b4;${FONT}font-size:15px;line-height:1.5;color:${INK};">
<p style="margin:0 0 8px 0;font-weight:bold;">${escape(B.noteHeading)}</p>
${issue.noteHtml}
</td></tr>`
    : '';
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(issue.issueName)} – ${escape(issue.siteName)}</title>
</head>
<body style="margin:0;padding:0;background:#f4f6f9;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f6f9;">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:#ffffff;border:1px solid #c7ccd6;">
<tr><td style="background:${BLUE};padding:16px 24px;${FONT}color:#ffffff;">
<p style="margin:0;font-size:13px;">${escape(issue.siteName)}</p>
<h1 style="margin:4px 0 0 0;font-size:22px;line-height:1.3;">${escape(issue.issueName)}</h1>
<p style="margin:4px 0 0 0;font-size:14px;">${escape(issue.week)}</p>
</td></tr>
<tr><td style="padding:8px 24px;${FONT}font-size:13px;"><a href="${escape(issue.onlineUrl)}" style="color:${BLUE};">${escape(B.email.viewOnline)}</a></td></tr>
${note}
${issue.articles.map(article).join('\n')}
<tr><td style="padding:16px 24px;${FONT}font-size:12px;line-height:1.5;color:${SOFT};">${escape(B.email.footer(issue.siteName, issue.listUrl))}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
