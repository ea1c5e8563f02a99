import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useT } from '@/components/I18nProvider';
import { consentItem, hasConsent, type Consent } from '@/lib/settings';

/** The popup: the person's own sharing. (Stats arrive with the popup issue.) */
export function PopupApp() {
  const { t } = useT('popup');
  const common = useT('common').t;
  const [consent, setConsent] = useState<Consent | null>(null);
  useEffect(() => {
    void consentItem.getValue().then(setConsent);
    return consentItem.watch(setConsent);
  }, []);
  return (
    <main style={{ width: 340, padding: 16 }}>
      <h1 style={{ fontSize: 18, margin: '0 0 8px' }}>{t('title')}</h1>
      {consent && !hasConsent(consent, 'panel') ? <p>{common('appName')}</p> : null}
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {common('openOptions')}
      </button>
    </main>
  );
}
