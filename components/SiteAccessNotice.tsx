import { useEffect, useState } from 'react';
import { useT } from '@/components/I18nProvider';
import { hasLinkedInAccess, requestLinkedInAccess, watchLinkedInAccess } from '@/lib/pages/site-access';

/** Whether the extension may run on LinkedIn, followed live (null until known or when unknowable). */
export function useLinkedInAccess(): boolean | null {
  const [access, setAccess] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    const read = () => void hasLinkedInAccess().then((value) => live && setAccess(value));
    read();
    const stop = watchLinkedInAccess(read);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return access;
}

const LOOKS = {
  options: { box: 'notice notice-warning', button: 'button primary' },
  popup: { box: 'pp-section pp-access', button: 'pp-button' },
} as const;

/**
 * Says that LinkedIn access is off, when the person (or the browser) withdrew it, with one
 * button that asks for it again. Renders nothing while access is on or unknown.
 */
export function SiteAccessNotice({ look }: { look: keyof typeof LOOKS }) {
  const { t } = useT('common');
  const access = useLinkedInAccess();
  const [denied, setDenied] = useState(false);
  if (access !== false) return null;
  // Straight from the click: permissions.request needs the person's own gesture.
  const ask = () => {
    setDenied(false);
    requestLinkedInAccess()
      .then((granted) => setDenied(!granted))
      .catch(() => setDenied(true));
  };
  return (
    <section className={LOOKS[look].box} role="alert" aria-labelledby="site-access-heading">
      <strong id="site-access-heading">{t('siteAccess.off')}</strong>
      <p>{t('siteAccess.detail')}</p>
      <button type="button" className={LOOKS[look].button} onClick={ask}>
        {t('siteAccess.allow')}
      </button>
      {denied ? <p>{t('siteAccess.denied')}</p> : null}
    </section>
  );
}
