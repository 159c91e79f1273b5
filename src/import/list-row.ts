/**
 * One row of the official list export (Mã số | Tên | Cơ quan ban hành | Cơ quan thực hiện |
 * Lĩnh vực) as a procedure entry whose details are on the national portal (`detailsOnPortal`).
 * The export says nothing about the level, so it is read from the executing agency
 * ("… cấp xã" → xa, "Sở …" / "… cấp tỉnh" → tinh); rows that name neither take the level given
 * on the command line, or are left out.
 */
import { importer as T } from '../i18n/importer.ts';
import { cleanText, meaningful } from '../lib/procedure-text.ts';
import { PROCEDURE_CODE_PATTERN } from '../schemas/vocabulary.ts';
import { PORTAL_SEARCH, type ImportedProcedure } from './portal-record.ts';
import { ImportError, type ListRow } from './sources.ts';

export type Level = 'tinh' | 'xa';

/** Lines of a cell, cleaned, each once ("Ủy ban nhân dân cấp xã\nỦy ban nhân dân cấp xã"). */
export function cellLines(raw: string): string[] {
  const out: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    const text = meaningful(line);
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

/** Levels named by an executing agency. */
export function levelsFromAgency(agency: string): Level[] {
  // Matched on the Vietnamese words, not a folded form: folded, "sổ" and "Sở", "tính" and "tỉnh",
  // "xã hội" and "cấp xã" would look alike.
  const text = agency.normalize('NFC').toLocaleLowerCase('vi').replace(/uỷ/gu, 'ủy');
  const levels: Level[] = [];
  if (/cấp tỉnh|ủy ban nhân dân tỉnh|ubnd tỉnh|(?:^|\s)tỉnh(?![\p{L}\d])|^(?:giám đốc )?sở(?![\p{L}\d])/mu.test(text)) levels.push('tinh');
  if (/cấp xã|ủy ban nhân dân xã|ubnd xã|(?:^|\s)phường(?![\p{L}\d])|đặc khu/mu.test(text)) levels.push('xa');
  return levels;
}

export type MappedRow =
  | { ok: true; code: string; data: ImportedProcedure }
  | { ok: false; code: string; skipped: string };

export function mapListRow(row: ListRow, where: string, fallbackLevels: readonly Level[] = []): MappedRow {
  const code = cleanText(row.code);
  if (!code) throw new ImportError(`${where}: ${T.missingCode}.`);
  if (!PROCEDURE_CODE_PATTERN.test(code)) throw new ImportError(`${where}: ${T.badCode(code)}.`);
  const title = cellLines(row.title).join(' ');
  if (!title) throw new ImportError(`${where}: ${T.missingTitle}.`);
  const field = cellLines(row.field).join(', ');
  if (!field) throw new ImportError(`${where}: ${T.missingField}.`);
  const agencies = cellLines(row.agency);
  const found = levelsFromAgency(agencies.join('\n'));
  const level = found.length > 0 ? found : [...fallbackLevels];
  if (level.length === 0) return { ok: false, code, skipped: T.skippedLevel(where) };
  return {
    ok: true,
    code,
    data: {
      code,
      title,
      field,
      level: (['tinh', 'xa'] as const).filter((l) => level.includes(l)),
      // The export does not say whether the procedure is online: no onlineLevel (the schema allows
      // none with detailsOnPortal), so the page claims nothing and sends the reader to the portal.
      portalUrl: `${PORTAL_SEARCH}${encodeURIComponent(code)}`,
      detailsOnPortal: true,
      ...(agencies.length > 0 && { agency: agencies.join(', ') }),
    },
  };
}
