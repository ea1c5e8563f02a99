import { useEffect, useState } from 'react';
import { useT } from '@/components/I18nProvider';
import { SiteAccessNotice } from '@/components/SiteAccessNotice';
import { ONBOARDING_HASH } from '@/lib/shared/settings';
import { useOptionsStore } from '@/stores/options';
import { BadgeSwitch } from './BadgeSwitch';
import { ConsentSection } from './ConsentSection';
import { DataSection } from './DataSection';
import { EmployerSection } from './EmployerSection';
import { FeedSection } from './FeedSection';
import { Onboarding } from './Onboarding';
import { OrgPolicyNotes } from './OrgPolicyNotes';
import { PreferencesSection } from './PreferencesSection';
import { SentReportsSection } from './SentReportsSection';
import { StudioLink } from './StudioLink';

type View = 'onboarding' | 'settings';
const viewFromHash = (): View => (location.hash === ONBOARDING_HASH ? 'onboarding' : 'settings');

/** The options page: onboarding on first run, then consent, feed source, preferences and data. */
export function OptionsApp() {
  const { t, language } = useT('options');
  const common = useT('common').t;
  const start = useOptionsStore((state) => state.start);
  const loaded = useOptionsStore((state) => state.loaded);
  const [view, setView] = useState<View>(viewFromHash);

  useEffect(() => start(), [start]);
  useEffect(() => {
    const follow = () => setView(viewFromHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  // The page's language and title follow the chosen interface language (screen readers).
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('documentTitle');
  }, [language, t]);

  const show = (next: View) => {
    history.replaceState(null, '', next === 'onboarding' ? ONBOARDING_HASH : location.pathname);
    setView(next);
    scrollTo(0, 0);
  };

  // First frame: the headings and explanations, which need nothing from storage. The consent
  // switches follow as soon as the local settings are read (a few ms; ConsentSection waits for
  // them rather than show a wrong state); the feed source alone waits for managed storage.
  return (
    <main className="options">
      <SiteAccessNotice look="options" />
      {view === 'onboarding' ? (
        <>
          <p className="app-name">{common('appName')}</p>
          <Onboarding onDone={() => show('settings')} />
        </>
      ) : (
        <>
          {/* The product's name is the page's main heading (tests/e2e/smoke.e2e.ts reads it). */}
          <h1>{common('appName')}</h1>
          <p className="app-name">{t('title')}</p>
          <OrgPolicyNotes />
          <ConsentSection />
          {loaded ? (
            <>
              <EmployerSection />
              <FeedSection />
              <PreferencesSection />
              <BadgeSwitch />
              <SentReportsSection />
              <DataSection />
              <StudioLink />
              <p>
                <a
                  href={ONBOARDING_HASH}
                  onClick={(event) => {
                    event.preventDefault();
                    show('onboarding');
                  }}
                >
                  {t('introAgain')}
                </a>
              </p>
            </>
          ) : null}
        </>
      )}
    </main>
  );
}
