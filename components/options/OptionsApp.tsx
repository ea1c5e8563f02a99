import { useT } from '@/components/I18nProvider';

/** The options page: consent, feed source and the person's data. */
export function OptionsApp() {
  const { t } = useT('options');
  const common = useT('common').t;
  return (
    <main style={{ maxWidth: 720, margin: '0 auto', padding: 24 }}>
      <h1>{common('appName')}</h1>
      <h2>{t('title')}</h2>
    </main>
  );
}
