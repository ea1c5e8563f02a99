/**
 * Typed i18n on i18next: keys are checked by TypeScript (see i18next.d.ts beside this file),
 * plurals and dates come from the browser's Intl. The interface language can be chosen at
 * runtime (automatic, Dansk, English), which browser.i18n cannot do.
 */
import i18next, { type i18n, type TFunction } from 'i18next';
import { LANGUAGES, resolveLanguage, type Language } from './language';
import { da } from './locales/da';
import { en } from './locales/en';
import type { Messages } from './messages';

export type { Messages };

export { LANGUAGES, resolveLanguage, type Language };
export const NAMESPACES = Object.keys(en) as (keyof typeof en)[];
export type Namespace = keyof typeof en;

export const resources = { en, da } satisfies Record<Language, Messages>;

/** A ready, synchronous i18next instance for one language (each surface makes its own). */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    ns: NAMESPACES,
    defaultNS: 'common',
    initAsync: false,
    // React renders text nodes, never HTML, so i18next must not escape a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export type { TFunction };

/** The Intl locale for a UI language (Danish as in Denmark, English with day-month order). */
export const INTL_LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/** A date (ISO text or Date) as the chosen language writes it, e.g. "26. nov. 2026 10.00". */
export function formatDateTime(
  language: Language,
  value: string | Date,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(INTL_LOCALES[language], options).format(date);
}
