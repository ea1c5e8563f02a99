import { browser } from 'wxt/browser';
import { useT } from '@/components/I18nProvider';
import { hasConsent, type Consent } from '@/lib/shared/settings';

/** For a person with no shares yet: what to do first, in order, not a row of zeros. */
export function EmptyState({ consent }: { consent: Consent | null }) {
  const { t } = useT('popup');
  const steps = [
    { text: t('empty.stepSuggestions'), done: hasConsent(consent, 'panel') },
    { text: t('empty.stepRecord'), done: hasConsent(consent, 'recordShares') },
    { text: t('empty.stepCompose'), done: false },
    { text: t('empty.stepOwnWords'), done: false },
  ];
  return (
    <section aria-labelledby="pp-empty" className="pp-section pp-empty">
      <h2 id="pp-empty">{t('empty.heading')}</h2>
      <p>{t('empty.intro')}</p>
      <ol>
        {steps.map((step) => (
          <li key={step.text} className={step.done ? 'pp-done' : undefined}>
            {step.text}
            {step.done ? <span className="pp-on"> {t('empty.done')}</span> : null}
          </li>
        ))}
      </ol>
      <div className="pp-actions">
        <button type="button" className="pp-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('empty.openSettings')}
        </button>
        <a
          className="pp-button pp-secondary"
          href="https://www.linkedin.com/feed/"
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('empty.openLinkedIn')}
        </a>
      </div>
    </section>
  );
}
