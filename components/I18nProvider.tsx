import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createI18n, formatDateTime, resolveLanguage, type Language, type Namespace } from '@/lib/shared/i18n';
import { preferencesItem } from '@/lib/shared/settings';
import { useStorageItem } from './use-storage-item';

const I18nContext = createContext<Language>('en');

/**
 * Provides the interface language. With `language` set (tests, previews) it is fixed;
 * otherwise it follows the person's preference in storage, live.
 */
export function I18nProvider({ language, children }: { language?: Language; children: ReactNode }) {
  const preferences = useStorageItem(preferencesItem);
  const followed = resolveLanguage(preferences?.uiLanguage ?? 'auto', navigator.language);
  return <I18nContext.Provider value={language ?? followed}>{children}</I18nContext.Provider>;
}

const instances = new Map<Language, ReturnType<typeof createI18n>>();

/** The current language, a typed `t` for one namespace and a date formatter in that language. */
export function useT<N extends Namespace>(namespace: N) {
  const language = useContext(I18nContext);
  return useMemo(() => {
    let instance = instances.get(language);
    if (!instance) {
      instance = createI18n(language);
      instances.set(language, instance);
    }
    return {
      t: instance.getFixedT(language, namespace),
      language,
      formatDate: (value: string | Date, options?: Intl.DateTimeFormatOptions) =>
        formatDateTime(language, value, options),
    };
  }, [language, namespace]);
}
