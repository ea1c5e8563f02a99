/** The text the Insert button puts into LinkedIn's editor (pure, tested). */

/**
 * Variant text, a blank line, the campaign-tracked link (identical for every employee),
 * then the item's hashtags that the text does not already contain.
 */
export function composeInsertText(variantText: string, trackedUrl: string | null, hashtags: readonly string[]): string {
  const text = variantText.trim();
  const lower = text.toLocaleLowerCase();
  const missing = hashtags
    .map((tag) => (tag.startsWith('#') ? tag : `#${tag}`))
    .filter((tag) => tag.length > 1 && !lower.includes(tag.toLocaleLowerCase()));
  const parts = [text];
  if (trackedUrl && isHttpsUrl(trackedUrl) && !text.includes(trackedUrl)) parts.push(trackedUrl);
  if (missing.length) parts.push(missing.join(' '));
  return parts.join('\n\n');
}

/** Feed links become hrefs and post text only when they are https (S3); checked again on click. */
export function isHttpsUrl(url: string | null | undefined): url is string {
  if (!url || !/^https:\/\//i.test(url)) return false;
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
