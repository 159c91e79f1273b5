/**
 * The template `npm run new -- van-ban "Trích yếu"` writes: every required field present, the
 * choices listed in comments, visible placeholders that `npm run check` refuses to publish.
 * The attached file is named after the entry, so putting the PDF beside it with that name is
 * all the editor has to do.
 */
import { documents as D } from '../i18n/documents.ts';
import { editor } from '../i18n/editor.ts';

const T = editor.newEntry;
const q = (text: string) => JSON.stringify(text);

export function newDocumentText(title: string, date: string, id: string): string {
  const N = D.newEntry;
  const choices = (label: string, names: Record<string, string>) => [`# ${label}:`, ...Object.entries(names).map(([value, name]) => `#   ${value} = ${name}`)];
  return [
    '---',
    `# ${N.numberComment}`,
    `number: ${q(T.fill(N.number))}`,
    ...choices(N.typeComment, D.typeNames),
    'type: ke-hoach',
    `title: ${q(title)}`,
    `issuer: ${q(T.fill(N.issuer))}`,
    `signer: ${q(T.fill(N.signer))}`,
    `issued: ${date}`,
    ...choices(N.statusComment, D.statusNames),
    'status: con-hieu-luc',
    `# ${N.filesComment}`,
    'files:',
    `  - file: ${id}.pdf`,
    '---',
    '',
  ].join('\n');
}
