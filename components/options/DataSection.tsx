import { useEffect, useRef, useState } from 'react';
import { useT } from '@/components/I18nProvider';
import { send } from '@/lib/shared/messaging/send';
import { useOptionsStore } from '@/stores/options';
import { downloadText } from './download';

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** Export everything (JSON, CSV) and delete everything, with a confirmation (S5). */
export function DataSection() {
  const { t, formatDate } = useT('options');
  const summary = useOptionsStore((state) => state.summary);
  const refreshRemote = useOptionsStore((state) => state.refreshRemote);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // When the question closes, focus goes back to the button that opened it.
  useEffect(() => {
    if (!confirming && returnFocus.current) {
      returnFocus.current = false;
      deleteButton.current?.focus();
    }
  }, [confirming]);
  const count = summary?.ok ? summary.data.shareCount : 0;

  const exportAs = async (kind: 'json' | 'csv') => {
    setBusy(true);
    const result = await send('data:export', {});
    setBusy(false);
    if (!result.ok) return setMessage({ kind: 'error', text: t('data.failed', { message: result.error.message }) });
    const stamp = result.data.exportedAt.slice(0, 10);
    if (kind === 'json') downloadText(`advocacy-export-${stamp}.json`, result.data.json, 'application/json');
    else downloadText(`advocacy-shares-${stamp}.csv`, result.data.csv, 'text/csv;charset=utf-8');
    setMessage({ kind: 'ok', text: t('data.exported', { count: result.data.shareCount }) });
  };

  const deleteAll = async () => {
    setBusy(true);
    const result = await send('data:delete-all', {});
    setBusy(false);
    returnFocus.current = true;
    setConfirming(false);
    setMessage(
      result.ok
        ? { kind: 'ok', text: t('data.deleted') }
        : { kind: 'error', text: t('data.failed', { message: result.error.message }) },
    );
    await refreshRemote();
  };

  return (
    <section aria-labelledby="data-heading" className="card">
      <h2 id="data-heading">{t('data.heading')}</h2>
      {summary && !summary.ok ? (
        <p className="error">{t('data.summaryUnavailable', { message: summary.error.message })}</p>
      ) : (
        <p>
          {t('data.summary', { count })}{' '}
          {summary?.ok && summary.data.firstAt && summary.data.lastAt
            ? t('data.span', {
                first: formatDate(summary.data.firstAt, { dateStyle: 'medium' }),
                last: formatDate(summary.data.lastAt, { dateStyle: 'medium' }),
              })
            : null}
        </p>
      )}
      <p className="hint">{t('data.exportHint')}</p>
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('json')}>
          {t('data.exportJson')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('csv')}>
          {t('data.exportCsv')}
        </button>
      </div>
      <p className="hint">{t('data.deleteHint')}</p>
      {confirming ? (
        <div
          className="notice notice-danger"
          role="alertdialog"
          aria-labelledby="confirm-title"
          aria-describedby="confirm-text"
        >
          <h3 id="confirm-title">{t('data.confirmTitle')}</h3>
          <p id="confirm-text">{t('data.confirmText', { count })}</p>
          <div className="actions">
            <button type="button" className="button danger" disabled={busy} onClick={() => void deleteAll()}>
              {t('data.confirm')}
            </button>
            <button
              type="button"
              className="button"
              // The safe choice gets the focus when the question appears.
              autoFocus
              onClick={() => {
                returnFocus.current = true;
                setConfirming(false);
              }}
            >
              {t('data.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button danger"
          ref={deleteButton}
          onClick={() => {
            setMessage(null);
            setConfirming(true);
          }}
        >
          {t('data.deleteAll')}
        </button>
      )}
      <div role="status">{message ? <p className={message.kind}>{message.text}</p> : null}</div>
    </section>
  );
}
