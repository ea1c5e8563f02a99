/** The order of suggestions in time: pure, shared by the worker's feed answers and the panel. */

/** A publishing date as a number to sort by; undated (or unreadable) sorts last. */
function publishedAt(date: string | null): number {
  const time = date === null ? Number.NaN : Date.parse(date);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * Newest first; undated items last, stable otherwise. By the instant, not the text: dates with
 * other offsets sort right, and no `localeCompare` (its first call loads the browser's collation
 * data, a 30–50 ms task at 4x CPU when the panel first sorts its cards).
 */
export function byNewest(a: { datePublished: string | null }, b: { datePublished: string | null }): number {
  const newer = publishedAt(b.datePublished);
  const older = publishedAt(a.datePublished);
  return newer === older ? 0 : newer > older ? 1 : -1;
}
