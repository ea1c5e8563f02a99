import { useEffect, useState } from 'react';
import { useT } from '@/components/I18nProvider';
import { send } from '@/lib/shared/messaging/send';
import { F, P_STAR, Q_STAR } from '@/lib/shared/results/params';
import {
  CONSENT_KINDS,
  consentState,
  hasConsent,
  needsReconfirmation,
  setConsent,
  type ConsentKind,
  type ConsentRecord,
} from '@/lib/shared/settings';
import { useOptionsStore } from '@/stores/options';
import { CommentHelpSwitch } from './CommentHelpSwitch';
import { Switch } from './Switch';

/** Read by tests/bench/run.ts (P9) by this name. */
const CONSENT_SHOWN_MARK = 'advocacy:consent-switches';

const NEVER_ASKED: ConsentRecord = { granted: false, at: null, policyVersion: null };

/** Where the monthly report would go, asked of the background (null: the feed names no collector). */
function useCollector(): { url: string; source: 'managed' | 'feed' } | null {
  const [collector, setCollector] = useState<{ url: string; source: 'managed' | 'feed' } | null>(null);
  useEffect(() => {
    let live = true;
    void send('counting:collector', {}).then((result) => {
      if (live && result.ok) setCollector(result.data);
    });
    return () => {
      live = false;
    };
  }, []);
  return collector;
}

/**
 * The separate consents, each one click to give or withdraw (S6). The fourth, "Count my sharing
 * anonymously" (issue 26), is offered only when the feed (or the organization) names a collector
 * and the private record is on, since its answers are computed from that record; once on, it
 * stays visible so it can be switched off.
 */
export function ConsentSection({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t, formatDate } = useT('options');
  const consent = useOptionsStore((state) => state.consent);
  // The organization's policy can switch the panel or the reminders off for everyone (never on).
  const orgOff = useOptionsStore((state) => state.managed.off);
  const loaded = useOptionsStore((state) => state.loaded);
  const common = useT('common').t;
  const refreshRemote = useOptionsStore((state) => state.refreshRemote);
  const [offer, setOffer] = useState<{ count: number } | null>(null);
  const [deleted, setDeleted] = useState<number | null>(null);
  const collector = useCollector();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // A user-timing mark when the switches are first on screen: the first-run benchmark (P9)
  // reads it in the onboarding tab the extension opens by itself, which no test can instrument
  // before it loads. Nothing else reads it; it never leaves the page.
  useEffect(() => {
    if (loaded && !performance.getEntriesByName(CONSENT_SHOWN_MARK).length) performance.mark(CONSENT_SHOWN_MARK);
  }, [loaded]);

  const change = async (kind: ConsentKind, granted: boolean) => {
    setDeleted(null);
    await setConsent(kind, granted);
    // The count is computed from the record: without the record it stops too.
    if (kind === 'recordShares' && !granted && consent.countResults?.granted) await setConsent('countResults', false);
    if (kind !== 'recordShares') return;
    if (granted) {
      setOffer(null);
      return;
    }
    // Withdrawing the record: offer to delete what is already stored.
    const summary = await send('data:summary', {});
    if (summary.ok && summary.data.shareCount > 0) setOffer({ count: summary.data.shareCount });
  };

  const deleteShares = async () => {
    const result = await send('data:delete-shares', {});
    setOffer(null);
    if (result.ok) setDeleted(result.data.deleted);
    await refreshRemote();
  };

  return (
    <section aria-labelledby="consent-heading" className="card">
      <Heading id="consent-heading">{t('consent.heading')}</Heading>
      {needsReconfirmation(consent) ? (
        <div className="notice notice-warning" role="alert">
          <strong>{t('consent.outdatedBanner')}</strong>
          <p>{t('consent.outdatedDetail')}</p>
        </div>
      ) : null}
      <p className="hint">{t('consent.intro')}</p>
      {/* Until the stored consent is read (a few ms), no switch: never show a wrong state. */}
      {!loaded ? <p role="status">{common('loading')}</p> : null}
      {(loaded ? CONSENT_KINDS : []).map((kind) => {
        const state = consentState(consent, kind);
        const record = consent[kind] ?? NEVER_ASKED;
        // The organization can switch every consent but the private record off (never on).
        const offByOrg = kind === 'countResults' ? orgOff.resultsCounting : kind !== 'recordShares' && orgOff[kind];
        if (
          kind === 'countResults' &&
          !offByOrg &&
          state !== 'on' &&
          !(collector && hasConsent(consent, 'recordShares'))
        )
          return null;
        let status: string;
        if (state === 'on') status = t('consent.on', { date: formatDate(record.at!), version: record.policyVersion });
        else if (state === 'outdated') status = t('consent.outdated', { version: record.policyVersion });
        else if (record.at) status = t('consent.offSince', { date: formatDate(record.at) });
        else status = t('consent.off');
        return (
          <Switch
            key={kind}
            label={t(`consent.${kind}.label`)}
            description={
              kind === 'countResults'
                ? t('consent.countResults.description', {
                    collector: collector ? new URL(collector.url).host : '',
                    coin: Math.round(2 / F),
                    yes: Math.round(Q_STAR * 100),
                    no: Math.round(P_STAR * 100),
                  })
                : t(`consent.${kind}.description`)
            }
            checked={state === 'on' && !offByOrg}
            disabled={offByOrg}
            onChange={(next) => void change(kind, next)}
          >
            {offByOrg ? (
              <p className="status status-warning" data-testid={`org-off-${kind}`}>
                <strong>{t('orgPolicy.offByOrgLabel')}.</strong> {t('orgPolicy.offByOrg')}
              </p>
            ) : (
              <p className={state === 'outdated' ? 'status status-warning' : 'status'}>{status}</p>
            )}
            {/* Issue 28: its own switch, under the reminders it depends on. */}
            {kind === 'reminders' ? (
              <CommentHelpSwitch remindersOn={state === 'on' && !offByOrg} offByOrg={orgOff.commentHelper} />
            ) : null}
            {kind === 'recordShares' && offer ? (
              <div className="notice" role="group" aria-labelledby="delete-offer-text">
                <p id="delete-offer-text">{t('consent.deleteOffer', { count: offer.count })}</p>
                <div className="actions">
                  <button type="button" className="button danger" onClick={() => void deleteShares()}>
                    {t('consent.deleteShares')}
                  </button>
                  <button type="button" className="button" onClick={() => setOffer(null)}>
                    {t('consent.keepShares')}
                  </button>
                </div>
              </div>
            ) : null}
            {kind === 'recordShares' && deleted !== null ? (
              <p role="status">{t('consent.sharesDeleted', { count: deleted })}</p>
            ) : null}
          </Switch>
        );
      })}
    </section>
  );
}
