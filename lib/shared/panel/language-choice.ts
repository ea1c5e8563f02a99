/** Which language the panel shows of a suggestion (pure, tested). */
import type { Localized, SuggestionVariant } from '@/lib/shared/feed/types';

/** Variants in the person's language first, keeping the feed's order otherwise. */
export function orderVariants(variants: readonly SuggestionVariant[], language: 'da' | 'en'): SuggestionVariant[] {
  return [...variants].sort((a, b) => Number(b.language === language) - Number(a.language === language));
}

/** A localized text in the person's language, else the other one. */
export function pickLanguage(text: Localized, language: 'da' | 'en'): string {
  return (language === 'da' ? (text.da ?? text.en) : (text.en ?? text.da)) ?? '';
}
