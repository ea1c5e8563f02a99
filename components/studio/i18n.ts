/**
 * The Feed studio's strings live in their own i18next instance, not in lib/shared/i18n's shared
 * resources: those are bundled into the panel, popup and options, which never show them
 * (about 7 KB gzip each). Same language choice (I18nProvider), same options as createI18n.
 */
import i18next, { type i18n } from 'i18next';
import { useMemo } from 'react';
import { useT } from '@/components/I18nProvider';
import { formatDateTime, type Language } from '@/lib/shared/i18n';
import { studio as da } from '@/lib/pages/i18n/locales/da/studio';
import { studio as en } from '@/lib/pages/i18n/locales/en/studio';

export const studioResources = { en: { studio: en }, da: { studio: da } };

const instances = new Map<Language, i18n>();

function instanceFor(language: Language): i18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: language,
      fallbackLng: 'en',
      resources: studioResources,
      ns: ['studio'],
      defaultNS: 'studio',
      initAsync: false,
      // React renders text nodes, never HTML, so i18next must not escape a second time.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    instances.set(language, instance);
  }
  return instance;
}

/** Like useT, for the studio's own namespace. */
export function useStudioT() {
  const { language } = useT('common');
  return useMemo(
    () => ({
      t: instanceFor(language).getFixedT(language, 'studio'),
      language,
      formatDate: (value: string | Date, options?: Intl.DateTimeFormatOptions) =>
        formatDateTime(language, value, options),
    }),
    [language],
  );
}
