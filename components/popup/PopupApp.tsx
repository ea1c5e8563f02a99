import { useEffect } from 'react';
import { useT } from '@/components/I18nProvider';
import { SiteAccessNotice } from '@/components/SiteAccessNotice';
import { useStorageItem } from '@/components/use-storage-item';
import { consentItem } from '@/lib/shared/settings';
import { usePopupStore } from '@/stores/popup';
import { EmptyState } from './EmptyState';
import { FeaturedPosts } from './FeaturedPosts';
import { FeedNews } from './FeedNews';
import { StatusSection } from './StatusSection';
import { Figures, RecentShares, Weeks } from './StatsView';
import { TalkingPoints } from './TalkingPoints';
import { ThisPage } from './ThisPage';
import './popup.css';

const SSI_URL = 'https://www.linkedin.com/sales/ssi';

/** The person's own time zone: weeks and months are counted in it. */
function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The popup: the person's own sharing at a glance, news from the company feed, and status. */
export function PopupApp() {
  const { t, language } = useT('popup');
  const common = useT('common').t;
  const { stats, feedStatus, overview, health, previousOpenedAt, syncing, load, reloadStats, syncNow } =
    usePopupStore();
  const consent = useStorageItem(consentItem);
  useEffect(() => {
    void load(localTimeZone());
  }, [load]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <main className="pp">
      <header className="pp-header">
        <h1>{t('title')}</h1>
        <p className="pp-muted">{t('subtitle')}</p>
      </header>
      <SiteAccessNotice look="popup" />
      {stats.state === 'loading' ? (
        <p className="pp-muted" role="status">
          {common('loading')}
        </p>
      ) : stats.state === 'error' ? (
        <div className="pp-section" role="alert">
          <p className="pp-warn">{t('errors.stats')}</p>
          <button type="button" className="pp-button" onClick={() => void reloadStats(localTimeZone())}>
            {t('errors.retry')}
          </button>
        </div>
      ) : stats.data.total === 0 ? (
        <EmptyState consent={consent} />
      ) : (
        <>
          <Figures stats={stats.data} />
          <Weeks stats={stats.data} />
          <RecentShares stats={stats.data} />
        </>
      )}
      <FeaturedPosts overview={overview} />
      <FeedNews overview={overview} previousOpenedAt={previousOpenedAt} />
      <TalkingPoints overview={overview} />
      <ThisPage contact={overview.state === 'ready' ? (overview.data.communicationsContact ?? null) : null} />
      <section aria-labelledby="pp-ssi" className="pp-section">
        <h2 id="pp-ssi">{t('ssi.heading')}</h2>
        <p>
          <a href={SSI_URL} target="_blank" rel="noopener noreferrer">
            {t('ssi.link')}
          </a>
          <br />
          <span className="pp-muted">{t('ssi.text')}</span>
        </p>
      </section>
      <StatusSection
        feedStatus={feedStatus}
        health={health}
        consent={consent}
        syncing={syncing}
        onSyncNow={() => void syncNow()}
        contact={overview.state === 'ready' ? (overview.data.communicationsContact ?? null) : null}
      />
    </main>
  );
}
