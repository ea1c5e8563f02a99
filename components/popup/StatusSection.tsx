import { browser } from 'wxt/browser';
import { useT } from '@/components/I18nProvider';
import { problemText } from '@/lib/pages/problem-text';
import type { CommunicationsContact, FeedStatus } from '@/lib/shared/feed/types';
import { CONSENT_KINDS, hasConsent, type Consent } from '@/lib/shared/settings';
import type { HealthAnswer, Loadable } from '@/stores/popup';
import { formatRelative } from './format';
import { ReportOffer } from './ReportOffer';

type ComposerHealth = 'ok' | 'not-found' | 'insert-failed' | 'unknown';

/**
 * How the LinkedIn integration has been doing on this person's layout, from the local
 * health counters: the latest event decides, so a problem that has since gone away is not shown.
 */
export function composerHealth(health: HealthAnswer): ComposerHealth {
  const last = health.last?.event;
  if ((health.counts['composer-not-found'] ?? 0) > 0 && last === 'composer-not-found') return 'not-found';
  if ((health.counts['insert-failed'] ?? 0) > 0 && last === 'insert-failed') return 'insert-failed';
  if ((health.counts['composer-found'] ?? 0) > 0 || (health.counts['insert-ok'] ?? 0) > 0) return 'ok';
  return 'unknown';
}

/** Feed sync, composer health and the consent switches, with a way to settings. */
export function StatusSection({
  feedStatus,
  health,
  consent,
  syncing,
  onSyncNow,
  contact = null,
}: {
  /** The feed's communications contact: the layout report can be mailed to them. */
  contact?: CommunicationsContact | null;
  feedStatus: Loadable<FeedStatus>;
  health: Loadable<HealthAnswer>;
  consent: Consent | null;
  syncing: boolean;
  onSyncNow: () => void;
}) {
  const { t, language } = useT('popup');
  const state = health.state === 'ready' ? composerHealth(health.data) : null;
  const failed = feedStatus.state === 'error' || (feedStatus.state === 'ready' && feedStatus.data.lastError !== null);
  return (
    <section aria-labelledby="pp-status" className="pp-section pp-status">
      <h2 id="pp-status">{t('status.heading')}</h2>
      <div className="pp-status-feed" role="status">
        {feedStatus.state === 'loading' ? null : feedStatus.state === 'error' ? (
          <p className="pp-warn">{t('status.statusUnavailable')}</p>
        ) : (
          <>
            <p>
              {feedStatus.data.lastSuccessAt
                ? t('status.synced', { when: formatRelative(feedStatus.data.lastSuccessAt, language) })
                : t('status.neverSynced')}
            </p>
            {feedStatus.data.lastError ? (
              <p className="pp-warn">
                {t('status.syncFailed', { reason: problemText(feedStatus.data.lastError, language) })}
              </p>
            ) : null}
          </>
        )}
      </div>
      {failed || feedStatus.state === 'ready' ? (
        <button type="button" className="pp-button" onClick={onSyncNow} disabled={syncing} aria-busy={syncing}>
          {syncing ? t('status.syncing') : t('status.syncNow')}
        </button>
      ) : null}
      {state ? (
        <p className={state === 'ok' || state === 'unknown' ? 'pp-muted' : 'pp-warn'}>
          {state === 'ok'
            ? t('status.composerOk')
            : state === 'not-found'
              ? t('status.composerNotFound')
              : state === 'insert-failed'
                ? t('status.insertFailed')
                : t('status.composerUnknown')}
        </p>
      ) : null}
      {health.state === 'ready' && (health.data.counts['share-refused'] ?? 0) > 0 ? (
        <p className="pp-warn">{t('status.shareRefused', { count: health.data.counts['share-refused'] })}</p>
      ) : null}
      {state === 'not-found' || state === 'insert-failed' ? <ReportOffer contact={contact} /> : null}
      {consent ? (
        <>
          <h3>{t('status.consentHeading')}</h3>
          <ul className="pp-consent">
            {CONSENT_KINDS.map((kind) => {
              const on = hasConsent(consent, kind);
              return (
                <li key={kind}>
                  <span>{t(`status.consent.${kind}`)}</span>
                  <span className={on ? 'pp-on' : 'pp-off'}>{on ? t('status.on') : t('status.off')}</span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <button type="button" className="pp-link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('status.openSettings')}
      </button>
    </section>
  );
}
