/** Language resolution without i18next, for contexts that only need the choice (background). */
import type { UiLanguage } from '../settings';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** "auto" follows the browser: Danish for any `da*` locale, English otherwise. */
export function resolveLanguage(
  preference: UiLanguage | null | undefined,
  browserLanguage: string | undefined,
): Language {
  if (preference === 'da' || preference === 'en') return preference;
  return browserLanguage?.toLowerCase().startsWith('da') ? 'da' : 'en';
}
