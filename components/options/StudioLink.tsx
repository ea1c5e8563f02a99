import { browser } from 'wxt/browser';
import { useT } from '@/components/I18nProvider';

/** "For communications teams": the way to the Feed studio (an unlisted extension page). */
export function StudioLink() {
  const { t } = useT('options');
  return (
    <section aria-labelledby="studio-heading" className="card">
      <h2 id="studio-heading">{t('studio.heading')}</h2>
      <p>{t('studio.text')}</p>
      <a href={browser.runtime.getURL('/studio.html')} target="_blank" rel="noopener">
        {t('studio.link')}
      </a>
    </section>
  );
}
