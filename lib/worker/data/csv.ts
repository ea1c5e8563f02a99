/** CSV for the share records (RFC 4180), safe to open in a spreadsheet. */
import type { ExportedShare } from './types';

export const SHARE_CSV_COLUMNS = [
  'id',
  'at',
  'kind',
  'suggestionId',
  'suggestionTitle',
  'campaign',
  'language',
  'changedRatio',
  'postUrl',
  'sourceUrl',
] as const satisfies readonly (keyof ExportedShare)[];

/** What a spreadsheet may read as the start of a formula (OWASP "CSV injection"), spaces allowed before it. */
const FORMULA_START = /^[\s]*[=+\-@\t\r|]/;

/**
 * One cell. Quotes when needed (comma, semicolon, quote, line break). Any part of a text that a
 * spreadsheet could read as a cell and that starts like a formula (= + - @ | tab) gets a leading
 * apostrophe, so nothing runs as a formula — suggestion titles and links come from the feed,
 * not from the person. "Any part" includes what follows each ";" or line break: Excel in Danish
 * (and other locales with a decimal comma) splits a .csv at ";", and honours quotes only at the
 * start of what it thinks is a cell.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string') {
    // Split keeping the separators; a line break can also start a row where quotes are not honoured.
    text = text
      .split(/(;|\r\n|\r|\n)/)
      .map((part, index) => (index % 2 === 0 && FORMULA_START.test(part) ? `'${part}` : part))
      .join('');
  }
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The share records as CSV with a header row, CRLF line ends, oldest first. */
export function sharesToCsv(shares: readonly ExportedShare[]): string {
  const rows = [SHARE_CSV_COLUMNS.join(',')];
  for (const share of shares) rows.push(SHARE_CSV_COLUMNS.map((column) => csvCell(share[column])).join(','));
  return `${rows.join('\r\n')}\r\n`;
}
