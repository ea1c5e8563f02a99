/** Paths into a feed as people read them (no zod here: the studio's first chunk uses it too). */

/** `items[3].url` style paths. */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  }
  return out || '(feed)';
}
