import { useT } from '@/components/I18nProvider';
import { ConsentSection } from './ConsentSection';
import { EmployerSection } from './EmployerSection';

/** First run: what the extension does, stores and never does, then the choices. */
export function Onboarding({ onDone }: { onDone: () => void }) {
  const { t } = useT('options');
  return (
    <>
      <h1>{t('onboarding.heading')}</h1>
      <p className="lead">{t('onboarding.intro')}</p>
      <div className="columns">
        <section aria-labelledby="does-heading" className="card">
          <h2 id="does-heading">{t('onboarding.doesTitle')}</h2>
          <ul>
            <li>{t('onboarding.does1')}</li>
            <li>{t('onboarding.does2')}</li>
            <li>{t('onboarding.does3')}</li>
          </ul>
        </section>
        <section aria-labelledby="stores-heading" className="card">
          <h2 id="stores-heading">{t('onboarding.storesTitle')}</h2>
          <p>{t('onboarding.stores')}</p>
        </section>
        <section aria-labelledby="never-heading" className="card">
          <h2 id="never-heading">{t('onboarding.neverTitle')}</h2>
          <ul className="never">
            <li>{t('onboarding.never1')}</li>
            <li>{t('onboarding.never2')}</li>
            <li>{t('onboarding.never3')}</li>
          </ul>
        </section>
      </div>
      <EmployerSection />
      <h2>{t('onboarding.choicesTitle')}</h2>
      <p>{t('onboarding.choicesIntro')}</p>
      <ConsentSection headingLevel={3} />
      <div className="actions">
        <button type="button" className="button primary" onClick={onDone}>
          {t('onboarding.done')}
        </button>
      </div>
    </>
  );
}
