import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useT } from '@/components/I18nProvider';
import type { CommunicationsContact } from '@/lib/shared/feed/types';
import { send } from '@/lib/shared/messaging/send';
import { shareablePageUrl, suggestPageMailto, type CurrentPage } from '@/lib/shared/this-page/links';
import './this-page.css';

/**
 * The tab the person is on. The popup sees its address and title only because they clicked the
 * toolbar icon (or its shortcut): `activeTab` grants that for this tab, for this time, and
 * nothing is kept or sent. Null for pages that cannot be shared (browser or extension pages).
 */
export async function readCurrentPage(): Promise<CurrentPage | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = shareablePageUrl(tab?.url);
  return url ? { url, title: tab?.title?.trim() || url } : null;
}

type ShareState = 'idle' | 'opening' | 'opened' | 'not-shareable' | { failed: string };

/**
 * "Share this page on LinkedIn" and "Suggest this page to <contact>": both act only when the
 * person clicks, and neither sends anything by itself (LinkedIn's own composer, a mail draft).
 */
export function ThisPage({
  contact,
  readPage = readCurrentPage,
}: {
  contact: CommunicationsContact | null;
  readPage?: () => Promise<CurrentPage | null>;
}) {
  const { t } = useT('thisPage');
  const [page, setPage] = useState<CurrentPage | null | undefined>(undefined);
  const [share, setShare] = useState<ShareState>('idle');
  useEffect(() => {
    let live = true;
    void readPage()
      .catch(() => null)
      .then((current) => {
        if (live) setPage(current);
      });
    return () => {
      live = false;
    };
  }, [readPage]);

  if (page === undefined) return null;
  const mailto =
    page && contact
      ? suggestPageMailto(contact.email, page, {
          subject: (title) => t('mailSubject', { title }),
          body: (title, url) => t('mailBody', { title, url }),
        })
      : null;

  const onShare = async () => {
    if (!page || share === 'opening') return;
    setShare('opening');
    const result = await send('share:this-page', { url: page.url });
    setShare(result.ok ? result.data.status : { failed: result.error.message });
  };

  return (
    <section aria-labelledby="pp-this-page" className="pp-section pp-this-page">
      <h2 id="pp-this-page">{t('heading')}</h2>
      {page ? (
        <>
          <p className="pp-this-page-title" title={page.url}>
            {page.title}
          </p>
          <button
            type="button"
            className="pp-button"
            aria-describedby="pp-share-hint"
            disabled={share === 'opening'}
            onClick={() => void onShare()}
          >
            {t('share')}
          </button>
          <p id="pp-share-hint" className="pp-muted">
            {t('shareHint')}
          </p>
          {share === 'opened' || share === 'not-shareable' || typeof share === 'object' ? (
            <p role="status" className={share === 'opened' ? 'pp-muted' : 'pp-warn'}>
              {share === 'opened'
                ? t('opened')
                : share === 'not-shareable'
                  ? t('notShareable')
                  : t('failed', { reason: share.failed })}
            </p>
          ) : null}
          {mailto && contact ? (
            <p>
              <a className="pp-this-page-suggest" href={mailto} aria-describedby="pp-suggest-hint">
                {t('suggest', { name: contact.name })}
              </a>
              <br />
              <span id="pp-suggest-hint" className="pp-muted">
                {t('suggestHint')}
              </span>
            </p>
          ) : null}
        </>
      ) : (
        <p className="pp-muted">{t('noPage')}</p>
      )}
    </section>
  );
}
