/** Builds the text the Insert button puts into LinkedIn's editor (pure, tested). */
import type { Localized, Suggestion, SuggestionVariant } from '@/lib/feed/types';

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
  if (trackedUrl && /^https:\/\//.test(trackedUrl) && !text.includes(trackedUrl)) parts.push(trackedUrl);
  if (missing.length) parts.push(missing.join(' '));
  return parts.join('\n\n');
}

/** Variants in the person's language first, keeping the feed's order otherwise. */
export function orderVariants(variants: readonly SuggestionVariant[], language: 'da' | 'en'): SuggestionVariant[] {
  return [...variants].sort((a, b) => Number(b.language === language) - Number(a.language === language));
}

/** A localized text in the person's language, else the other one. */
export function pick(text: Localized, language: 'da' | 'en'): string {
  return (language === 'da' ? (text.da ?? text.en) : (text.en ?? text.da)) ?? '';
}

/** Case-insensitive search over what a person would recognise a suggestion by. */
export function matchesQuery(suggestion: Suggestion, query: string): boolean {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return true;
  const haystack = [
    suggestion.title,
    suggestion.summary,
    suggestion.campaign ?? '',
    ...suggestion.topics,
    ...suggestion.hashtags,
    ...suggestion.variants.map((variant) => `${variant.angle ?? ''} ${variant.text}`),
  ]
    .join('\n')
    .toLocaleLowerCase();
  return haystack.includes(needle);
}

/** The filter value is "topic:<name>" or "campaign:<name>"; '' keeps everything. */
export function matchesFilter(suggestion: Suggestion, filter: string): boolean {
  if (!filter) return true;
  const [kind, ...rest] = filter.split(':');
  const value = rest.join(':');
  if (kind === 'topic') return suggestion.topics.includes(value);
  if (kind === 'campaign') return suggestion.campaign === value;
  return true;
}

/** Newest first (undated last), stable otherwise. */
export function newestFirst(suggestions: readonly Suggestion[]): Suggestion[] {
  return [...suggestions].sort((a, b) => (b.datePublished ?? '').localeCompare(a.datePublished ?? ''));
}
