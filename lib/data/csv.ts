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

/**
 * One cell. Quotes when needed (comma, quote, line break); a text starting with = + - @ or a
 * tab gets a leading apostrophe so a spreadsheet never runs it as a formula — suggestion
 * titles come from the feed, not from the person (OWASP "CSV injection").
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The share records as CSV with a header row, CRLF line ends, oldest first. */
export function sharesToCsv(shares: readonly ExportedShare[]): string {
  const rows = [SHARE_CSV_COLUMNS.join(',')];
  for (const share of shares) rows.push(SHARE_CSV_COLUMNS.map((column) => csvCell(share[column])).join(','));
  return `${rows.join('\r\n')}\r\n`;
}
