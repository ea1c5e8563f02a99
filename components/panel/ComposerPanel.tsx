import { useT } from '@/components/I18nProvider';

/** The suggestions panel beside LinkedIn's composer. Knows nothing of the shadow root. */
export function ComposerPanel() {
  const { t } = useT('panel');
  return (
    <aside className="panel" aria-label={t('title')}>
      <h2 style={{ fontSize: 16, margin: 0 }}>{t('title')}</h2>
    </aside>
  );
}
