import { useEffect, useState } from 'react';
import { I18nProvider } from '@/components/I18nProvider';
import { StudioApp } from './StudioApp';

/** The page follows the person's language preference until they pick one here. */
export function StudioRoot({ language: initial }: { language?: 'da' | 'en' }) {
  const [language, setLanguage] = useState<'da' | 'en' | undefined>(initial);
  useEffect(() => {
    if (language) document.documentElement.lang = language;
  }, [language]);
  return (
    <I18nProvider language={language}>
      <StudioApp onLanguage={setLanguage} />
    </I18nProvider>
  );
}
