/**
 * The embedded demo feed is written for one day (DEMO_ANCHOR_DAY). Read on any other day, all its
 * dates move by whole days so it looks the same as on that day: the same suggestions are current,
 * the same ones have expired, the webinar is still "soon". Without this the demo, and every test
 * that relies on it, would show nothing after its items expire (issue 12.6).
 */
const DAY = 86_400_000;

/** The day public/demo-feed.json is written for. */
export const DEMO_ANCHOR_DAY = '2026-11-26';

type Json = Record<string, unknown>;

function shift(value: unknown, days: number): unknown {
  if (typeof value !== 'string') return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time + days * DAY).toISOString();
}

/** Whole days between the anchor day and `now` (UTC days). */
export function demoShiftDays(now: Date): number {
  return Math.floor(now.getTime() / DAY) - Math.floor(Date.parse(`${DEMO_ANCHOR_DAY}T00:00:00Z`) / DAY);
}

/** The demo feed text with every date moved to `now`; text that is not a JSON object is returned as is. */
export function rebaseDemoFeed(text: string, now: Date): string {
  const days = demoShiftDays(now);
  if (days === 0) return text;
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return text;
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return text;
  const feed = json as Json;
  const items = Array.isArray(feed.items) ? (feed.items as unknown[]) : [];
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    const entry = item as Json;
    entry.date_published = shift(entry.date_published, days);
    entry.date_modified = shift(entry.date_modified, days);
    const advocacy = entry._advocacy as Json | undefined;
    if (advocacy && typeof advocacy === 'object') advocacy.expires = shift(advocacy.expires, days);
  }
  const highlights = (feed._advocacy as Json | undefined)?.highlights;
  if (Array.isArray(highlights)) {
    for (const highlight of highlights as Json[])
      if (highlight && typeof highlight === 'object') highlight.date = shift(highlight.date, days);
  }
  // JSON.stringify drops undefined values, so fields that were absent stay absent.
  return JSON.stringify(feed);
}
