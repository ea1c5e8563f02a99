/** Searching, filtering and sorting the panel's suggestions (pure, tested). */
import type { Suggestion } from '@/lib/shared/feed/types';
import { featuredFirst } from '@/lib/shared/feed/featured';
import { byNewest } from '@/lib/shared/feed/newest';

/**
 * The lower-cased text a suggestion is found by, made once per suggestion object (the panel's
 * data is immutable): a 500-item feed at the size limit is ~2 MB of text, too much to lower-case
 * again on every keystroke in the search box.
 */
const haystacks = new WeakMap<Suggestion, string>();

function haystackOf(suggestion: Suggestion): string {
  let haystack = haystacks.get(suggestion);
  if (haystack === undefined) {
    haystack = [
      suggestion.title,
      suggestion.summary,
      suggestion.campaign ?? '',
      ...suggestion.topics,
      ...suggestion.hashtags,
      ...suggestion.variants.map((variant) => `${variant.angle ?? ''} ${variant.text}`),
    ]
      .join('\n')
      .toLocaleLowerCase();
    haystacks.set(suggestion, haystack);
  }
  return haystack;
}

/** Case-insensitive search over what a person would recognise a suggestion by. */
export function matchesQuery(suggestion: Suggestion, query: string): boolean {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return true;
  return haystackOf(suggestion).includes(needle);
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
  return [...suggestions].sort(byNewest);
}

/** Every suggestion that matches the search and the filter: featured first, then newest first. */
export function findSuggestions(suggestions: readonly Suggestion[], query: string, filter: string): Suggestion[] {
  return featuredFirst(newestFirst(suggestions)).filter((s) => matchesQuery(s, query) && matchesFilter(s, filter));
}

/** The topics and campaigns a person can filter by, sorted, each once. */
export function filterChoices(suggestions: readonly Suggestion[]): { topics: string[]; campaigns: string[] } {
  return {
    topics: [...new Set(suggestions.flatMap((s) => s.topics))].sort(),
    campaigns: [...new Set(suggestions.flatMap((s) => (s.campaign ? [s.campaign] : [])))].sort(),
  };
}
