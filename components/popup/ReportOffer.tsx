import { useState } from 'react';
import { useT } from '@/components/I18nProvider';
import type { CommunicationsContact } from '@/lib/shared/feed/types';
import { ISSUE_TRACKER_URL } from '@/lib/shared/health';
import { send } from '@/lib/shared/messaging/send';

/** Longest mail draft link we build: longer `mailto:` links are cut off by mail programs. */
const MAILTO_MAX = 1800;

type View =
  | { state: 'offer' }
  | { state: 'preparing' }
  | { state: 'failed' }
  | { state: 'preview'; text: string; hasSignals: boolean; copied: 'no' | 'yes' | 'failed' };

/**
 * "Copy a report for the developers", offered when LinkedIn's composer was not recognised or an
 * insert failed. The person first sees the whole report (layout signals and health counters,
 * nothing about them), then copies it; the extension sends nothing. Where it goes: it can always
 * be copied; when the feed names a communications contact it can also be opened as a mail draft to
 * them (the organization running the programme is the first line of support); a tracker address
 * shows only when one was set at build time (lib/shared/health: ISSUE_TRACKER_URL).
 */
export function ReportOffer({
  contact = null,
  tracker = ISSUE_TRACKER_URL,
}: {
  contact?: CommunicationsContact | null;
  tracker?: string | null;
}) {
  const { t } = useT('popup');
  const [view, setView] = useState<View>({ state: 'offer' });

  const prepare = async () => {
    setView({ state: 'preparing' });
    const result = await send('report:get', {});
    setView(result.ok ? { state: 'preview', ...result.data, copied: 'no' } : { state: 'failed' });
  };
  const copy = async (text: string, hasSignals: boolean) => {
    try {
      await navigator.clipboard.writeText(text);
      setView({ state: 'preview', text, hasSignals, copied: 'yes' });
    } catch {
      setView({ state: 'preview', text, hasSignals, copied: 'failed' });
    }
  };

  if (view.state !== 'preview') {
    return (
      <div className="pp-report">
        <button
          type="button"
          className="pp-button"
          onClick={() => void prepare()}
          disabled={view.state === 'preparing'}
        >
          {t('report.offer')}
        </button>
        <p className="pp-hint" role="status">
          {view.state === 'preparing'
            ? t('report.preparing')
            : view.state === 'failed'
              ? t('report.failed')
              : t('report.offerHint')}
        </p>
      </div>
    );
  }
  return (
    <div className="pp-report" role="region" aria-labelledby="pp-report-heading">
      <h3 id="pp-report-heading">{t('report.heading')}</h3>
      <p>{t('report.intro')}</p>
      <p>
        {t('report.nothingSent')}
        {tracker ? (
          <>
            {' '}
            {t('report.trackerToo')}{' '}
            <a href={tracker} target="_blank" rel="noopener noreferrer">
              {t('report.tracker')}
            </a>
            .
          </>
        ) : null}
      </p>
      {view.hasSignals ? null : <p className="pp-warn">{t('report.noSignals')}</p>}
      <textarea className="pp-report-text" readOnly value={view.text} aria-label={t('report.heading')} rows={10} />
      <div className="pp-report-actions">
        <button type="button" className="pp-button" onClick={() => void copy(view.text, view.hasSignals)}>
          {t('report.copy')}
        </button>
        {contact ? (
          <a
            className="pp-button"
            href={reportMailto(contact.email, t('report.mailSubject'), view.text, t('report.mailPaste'))}
            onClick={() => void copy(view.text, view.hasSignals)}
          >
            {t('report.mail', { name: contact.name })}
          </a>
        ) : null}
        <button type="button" className="pp-link-button" onClick={() => setView({ state: 'offer' })}>
          {t('report.close')}
        </button>
      </div>
      <p role="status" className={view.copied === 'failed' ? 'pp-warn' : 'pp-muted'}>
        {view.copied === 'yes' ? t('report.copied') : view.copied === 'failed' ? t('report.copyFailed') : ''}
      </p>
    </div>
  );
}

/**
 * A mail draft to the communications contact with the report as its body, or, when that would
 * make the link too long for mail programs, a line asking to paste it (it is copied on the click).
 */
export function reportMailto(email: string, subject: string, text: string, pasteHint: string): string {
  const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
  const head = `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?subject=${encode(subject)}&body=`;
  const full = head + encode(text);
  return full.length <= MAILTO_MAX ? full : head + encode(pasteHint);
}
