import { useT } from '@/components/I18nProvider';
import type { Stats } from '@/lib/shared/stats/types';
import { ExternalLink } from './ExternalLink';
import { formatDay, safeHref } from './format';
import { WeekChart } from './WeekChart';

/** Headline figures, what the person made of the suggestions, top campaigns and topics. */
export function Figures({ stats }: { stats: Stats }) {
  const { t } = useT('popup');
  const tiles = [
    { label: t('figures.thisWeek'), count: stats.thisWeek },
    { label: t('figures.thisMonth'), count: stats.thisMonth },
    { label: t('figures.allTime'), count: stats.total },
  ];
  return (
    <section aria-labelledby="pp-figures" className="pp-section">
      <h2 id="pp-figures" className="visually-hidden">
        {t('figures.heading')}
      </h2>
      <dl className="pp-tiles">
        {tiles.map((tile) => (
          <div key={tile.label} className="pp-tile">
            <dt>{tile.label}</dt>
            <dd>
              <span className="pp-number" aria-hidden="true">
                {tile.count}
              </span>
              <span className="visually-hidden">{t('figures.shares', { count: tile.count })}</span>
            </dd>
          </div>
        ))}
      </dl>
      <ul className="pp-facts">
        {stats.fromSuggestion > 0 ? (
          <li>
            {t('figures.fromSuggestion', { count: stats.fromSuggestion })}
            {'. '}
            {t('figures.madeOwn', { count: stats.madeOwn })}.
          </li>
        ) : null}
        {stats.ownPosts > 0 ? <li>{t('figures.ownPosts', { count: stats.ownPosts })}.</li> : null}
      </ul>
      {stats.fromSuggestion > 0 ? <p className="pp-hint">{t('figures.madeOwnHint')}</p> : null}
      <TopList heading={t('figures.topCampaigns')} items={stats.topCampaigns} />
      <TopList heading={t('figures.topTopics')} items={stats.topTopics} />
    </section>
  );
}

function TopList({ heading, items }: { heading: string; items: Stats['topCampaigns'] }) {
  const { t } = useT('popup');
  if (!items.length) return null;
  return (
    <div className="pp-top">
      <h3>{heading}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.name}>
            <span className="pp-chip">{item.name}</span>{' '}
            <span className="pp-muted">{t('figures.shares', { count: item.count })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The 12-week chart and the streak, stated as information only. */
export function Weeks({ stats }: { stats: Stats }) {
  const { t } = useT('popup');
  return (
    <section aria-labelledby="pp-weeks" className="pp-section">
      <h2 id="pp-weeks">{t('chart.heading')}</h2>
      <WeekChart weeks={stats.weeks} />
      {stats.streak.weeks >= 2 ? (
        <p className="pp-muted">
          {t('chart.streak', { count: stats.streak.weeks })}. {t('chart.streakNote')}
        </p>
      ) : null}
    </section>
  );
}

/** How many recent shares the popup lists (the stats carry a few more). */
const RECENT_SHOWN = 5;

/** The most recent shares with their links (https only, opened in a new tab). */
export function RecentShares({ stats }: { stats: Stats }) {
  const { t, language } = useT('popup');
  if (!stats.recent.length) return null;
  return (
    <section aria-labelledby="pp-recent" className="pp-section">
      <h2 id="pp-recent">{t('recent.heading')}</h2>
      <ul className="pp-recent">
        {stats.recent.slice(0, RECENT_SHOWN).map((share) => {
          const post = safeHref(share.postUrl);
          const source = safeHref(share.sourceUrl);
          const title = share.title ?? (share.kind === 'repost' ? t('recent.repost') : t('recent.ownPost'));
          return (
            <li key={share.id}>
              <time dateTime={share.at} className="pp-date">
                {formatDay(share.at, language)}
              </time>
              <span className="pp-recent-body">
                <span className="pp-recent-title">{title}</span>
                {share.madeOwn ? <span className="pp-muted"> · {t('recent.inOwnWords')}</span> : null}
                {post || source ? (
                  <span className="pp-links">
                    <ExternalLink url={post}>{t('recent.viewPost')}</ExternalLink>
                    <ExternalLink url={source}>{t('recent.source')}</ExternalLink>
                  </span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
