/**
 * /ban-tin/<year>/<number>/email.html: the issue as one self-contained HTML file for email
 * (src/plan/bulletin-email.ts). Images are re-encoded at the email's width and linked by absolute
 * URL from the site's address (SITE_URL), since a mailbox cannot resolve relative paths.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getImage } from 'astro:assets';
import { bulletins as B } from '../../../../i18n/bulletins.ts';
import { getSite } from '../../../../data/content.ts';
import { absolute, routes } from '../../../../data/links.ts';
import { formatShortDate } from '../../../../lib/dates.ts';
import { getBulletinIssues, noteOf, type IssueArticle } from '../../../../plan/data.ts';
import { absoluteLinks, bulletinEmailHtml } from '../../../../plan/bulletin-email.ts';
import type { BulletinIssue } from '../../../../lib/bulletin-issues.ts';

export const getStaticPaths = (async () =>
  (await getBulletinIssues()).map((issue) => ({ params: { year: String(issue.year), number: String(issue.number) }, props: { issue } }))) satisfies GetStaticPaths;

const EMAIL_IMAGE_WIDTH = 552;

export const GET: APIRoute = async ({ props }) => {
  const { issue } = props as { issue: BulletinIssue<IssueArticle> };
  const site = await getSite();
  const onlineUrl = absolute(routes.bulletin(issue.year, issue.number));
  const note = await noteOf(issue);
  const noteHtml = note?.rendered?.html ? absoluteLinks(note.rendered.html, onlineUrl) : undefined;
  const articles = await Promise.all(
    [...issue.articles].reverse().map(async ({ entry }) => {
      const { cover, coverAlt, title, summary, date } = entry.data;
      let image;
      if (cover) {
        const width = Math.min(EMAIL_IMAGE_WIDTH, cover.width);
        const made = await getImage({ src: cover, width, format: 'jpg' });
        const height = Math.round((cover.height / cover.width) * width);
        image = { url: new URL(made.src, onlineUrl).href, alt: coverAlt ?? '', width, height };
      }
      return { title, url: absolute(routes.newsArticle(entry.id)), summary, date: formatShortDate(date), ...(image && { image }) };
    }),
  );
  const html = bulletinEmailHtml({
    siteName: site.name,
    issueName: B.issueName(issue.number, issue.year),
    week: B.week(issue.week.start, issue.week.end),
    onlineUrl,
    listUrl: absolute(routes.bulletins()),
    ...(noteHtml && { noteHtml }),
    articles,
  });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
